from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalAddressCreate")


@_attrs_define
class AdditionalAddressCreate:
    """An additional address as sent to create or edit it (no field is required)."""

    name: str | Unset = UNSET
    name_addition: None | str | Unset = UNSET
    """ An addition to the name (added 2025-06-02). """
    address: None | str | Unset = UNSET
    """ Deprecated in requests since 2025-06-04 / 2025-12-09: bexio's docs of 2026-06-19 no longer list it in
    request bodies (it is still returned). Send `street_name`, `house_number` and `address_addition` instead; it is
    kept here because bexio still accepts it. """
    street_name: None | str | Unset = UNSET
    """ The street (added 2025-06-04). Mandatory when `house_number` or `address_addition` is not null. """
    house_number: None | str | Unset = UNSET
    """ The house number (added 2025-06-04); needs `street_name`. """
    address_addition: None | str | Unset = UNSET
    """ An addition to the address, e.g. the building (added 2025-06-04); needs `street_name`. """
    city: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    """ References a country object """
    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    postcode: int | None | str | Unset = UNSET
    """ The postal code; a string, though bexio's samples give a number. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        name_addition: None | str | Unset
        if isinstance(self.name_addition, Unset):
            name_addition = UNSET
        else:
            name_addition = self.name_addition

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        street_name: None | str | Unset
        if isinstance(self.street_name, Unset):
            street_name = UNSET
        else:
            street_name = self.street_name

        house_number: None | str | Unset
        if isinstance(self.house_number, Unset):
            house_number = UNSET
        else:
            house_number = self.house_number

        address_addition: None | str | Unset
        if isinstance(self.address_addition, Unset):
            address_addition = UNSET
        else:
            address_addition = self.address_addition

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        subject = self.subject

        description = self.description

        postcode: int | None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if name_addition is not UNSET:
            field_dict["name_addition"] = name_addition
        if address is not UNSET:
            field_dict["address"] = address
        if street_name is not UNSET:
            field_dict["street_name"] = street_name
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if address_addition is not UNSET:
            field_dict["address_addition"] = address_addition
        if city is not UNSET:
            field_dict["city"] = city
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if postcode is not UNSET:
            field_dict["postcode"] = postcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_name_addition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name_addition = _parse_name_addition(d.pop("name_addition", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_street_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        street_name = _parse_street_name(d.pop("street_name", UNSET))

        def _parse_house_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        house_number = _parse_house_number(d.pop("house_number", UNSET))

        def _parse_address_addition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address_addition = _parse_address_addition(d.pop("address_addition", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        country_id = _parse_country_id(d.pop("country_id", UNSET))

        subject = d.pop("subject", UNSET)

        description = d.pop("description", UNSET)

        def _parse_postcode(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | str | Unset", data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        additional_address_create = cls(
            name=name,
            name_addition=name_addition,
            address=address,
            street_name=street_name,
            house_number=house_number,
            address_addition=address_addition,
            city=city,
            country_id=country_id,
            subject=subject,
            description=description,
            postcode=postcode,
        )

        return additional_address_create
