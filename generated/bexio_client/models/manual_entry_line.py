from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    DATE,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class ManualEntryLine:
    """A booking line of a manual entry as bexio returns it (fields from bexio's published spec, research/nested-schemas.md
    §7).

    """

    id: int | Unset = UNSET
    """ The id of the line (entry_id in the file paths). """
    date: datetime.date | None | Unset = UNSET
    """ the booking date """
    debit_account_id: int | None | Unset = UNSET
    """ The debit account. """
    credit_account_id: int | None | Unset = UNSET
    """ The credit account. """
    tax_id: int | None | Unset = UNSET
    """ The tax. """
    tax_account_id: int | None | Unset = UNSET
    """ The account carrying the tax. """
    description: None | str | Unset = UNSET
    """ The text of the line. """
    amount: float | None | str | Unset = UNSET
    """ The amount. """
    currency_id: int | None | Unset = UNSET
    """ The currency. """
    base_currency_id: int | None | Unset = UNSET
    """ The base (ledger) currency. """
    currency_factor: float | None | str | Unset = UNSET
    """ The exchange rate factor; 1 when the currency is the base currency. """
    base_currency_amount: float | None | str | Unset = UNSET
    """ The amount in the base currency. """
    created_by_user_id: int | None | Unset = UNSET
    """ References the user who created the line. """
    edited_by_user_id: int | None | Unset = UNSET
    """ References the user who edited the line last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.date is not UNSET:
            field_dict["date"] = dump(self.date)
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
        if self.base_currency_id is not UNSET:
            field_dict["base_currency_id"] = self.base_currency_id
        if self.currency_factor is not UNSET:
            field_dict["currency_factor"] = self.currency_factor
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = self.base_currency_amount
        if self.created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = self.created_by_user_id
        if self.edited_by_user_id is not UNSET:
            field_dict["edited_by_user_id"] = self.edited_by_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualEntryLine from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict.get("id", UNSET)
            date = src_dict.get("date", UNSET)
            if date is not None and date is not UNSET:
                date = parse_date(date)
            debit_account_id = src_dict.get("debit_account_id", UNSET)
            credit_account_id = src_dict.get("credit_account_id", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            tax_account_id = src_dict.get("tax_account_id", UNSET)
            description = src_dict.get("description", UNSET)
            amount = src_dict.get("amount", UNSET)
            currency_id = src_dict.get("currency_id", UNSET)
            base_currency_id = src_dict.get("base_currency_id", UNSET)
            currency_factor = src_dict.get("currency_factor", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            created_by_user_id = src_dict.get("created_by_user_id", UNSET)
            edited_by_user_id = src_dict.get("edited_by_user_id", UNSET)
            if not (
                (id is UNSET or type(id) is int)
                and (debit_account_id is None or debit_account_id is UNSET or type(debit_account_id) is int)
                and (credit_account_id is None or credit_account_id is UNSET or type(credit_account_id) is int)
                and (tax_id is None or tax_id is UNSET or type(tax_id) is int)
                and (tax_account_id is None or tax_account_id is UNSET or type(tax_account_id) is int)
                and (description is None or description is UNSET or type(description) is str)
                and (amount is None or amount is UNSET or (type(amount) in _NUMBER or type(amount) is str))
                and (currency_id is None or currency_id is UNSET or type(currency_id) is int)
                and (base_currency_id is None or base_currency_id is UNSET or type(base_currency_id) is int)
                and (
                    currency_factor is None
                    or currency_factor is UNSET
                    or (type(currency_factor) in _NUMBER or type(currency_factor) is str)
                )
                and (
                    base_currency_amount is None
                    or base_currency_amount is UNSET
                    or (type(base_currency_amount) in _NUMBER or type(base_currency_amount) is str)
                )
                and (created_by_user_id is None or created_by_user_id is UNSET or type(created_by_user_id) is int)
                and (edited_by_user_id is None or edited_by_user_id is UNSET or type(edited_by_user_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                date,
                debit_account_id,
                credit_account_id,
                tax_id,
                tax_account_id,
                description,
                amount,
                currency_id,
                base_currency_id,
                currency_factor,
                base_currency_amount,
                created_by_user_id,
                edited_by_user_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
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
    Field("id", "id", False, INT),
    Field("date", "date", False, Nullable(DATE)),
    Field("debit_account_id", "debit_account_id", False, Nullable(INT)),
    Field("credit_account_id", "credit_account_id", False, Nullable(INT)),
    Field("tax_id", "tax_id", False, Nullable(INT)),
    Field("tax_account_id", "tax_account_id", False, Nullable(INT)),
    Field("description", "description", False, Nullable(STR)),
    Field(
        "amount",
        "amount",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("currency_id", "currency_id", False, Nullable(INT)),
    Field("base_currency_id", "base_currency_id", False, Nullable(INT)),
    Field(
        "currency_factor",
        "currency_factor",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field(
        "base_currency_amount",
        "base_currency_amount",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("created_by_user_id", "created_by_user_id", False, Nullable(INT)),
    Field("edited_by_user_id", "edited_by_user_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "date",
        "debit_account_id",
        "credit_account_id",
        "tax_id",
        "tax_account_id",
        "description",
        "amount",
        "currency_id",
        "base_currency_id",
        "currency_factor",
        "base_currency_amount",
        "created_by_user_id",
        "edited_by_user_id",
    }
)
