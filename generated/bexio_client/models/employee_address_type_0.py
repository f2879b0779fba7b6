from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class EmployeeAddressType0:
    """The address of an employee."""

    complementary_line: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    """ Deprecated on 2025-07-08: kept for compatibility, superseded by `street_name` and `house_number`. """
    street_name: None | str | Unset = UNSET
    house_number: None | str | Unset = UNSET
    postbox: None | str | Unset = UNSET
    locality: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    """ The country (ISO 3166-1 alpha-2). """
    canton: None | str | Unset = UNSET
    municipality_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        """A EmployeeAddressType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
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
                (complementary_line is None or complementary_line is UNSET or type(complementary_line) is str)
                and (street is None or street is UNSET or type(street) is str)
                and (street_name is None or street_name is UNSET or type(street_name) is str)
                and (house_number is None or house_number is UNSET or type(house_number) is str)
                and (postbox is None or postbox is UNSET or type(postbox) is str)
                and (locality is None or locality is UNSET or type(locality) is str)
                and (zip_code is None or zip_code is UNSET or type(zip_code) is str)
                and (city is None or city is UNSET or type(city) is str)
                and (country is None or country is UNSET or type(country) is str)
                and (canton is None or canton is UNSET or type(canton) is str)
                and (municipality_id is None or municipality_id is UNSET or type(municipality_id) is str)
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
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
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
    Field("complementary_line", "complementary_line", False, Nullable(STR)),
    Field("street", "street", False, Nullable(STR)),
    Field("street_name", "street_name", False, Nullable(STR)),
    Field("house_number", "house_number", False, Nullable(STR)),
    Field("postbox", "postbox", False, Nullable(STR)),
    Field("locality", "locality", False, Nullable(STR)),
    Field("zip_code", "zip_code", False, Nullable(STR)),
    Field("city", "city", False, Nullable(STR)),
    Field("country", "country", False, Nullable(STR)),
    Field("canton", "canton", False, Nullable(STR)),
    Field("municipality_id", "municipality_id", False, Nullable(STR)),
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
