from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientAddress")


@_attrs_define
class RecipientAddress:
    """The address of the recipient."""

    street_name: str
    zip_: str
    city: str
    house_number: None | str | Unset = UNSET
    country_code: str | Unset = "CH"
    """ The country (ISO 3166-1 alpha-2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_name = self.street_name

        zip_ = self.zip_

        city = self.city

        house_number: None | str | Unset
        if isinstance(self.house_number, Unset):
            house_number = UNSET
        else:
            house_number = self.house_number

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street_name": street_name,
                "zip": zip_,
                "city": city,
            }
        )
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street_name = d.pop("street_name")

        zip_ = d.pop("zip")

        city = d.pop("city")

        def _parse_house_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        house_number = _parse_house_number(d.pop("house_number", UNSET))

        country_code = d.pop("country_code", UNSET)

        recipient_address = cls(
            street_name=street_name,
            zip_=zip_,
            city=city,
            house_number=house_number,
            country_code=country_code,
        )

        recipient_address.additional_properties = d
        return recipient_address

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
