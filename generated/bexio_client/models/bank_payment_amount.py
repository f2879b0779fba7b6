from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BankPaymentAmount")


@_attrs_define
class BankPaymentAmount:
    """The amount and currency of a payment (BankPaymentAmount; fields from bexio's published spec, research/nested-
    schemas.md §8).

    """

    currency: str
    """ The currency, in the format ISO 4217. """
    amount: float
    """ The amount. """

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = d.pop("amount")

        bank_payment_amount = cls(
            currency=currency,
            amount=amount,
        )

        return bank_payment_amount
