from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderLanguageReadType0")


@_attrs_define
class PurchaseOrderLanguageReadType0:
    """The language of a purchase order (`Language`)."""

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    """ display name, e.g. Deutsch """
    decimalpoint: None | str | Unset = UNSET
    """ decimal separator """
    thousandsseparator: None | str | Unset = UNSET
    """ thousands separator """
    iso_639_1: None | str | Unset = UNSET
    """ ISO 639-1 code of the language """
    date_format: None | str | Unset = UNSET
    """ date pattern, e.g. d.m.Y """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        decimalpoint: None | str | Unset
        if isinstance(self.decimalpoint, Unset):
            decimalpoint = UNSET
        else:
            decimalpoint = self.decimalpoint

        thousandsseparator: None | str | Unset
        if isinstance(self.thousandsseparator, Unset):
            thousandsseparator = UNSET
        else:
            thousandsseparator = self.thousandsseparator

        iso_639_1: None | str | Unset
        if isinstance(self.iso_639_1, Unset):
            iso_639_1 = UNSET
        else:
            iso_639_1 = self.iso_639_1

        date_format: None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if decimalpoint is not UNSET:
            field_dict["decimalpoint"] = decimalpoint
        if thousandsseparator is not UNSET:
            field_dict["thousandsseparator"] = thousandsseparator
        if iso_639_1 is not UNSET:
            field_dict["iso_639_1"] = iso_639_1
        if date_format is not UNSET:
            field_dict["date_format"] = date_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_decimalpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        decimalpoint = _parse_decimalpoint(d.pop("decimalpoint", UNSET))

        def _parse_thousandsseparator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        thousandsseparator = _parse_thousandsseparator(d.pop("thousandsseparator", UNSET))

        def _parse_iso_639_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        iso_639_1 = _parse_iso_639_1(d.pop("iso_639_1", UNSET))

        def _parse_date_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        date_format = _parse_date_format(d.pop("date_format", UNSET))

        purchase_order_language_read_type_0 = cls(
            id=id,
            name=name,
            decimalpoint=decimalpoint,
            thousandsseparator=thousandsseparator,
            iso_639_1=iso_639_1,
            date_format=date_format,
        )

        purchase_order_language_read_type_0.additional_properties = d
        return purchase_order_language_read_type_0

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
