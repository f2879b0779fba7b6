from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdditionalAddress")


@_attrs_define
class AdditionalAddress:
    """An additional address as bexio returns it (fields read from the response samples)."""

    id: int
    name: None | str
    address: None | str
    city: None | str
    country_id: int | None
    """ References a country object """
    subject: None | str
    description: None | str
    postcode: int | None | str
    """ The postal code; a string, though bexio's samples return a number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        city: None | str
        city = self.city

        country_id: int | None
        country_id = self.country_id

        subject: None | str
        subject = self.subject

        description: None | str
        description = self.description

        postcode: int | None | str
        postcode = self.postcode

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

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

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        description = _parse_description(d.pop("description"))

        def _parse_postcode(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        postcode = _parse_postcode(d.pop("postcode"))

        additional_address = cls(
            id=id,
            name=name,
            address=address,
            city=city,
            country_id=country_id,
            subject=subject,
            description=description,
            postcode=postcode,
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
