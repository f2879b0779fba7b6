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
    address: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    """ References a country object """
    subject: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if city is not UNSET:
            field_dict["city"] = city
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

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

        additional_address_create = cls(
            name=name,
            address=address,
            postcode=postcode,
            city=city,
            country_id=country_id,
            subject=subject,
            description=description,
        )

        return additional_address_create
