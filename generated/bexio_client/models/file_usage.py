from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileUsage")


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
        id = self.id

        ref_class: None | str
        ref_class = self.ref_class

        title: None | str
        title = self.title

        document_nr: None | str
        document_nr = self.document_nr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ref_class": ref_class,
                "title": title,
                "document_nr": document_nr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_ref_class(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        ref_class = _parse_ref_class(d.pop("ref_class"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        title = _parse_title(d.pop("title"))

        def _parse_document_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_nr = _parse_document_nr(d.pop("document_nr"))

        file_usage = cls(
            id=id,
            ref_class=ref_class,
            title=title,
            document_nr=document_nr,
        )

        file_usage.additional_properties = d
        return file_usage

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
