from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KbDocumentPdf")


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
        name = self.name

        size: int | str
        size = self.size

        mime = self.mime

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
                "mime": mime,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_size(data: object) -> int | str:
            return cast("int | str", data)

        size = _parse_size(d.pop("size"))

        mime = d.pop("mime")

        content = d.pop("content")

        kb_document_pdf = cls(
            name=name,
            size=size,
            mime=mime,
            content=content,
        )

        kb_document_pdf.additional_properties = d
        return kb_document_pdf

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
