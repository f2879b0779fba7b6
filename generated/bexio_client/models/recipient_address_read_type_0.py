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
class RecipientAddressReadType0:
    """The address of the recipient."""

    street_name: None | str
    zip_: None | str
    city: None | str
    house_number: None | str | Unset = UNSET
    country_code: None | str | Unset = "CH"
    """ The country (ISO 3166-1 alpha-2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["street_name"] = self.street_name
        field_dict["zip"] = self.zip_
        field_dict["city"] = self.city
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        if self.country_code is not UNSET:
            field_dict["country_code"] = self.country_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A RecipientAddressReadType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            street_name = src_dict["street_name"]
            zip_ = src_dict["zip"]
            city = src_dict["city"]
            house_number = src_dict.get("house_number", UNSET)
            country_code = src_dict.get("country_code", UNSET)
            if not (
                (street_name is None or type(street_name) is str)
                and (zip_ is None or type(zip_) is str)
                and (city is None or type(city) is str)
                and (house_number is None or house_number is UNSET or type(house_number) is str)
                and (country_code is None or country_code is UNSET or type(country_code) is str)
            ):
                raise TypeError
            self = cls(
                street_name,
                zip_,
                city,
                house_number,
                country_code,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 3 + (house_number is not UNSET) + (country_code is not UNSET):
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
    Field("street_name", "street_name", True, Nullable(STR)),
    Field("zip_", "zip", True, Nullable(STR)),
    Field("city", "city", True, Nullable(STR)),
    Field("house_number", "house_number", False, Nullable(STR)),
    Field("country_code", "country_code", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "street_name",
        "zip",
        "city",
        "house_number",
        "country_code",
    }
)
