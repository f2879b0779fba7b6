from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class ManualEntryLineCreate:
    """A booking line of a manual entry to create (fields from bexio's published spec, research/nested-schemas.md §7)."""

    debit_account_id: int | Unset = UNSET
    """ The debit account. """
    credit_account_id: int | Unset = UNSET
    """ The credit account. """
    tax_id: int | Unset = UNSET
    """ The tax. """
    tax_account_id: int | Unset = UNSET
    """ The account carrying the tax; must be the debit or the credit account of the line. """
    description: str | Unset = UNSET
    """ The text of the line. """
    amount: float | Unset = UNSET
    """ The amount. """
    currency_id: int | Unset = UNSET
    """ The currency. """
    currency_factor: float | Unset = UNSET
    """ The exchange rate factor; 1 when the currency is the base currency. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.debit_account_id is not UNSET:
            field_dict["debit_account_id"] = self.debit_account_id
        if self.credit_account_id is not UNSET:
            field_dict["credit_account_id"] = self.credit_account_id
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.tax_account_id is not UNSET:
            field_dict["tax_account_id"] = self.tax_account_id
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.currency_id is not UNSET:
            field_dict["currency_id"] = self.currency_id
        if self.currency_factor is not UNSET:
            field_dict["currency_factor"] = self.currency_factor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualEntryLineCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            debit_account_id = src_dict.get("debit_account_id", UNSET)
            credit_account_id = src_dict.get("credit_account_id", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            tax_account_id = src_dict.get("tax_account_id", UNSET)
            description = src_dict.get("description", UNSET)
            amount = src_dict.get("amount", UNSET)
            currency_id = src_dict.get("currency_id", UNSET)
            currency_factor = src_dict.get("currency_factor", UNSET)
            if not (
                (debit_account_id is UNSET or type(debit_account_id) is int)
                and (credit_account_id is UNSET or type(credit_account_id) is int)
                and (tax_id is UNSET or type(tax_id) is int)
                and (tax_account_id is UNSET or type(tax_account_id) is int)
                and (description is UNSET or type(description) is str)
                and (amount is UNSET or type(amount) in _NUMBER)
                and (currency_id is UNSET or type(currency_id) is int)
                and (currency_factor is UNSET or type(currency_factor) in _NUMBER)
            ):
                raise TypeError
            self = cls(
                debit_account_id,
                credit_account_id,
                tax_id,
                tax_account_id,
                description,
                amount,
                currency_id,
                currency_factor,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (debit_account_id is not UNSET) + (credit_account_id is not UNSET) + (
            tax_id is not UNSET
        ) + (tax_account_id is not UNSET) + (description is not UNSET) + (amount is not UNSET) + (
            currency_id is not UNSET
        ) + (currency_factor is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("debit_account_id", "debit_account_id", False, INT),
    Field("credit_account_id", "credit_account_id", False, INT),
    Field("tax_id", "tax_id", False, INT),
    Field("tax_account_id", "tax_account_id", False, INT),
    Field("description", "description", False, STR),
    Field("amount", "amount", False, NUMBER),
    Field("currency_id", "currency_id", False, INT),
    Field("currency_factor", "currency_factor", False, NUMBER),
)
_KNOWN = frozenset(
    {
        "debit_account_id",
        "credit_account_id",
        "tax_id",
        "tax_account_id",
        "description",
        "amount",
        "currency_id",
        "currency_factor",
    }
)
