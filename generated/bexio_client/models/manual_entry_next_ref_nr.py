from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ManualEntryNextRefNr")


@_attrs_define
class ManualEntryNextRefNr:
    """The next free reference number of a manual entry."""

    next_ref_nr: None | str
    """ The next reference number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ref_nr: None | str
        next_ref_nr = self.next_ref_nr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_ref_nr": next_ref_nr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_next_ref_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        next_ref_nr = _parse_next_ref_nr(d.pop("next_ref_nr"))

        manual_entry_next_ref_nr = cls(
            next_ref_nr=next_ref_nr,
        )

        manual_entry_next_ref_nr.additional_properties = d
        return manual_entry_next_ref_nr

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
