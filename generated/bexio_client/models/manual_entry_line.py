from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualEntryLine")


@_attrs_define
class ManualEntryLine:
    """A booking line of a manual entry as bexio returns it (fields from bexio's published spec, research/nested-schemas.md
    §7).

    """

    id: int | Unset = UNSET
    """ The id of the line (entry_id in the file paths). """
    date: datetime.date | Unset = UNSET
    """ the booking date """
    debit_account_id: int | Unset = UNSET
    """ The debit account. """
    credit_account_id: int | Unset = UNSET
    """ The credit account. """
    tax_id: int | Unset = UNSET
    """ The tax. """
    tax_account_id: int | Unset = UNSET
    """ The account carrying the tax. """
    description: str | Unset = UNSET
    """ The text of the line. """
    amount: float | Unset = UNSET
    """ The amount. """
    currency_id: int | Unset = UNSET
    """ The currency. """
    base_currency_id: int | Unset = UNSET
    """ The base (ledger) currency. """
    currency_factor: float | Unset = UNSET
    """ The exchange rate factor; 1 when the currency is the base currency. """
    base_currency_amount: float | Unset = UNSET
    """ The amount in the base currency. """
    created_by_user_id: int | Unset = UNSET
    """ References the user who created the line. """
    edited_by_user_id: int | Unset = UNSET
    """ References the user who edited the line last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        debit_account_id = self.debit_account_id

        credit_account_id = self.credit_account_id

        tax_id = self.tax_id

        tax_account_id = self.tax_account_id

        description = self.description

        amount = self.amount

        currency_id = self.currency_id

        base_currency_id = self.base_currency_id

        currency_factor = self.currency_factor

        base_currency_amount = self.base_currency_amount

        created_by_user_id = self.created_by_user_id

        edited_by_user_id = self.edited_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
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
        if base_currency_id is not UNSET:
            field_dict["base_currency_id"] = base_currency_id
        if currency_factor is not UNSET:
            field_dict["currency_factor"] = currency_factor
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if edited_by_user_id is not UNSET:
            field_dict["edited_by_user_id"] = edited_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        debit_account_id = d.pop("debit_account_id", UNSET)

        credit_account_id = d.pop("credit_account_id", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_account_id = d.pop("tax_account_id", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        base_currency_id = d.pop("base_currency_id", UNSET)

        currency_factor = d.pop("currency_factor", UNSET)

        base_currency_amount = d.pop("base_currency_amount", UNSET)

        created_by_user_id = d.pop("created_by_user_id", UNSET)

        edited_by_user_id = d.pop("edited_by_user_id", UNSET)

        manual_entry_line = cls(
            id=id,
            date=date,
            debit_account_id=debit_account_id,
            credit_account_id=credit_account_id,
            tax_id=tax_id,
            tax_account_id=tax_account_id,
            description=description,
            amount=amount,
            currency_id=currency_id,
            base_currency_id=base_currency_id,
            currency_factor=currency_factor,
            base_currency_amount=base_currency_amount,
            created_by_user_id=created_by_user_id,
            edited_by_user_id=edited_by_user_id,
        )

        manual_entry_line.additional_properties = d
        return manual_entry_line

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
