from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankPaymentRecipient")


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
        name = self.name

        street = self.street

        zip_ = self.zip_

        city = self.city

        country_code = self.country_code

        house_number = self.house_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "street": street,
                "zip": zip_,
                "city": city,
                "country_code": country_code,
            }
        )
        if house_number is not UNSET:
            field_dict["house_number"] = house_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        street = d.pop("street")

        zip_ = d.pop("zip")

        city = d.pop("city")

        country_code = d.pop("country_code")

        house_number = d.pop("house_number", UNSET)

        bank_payment_recipient = cls(
            name=name,
            street=street,
            zip_=zip_,
            city=city,
            country_code=country_code,
            house_number=house_number,
        )

        return bank_payment_recipient
