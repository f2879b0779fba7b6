from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    NUMBER,
    STR,
    Field,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["currency"] = self.currency
        field_dict["amount"] = self.amount
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BankPaymentAmount from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            currency = src_dict["currency"]
            amount = src_dict["amount"]
            if not (type(currency) is str and type(amount) in _NUMBER):
                raise TypeError
            self = cls(
                currency,
                amount,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("currency", "currency", True, STR),
    Field("amount", "amount", True, NUMBER),
)
_KNOWN = frozenset(
    {
        "currency",
        "amount",
    }
)
