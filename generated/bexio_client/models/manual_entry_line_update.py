from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualEntryLineUpdate")


@_attrs_define
class ManualEntryLineUpdate:
    """A booking line of a manual entry to update: the fields of a new line plus the id of the existing line
    (research/nested-schemas.md §7).

    """

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
    id: float | Unset = UNSET
    """ The id of the existing line. """

    def to_dict(self) -> dict[str, Any]:
        debit_account_id = self.debit_account_id

        credit_account_id = self.credit_account_id

        tax_id = self.tax_id

        tax_account_id = self.tax_account_id

        description = self.description

        amount = self.amount

        currency_id = self.currency_id

        currency_factor = self.currency_factor

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if debit_account_id is not UNSET:
            field_dict["debit_account_id"] = debit_account_id
        if credit_account_id is not UNSET:
            field_dict["credit_account_id"] = credit_account_id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_account_id is not UNSET:
            field_dict["tax_account_id"] = tax_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if currency_factor is not UNSET:
            field_dict["currency_factor"] = currency_factor
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        debit_account_id = d.pop("debit_account_id", UNSET)

        credit_account_id = d.pop("credit_account_id", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_account_id = d.pop("tax_account_id", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        currency_factor = d.pop("currency_factor", UNSET)

        id = d.pop("id", UNSET)

        manual_entry_line_update = cls(
            debit_account_id=debit_account_id,
            credit_account_id=credit_account_id,
            tax_id=tax_id,
            tax_account_id=tax_account_id,
            description=description,
            amount=amount,
            currency_id=currency_id,
            currency_factor=currency_factor,
            id=id,
        )

        return manual_entry_line_update
