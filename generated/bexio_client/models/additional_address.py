from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalAddress")


@_attrs_define
class AdditionalAddress:
    """An additional address as bexio returns it (fields read from the response samples)."""

    id: int
    name: str
    address: None | str
    city: None | str
    country_id: int | None
    """ References a country object """
    subject: str
    description: str
    postcode: int | None | str
    """ The postal code; a string, though bexio's samples give a number. """
    name_addition: None | str | Unset = UNSET
    """ An addition to the name (added 2025-06-02). """
    street_name: None | str | Unset = UNSET
    """ The street (added 2025-06-04). """
    house_number: None | str | Unset = UNSET
    """ The house number (added 2025-06-04). """
    address_addition: None | str | Unset = UNSET
    """ An addition to the address, e.g. the building (added 2025-06-04). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        address: None | str
        address = self.address

        city: None | str
        city = self.city

        country_id: int | None
        country_id = self.country_id

        subject = self.subject

        description = self.description

        postcode: int | None | str
        postcode = self.postcode

        name_addition: None | str | Unset
        if isinstance(self.name_addition, Unset):
            name_addition = UNSET
        else:
            name_addition = self.name_addition

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "address": address,
                "city": city,
                "country_id": country_id,
                "subject": subject,
                "description": description,
                "postcode": postcode,
            }
        )
        if name_addition is not UNSET:
            field_dict["name_addition"] = name_addition
        if street_name is not UNSET:
            field_dict["street_name"] = street_name
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if address_addition is not UNSET:
            field_dict["address_addition"] = address_addition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        address = _parse_address(d.pop("address"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        city = _parse_city(d.pop("city"))

        def _parse_country_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        country_id = _parse_country_id(d.pop("country_id"))

        subject = d.pop("subject")

        description = d.pop("description")

        def _parse_postcode(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        postcode = _parse_postcode(d.pop("postcode"))

        def _parse_name_addition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name_addition = _parse_name_addition(d.pop("name_addition", UNSET))

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

        additional_address = cls(
            id=id,
            name=name,
            address=address,
            city=city,
            country_id=country_id,
            subject=subject,
            description=description,
            postcode=postcode,
            name_addition=name_addition,
            street_name=street_name,
            house_number=house_number,
            address_addition=address_addition,
        )

        additional_address.additional_properties = d
        return additional_address

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
