from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    read_model,
)


@_attrs_define
class FileUsage:
    """The object a file is attached to, as "Show file usage" returns it."""

    id: int
    ref_class: None | str
    """ The kind of object the file is attached to, e.g. KbInvoice """
    title: None | str
    document_nr: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["ref_class"] = self.ref_class
        field_dict["title"] = self.title
        field_dict["document_nr"] = self.document_nr
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A FileUsage from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            ref_class = src_dict["ref_class"]
            title = src_dict["title"]
            document_nr = src_dict["document_nr"]
            if not (
                type(id) is int
                and (ref_class is None or type(ref_class) is str)
                and (title is None or type(title) is str)
                and (document_nr is None or type(document_nr) is str)
            ):
                raise TypeError
            self = cls(
                id,
                ref_class,
                title,
                document_nr,
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
    Field("id", "id", True, INT),
    Field("ref_class", "ref_class", True, Nullable(STR)),
    Field("title", "title", True, Nullable(STR)),
    Field("document_nr", "document_nr", True, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "ref_class",
        "title",
        "document_nr",
    }
)
