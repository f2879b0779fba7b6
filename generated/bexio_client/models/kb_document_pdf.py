from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    OneOf,
    read_model,
)


@_attrs_define
class KbDocumentPdf:
    """A document's PDF as the "Show PDF" actions return it: a JSON object with the file base64-encoded in `content`, not a
    PDF stream (research/bexio-clients-and-live-behaviour.md §4).

    """

    name: str
    """ The file name. """
    size: int | str
    """ The size of the file in bytes. """
    mime: str
    """ The media type of the file (application/pdf). """
    content: str
    """ The file, base64-encoded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["size"] = self.size
        field_dict["mime"] = self.mime
        field_dict["content"] = self.content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbDocumentPdf from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            size = src_dict["size"]
            mime = src_dict["mime"]
            content = src_dict["content"]
            if not (
                type(name) is str
                and (type(size) is int or type(size) is str)
                and type(mime) is str
                and type(content) is str
            ):
                raise TypeError
            self = cls(
                name,
                size,
                mime,
                content,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 4:
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS = (
    Field("name", "name", True, STR),
    Field(
        "size",
        "size",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field("mime", "mime", True, STR),
    Field("content", "content", True, STR),
)
_KNOWN = frozenset(
    {
        "name",
        "size",
        "mime",
        "content",
    }
)
