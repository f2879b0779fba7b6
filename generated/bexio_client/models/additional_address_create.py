from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.postcode is not UNSET:
            field_dict["postcode"] = self.postcode
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country_id is not UNSET:
            field_dict["country_id"] = self.country_id
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.description is not UNSET:
            field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A AdditionalAddressCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict.get("name", UNSET)
            address = src_dict.get("address", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            city = src_dict.get("city", UNSET)
            country_id = src_dict.get("country_id", UNSET)
            subject = src_dict.get("subject", UNSET)
            description = src_dict.get("description", UNSET)
            if not (
                (name is UNSET or type(name) is str)
                and (address is None or address is UNSET or type(address) is str)
                and (postcode is None or postcode is UNSET or type(postcode) is str)
                and (city is None or city is UNSET or type(city) is str)
                and (country_id is None or country_id is UNSET or type(country_id) is int)
                and (subject is UNSET or type(subject) is str)
                and (description is UNSET or type(description) is str)
            ):
                raise TypeError
            self = cls(
                name,
                address,
                postcode,
                city,
                country_id,
                subject,
                description,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (name is not UNSET) + (address is not UNSET) + (postcode is not UNSET) + (
            city is not UNSET
        ) + (country_id is not UNSET) + (subject is not UNSET) + (description is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", False, STR),
    Field("address", "address", False, Nullable(STR)),
    Field("postcode", "postcode", False, Nullable(STR)),
    Field("city", "city", False, Nullable(STR)),
    Field("country_id", "country_id", False, Nullable(INT)),
    Field("subject", "subject", False, STR),
    Field("description", "description", False, STR),
)
_KNOWN = frozenset(
    {
        "name",
        "address",
        "postcode",
        "city",
        "country_id",
        "subject",
        "description",
    }
)
