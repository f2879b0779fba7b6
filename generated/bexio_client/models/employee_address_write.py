from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.complementary_line is not UNSET:
            field_dict["complementary_line"] = self.complementary_line
        if self.street is not UNSET:
            field_dict["street"] = self.street
        if self.street_name is not UNSET:
            field_dict["street_name"] = self.street_name
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        if self.postbox is not UNSET:
            field_dict["postbox"] = self.postbox
        if self.locality is not UNSET:
            field_dict["locality"] = self.locality
        if self.zip_code is not UNSET:
            field_dict["zip_code"] = self.zip_code
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.canton is not UNSET:
            field_dict["canton"] = self.canton
        if self.municipality_id is not UNSET:
            field_dict["municipality_id"] = self.municipality_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A EmployeeAddressWrite from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            complementary_line = src_dict.get("complementary_line", UNSET)
            street = src_dict.get("street", UNSET)
            street_name = src_dict.get("street_name", UNSET)
            house_number = src_dict.get("house_number", UNSET)
            postbox = src_dict.get("postbox", UNSET)
            locality = src_dict.get("locality", UNSET)
            zip_code = src_dict.get("zip_code", UNSET)
            city = src_dict.get("city", UNSET)
            country = src_dict.get("country", UNSET)
            canton = src_dict.get("canton", UNSET)
            municipality_id = src_dict.get("municipality_id", UNSET)
            if not (
                (complementary_line is UNSET or type(complementary_line) is str)
                and (street is UNSET or type(street) is str)
                and (street_name is UNSET or type(street_name) is str)
                and (house_number is UNSET or type(house_number) is str)
                and (postbox is UNSET or type(postbox) is str)
                and (locality is UNSET or type(locality) is str)
                and (zip_code is UNSET or type(zip_code) is str)
                and (city is UNSET or type(city) is str)
                and (country is UNSET or type(country) is str)
                and (canton is UNSET or type(canton) is str)
                and (municipality_id is UNSET or type(municipality_id) is str)
            ):
                raise TypeError
            self = cls(
                complementary_line,
                street,
                street_name,
                house_number,
                postbox,
                locality,
                zip_code,
                city,
                country,
                canton,
                municipality_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("complementary_line", "complementary_line", False, STR),
    Field("street", "street", False, STR),
    Field("street_name", "street_name", False, STR),
    Field("house_number", "house_number", False, STR),
    Field("postbox", "postbox", False, STR),
    Field("locality", "locality", False, STR),
    Field("zip_code", "zip_code", False, STR),
    Field("city", "city", False, STR),
    Field("country", "country", False, STR),
    Field("canton", "canton", False, STR),
    Field("municipality_id", "municipality_id", False, STR),
)
_KNOWN = frozenset(
    {
        "complementary_line",
        "street",
        "street_name",
        "house_number",
        "postbox",
        "locality",
        "zip_code",
        "city",
        "country",
        "canton",
        "municipality_id",
    }
)
