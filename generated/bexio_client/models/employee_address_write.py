from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeAddressWrite")


@_attrs_define
class EmployeeAddressWrite:
    """The address of an employee, as sent."""

    complementary_line: str | Unset = UNSET
    street: str | Unset = UNSET
    """ Deprecated on 2025-07-08: kept for compatibility, use `street_name` and `house_number` instead. """
    street_name: str | Unset = UNSET
    """ Must be accompanied by `house_number` when not null. """
    house_number: str | Unset = UNSET
    """ Must be accompanied by `street_name` when not null. """
    postbox: str | Unset = UNSET
    locality: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    """ The country (ISO 3166-1 alpha-2). """
    canton: str | Unset = UNSET
    municipality_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        complementary_line = self.complementary_line

        street = self.street

        street_name = self.street_name

        house_number = self.house_number

        postbox = self.postbox

        locality = self.locality

        zip_code = self.zip_code

        city = self.city

        country = self.country

        canton = self.canton

        municipality_id = self.municipality_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if complementary_line is not UNSET:
            field_dict["complementary_line"] = complementary_line
        if street is not UNSET:
            field_dict["street"] = street
        if street_name is not UNSET:
            field_dict["street_name"] = street_name
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if postbox is not UNSET:
            field_dict["postbox"] = postbox
        if locality is not UNSET:
            field_dict["locality"] = locality
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if canton is not UNSET:
            field_dict["canton"] = canton
        if municipality_id is not UNSET:
            field_dict["municipality_id"] = municipality_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complementary_line = d.pop("complementary_line", UNSET)

        street = d.pop("street", UNSET)

        street_name = d.pop("street_name", UNSET)

        house_number = d.pop("house_number", UNSET)

        postbox = d.pop("postbox", UNSET)

        locality = d.pop("locality", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        canton = d.pop("canton", UNSET)

        municipality_id = d.pop("municipality_id", UNSET)

        employee_address_write = cls(
            complementary_line=complementary_line,
            street=street,
            street_name=street_name,
            house_number=house_number,
            postbox=postbox,
            locality=locality,
            zip_code=zip_code,
            city=city,
            country=country,
            canton=canton,
            municipality_id=municipality_id,
        )

        return employee_address_write
