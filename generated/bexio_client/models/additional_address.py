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
    """ The postal code; a string, though bexio's samples return a number. """
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
            if not (
                type(id) is int
                and type(name) is str
                and (address is None or type(address) is str)
                and (city is None or type(city) is str)
                and (country_id is None or type(country_id) is int)
                and type(subject) is str
                and type(description) is str
                and (postcode is None or type(postcode) is str or type(postcode) is int)
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
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 8:
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
    Field("name", "name", True, STR),
    Field("address", "address", True, Nullable(STR)),
    Field("city", "city", True, Nullable(STR)),
    Field("country_id", "country_id", True, Nullable(INT)),
    Field("subject", "subject", True, STR),
    Field("description", "description", True, STR),
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
    }
)
