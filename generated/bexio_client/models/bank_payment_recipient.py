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
class BankPaymentRecipient:
    """The recipient of a payment (BankPaymentRecipient; fields from bexio's published spec, research/nested-schemas.md
    §8).

    """

    name: str
    """ The name of the recipient. """
    street: str
    """ The street of the recipient. """
    zip_: str
    """ The postcode of the recipient. """
    city: str
    """ The city of the recipient. """
    country_code: str
    """ The country of the recipient, ISO 3166-1 alpha-2. """
    house_number: str | Unset = UNSET
    """ The house number of the recipient. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        field_dict["street"] = self.street
        field_dict["zip"] = self.zip_
        field_dict["city"] = self.city
        field_dict["country_code"] = self.country_code
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BankPaymentRecipient from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            street = src_dict["street"]
            zip_ = src_dict["zip"]
            city = src_dict["city"]
            country_code = src_dict["country_code"]
            house_number = src_dict.get("house_number", UNSET)
            if not (
                type(name) is str
                and type(street) is str
                and type(zip_) is str
                and type(city) is str
                and type(country_code) is str
                and (house_number is UNSET or type(house_number) is str)
            ):
                raise TypeError
            self = cls(
                name,
                street,
                zip_,
                city,
                country_code,
                house_number,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 5 + (house_number is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("street", "street", True, STR),
    Field("zip_", "zip", True, STR),
    Field("city", "city", True, STR),
    Field("country_code", "country_code", True, STR),
    Field("house_number", "house_number", False, STR),
)
_KNOWN = frozenset(
    {
        "name",
        "street",
        "zip",
        "city",
        "country_code",
        "house_number",
    }
)
