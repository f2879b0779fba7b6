from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["address"] = self.address
        field_dict["city"] = self.city
        field_dict["country_id"] = self.country_id
        field_dict["subject"] = self.subject
        field_dict["description"] = self.description
        field_dict["postcode"] = self.postcode
        if self.name_addition is not UNSET:
            field_dict["name_addition"] = self.name_addition
        if self.street_name is not UNSET:
            field_dict["street_name"] = self.street_name
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        if self.address_addition is not UNSET:
            field_dict["address_addition"] = self.address_addition
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A AdditionalAddress from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            address = src_dict["address"]
            city = src_dict["city"]
            country_id = src_dict["country_id"]
            subject = src_dict["subject"]
            description = src_dict["description"]
            postcode = src_dict["postcode"]
            name_addition = src_dict.get("name_addition", UNSET)
            street_name = src_dict.get("street_name", UNSET)
            house_number = src_dict.get("house_number", UNSET)
            address_addition = src_dict.get("address_addition", UNSET)
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (address is None or type(address) is str)
                and (city is None or type(city) is str)
                and (country_id is None or type(country_id) is int)
                and (subject is None or type(subject) is str)
                and (description is None or type(description) is str)
                and (postcode is None or (type(postcode) is str or type(postcode) is int))
                and (name_addition is None or name_addition is UNSET or type(name_addition) is str)
                and (street_name is None or street_name is UNSET or type(street_name) is str)
                and (house_number is None or house_number is UNSET or type(house_number) is str)
                and (address_addition is None or address_addition is UNSET or type(address_addition) is str)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                address,
                city,
                country_id,
                subject,
                description,
                postcode,
                name_addition,
                street_name,
                house_number,
                address_addition,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 8 + (name_addition is not UNSET) + (street_name is not UNSET) + (
            house_number is not UNSET
        ) + (address_addition is not UNSET):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("name", "name", True, Nullable(STR)),
    Field("address", "address", True, Nullable(STR)),
    Field("city", "city", True, Nullable(STR)),
    Field("country_id", "country_id", True, Nullable(INT)),
    Field("subject", "subject", True, Nullable(STR)),
    Field("description", "description", True, Nullable(STR)),
    Field(
        "postcode",
        "postcode",
        True,
        Nullable(
            OneOf(
                (
                    STR,
                    INT,
                )
            )
        ),
    ),
    Field("name_addition", "name_addition", False, Nullable(STR)),
    Field("street_name", "street_name", False, Nullable(STR)),
    Field("house_number", "house_number", False, Nullable(STR)),
    Field("address_addition", "address_addition", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "address",
        "city",
        "country_id",
        "subject",
        "description",
        "postcode",
        "name_addition",
        "street_name",
        "house_number",
        "address_addition",
    }
)
