from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.name_addition is not UNSET:
            field_dict["name_addition"] = self.name_addition
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.street_name is not UNSET:
            field_dict["street_name"] = self.street_name
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        if self.address_addition is not UNSET:
            field_dict["address_addition"] = self.address_addition
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country_id is not UNSET:
            field_dict["country_id"] = self.country_id
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.postcode is not UNSET:
            field_dict["postcode"] = self.postcode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A AdditionalAddressCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict.get("name", UNSET)
            name_addition = src_dict.get("name_addition", UNSET)
            address = src_dict.get("address", UNSET)
            street_name = src_dict.get("street_name", UNSET)
            house_number = src_dict.get("house_number", UNSET)
            address_addition = src_dict.get("address_addition", UNSET)
            city = src_dict.get("city", UNSET)
            country_id = src_dict.get("country_id", UNSET)
            subject = src_dict.get("subject", UNSET)
            description = src_dict.get("description", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            if not (
                (name is UNSET or type(name) is str)
                and (name_addition is None or name_addition is UNSET or type(name_addition) is str)
                and (address is None or address is UNSET or type(address) is str)
                and (street_name is None or street_name is UNSET or type(street_name) is str)
                and (house_number is None or house_number is UNSET or type(house_number) is str)
                and (address_addition is None or address_addition is UNSET or type(address_addition) is str)
                and (city is None or city is UNSET or type(city) is str)
                and (country_id is None or country_id is UNSET or type(country_id) is int)
                and (subject is UNSET or type(subject) is str)
                and (description is UNSET or type(description) is str)
                and (postcode is None or postcode is UNSET or (type(postcode) is str or type(postcode) is int))
            ):
                raise TypeError
            self = cls(
                name,
                name_addition,
                address,
                street_name,
                house_number,
                address_addition,
                city,
                country_id,
                subject,
                description,
                postcode,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", False, STR),
    Field("name_addition", "name_addition", False, Nullable(STR)),
    Field("address", "address", False, Nullable(STR)),
    Field("street_name", "street_name", False, Nullable(STR)),
    Field("house_number", "house_number", False, Nullable(STR)),
    Field("address_addition", "address_addition", False, Nullable(STR)),
    Field("city", "city", False, Nullable(STR)),
    Field("country_id", "country_id", False, Nullable(INT)),
    Field("subject", "subject", False, STR),
    Field("description", "description", False, STR),
    Field(
        "postcode",
        "postcode",
        False,
        Nullable(
            OneOf(
                (
                    STR,
                    INT,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "name",
        "name_addition",
        "address",
        "street_name",
        "house_number",
        "address_addition",
        "city",
        "country_id",
        "subject",
        "description",
        "postcode",
    }
)
