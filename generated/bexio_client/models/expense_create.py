from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    DATE,
    INT,
    NUMBER,
    RAISE,
    STR,
    UUID_TEXT,
    Field,
    ListOf,
    Model,
    Nullable,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class ExpenseCreate:
    """An Expense as sent to create it."""

    paid_on: datetime.date
    currency_code: str
    amount: float
    """ Maximum of 17 digits and maximum of 2 decimal digits. """
    attachment_ids: list[UUID]
    """ List of file ids that should be attached to this Expense. Cannot have duplicates. """
    supplier_id: int | Unset = UNSET
    """ References a contact object """
    title: str | Unset = UNSET
    bank_account_id: int | Unset = UNSET
    """ References a bank account object """
    booking_account_id: int | Unset = UNSET
    """ References an account object """
    tax_id: int | None | Unset = UNSET
    """ References a tax object """
    exchange_rate: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 5
    digits and maximum of 10 decimal digits. """
    base_currency_amount: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 17
    digits and maximum of 2 decimal digits. """
    address: None | PurchaseAddressCreate | Unset = UNSET
    """ The supplier's address; must be null when 'supplier_id' is not set. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["paid_on"] = dump(self.paid_on)
        field_dict["currency_code"] = self.currency_code
        field_dict["amount"] = self.amount
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        if self.supplier_id is not UNSET:
            field_dict["supplier_id"] = self.supplier_id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.bank_account_id is not UNSET:
            field_dict["bank_account_id"] = self.bank_account_id
        if self.booking_account_id is not UNSET:
            field_dict["booking_account_id"] = self.booking_account_id
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = self.exchange_rate
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = self.base_currency_amount
        if self.address is not UNSET:
            field_dict["address"] = dump(self.address)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ExpenseCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            paid_on = src_dict["paid_on"]
            paid_on = parse_date(paid_on)
            currency_code = src_dict["currency_code"]
            amount = src_dict["amount"]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            supplier_id = src_dict.get("supplier_id", UNSET)
            title = src_dict.get("title", UNSET)
            bank_account_id = src_dict.get("bank_account_id", UNSET)
            booking_account_id = src_dict.get("booking_account_id", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            address = src_dict.get("address", UNSET)
            if address is not None and address is not UNSET:
                address = PurchaseAddressCreate.from_dict(address)
            if not (
                type(currency_code) is str
                and type(amount) in _NUMBER
                and (supplier_id is UNSET or type(supplier_id) is int)
                and (title is UNSET or type(title) is str)
                and (bank_account_id is UNSET or type(bank_account_id) is int)
                and (booking_account_id is UNSET or type(booking_account_id) is int)
                and (tax_id is None or tax_id is UNSET or type(tax_id) is int)
                and (exchange_rate is UNSET or type(exchange_rate) in _NUMBER)
                and (base_currency_amount is UNSET or type(base_currency_amount) in _NUMBER)
            ):
                raise TypeError
            self = cls(
                paid_on,
                currency_code,
                amount,
                attachment_ids,
                supplier_id,
                title,
                bank_account_id,
                booking_account_id,
                tax_id,
                exchange_rate,
                base_currency_amount,
                address,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 4 + (supplier_id is not UNSET) + (title is not UNSET) + (bank_account_id is not UNSET) + (
            booking_account_id is not UNSET
        ) + (tax_id is not UNSET) + (exchange_rate is not UNSET) + (base_currency_amount is not UNSET) + (
            address is not UNSET
        ):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .purchase_address_create import PurchaseAddressCreate  # noqa: E402

_ATTACHMENT_IDS_KIND = ListOf(UUID_TEXT)
_FIELDS = (
    Field("paid_on", "paid_on", True, DATE),
    Field("currency_code", "currency_code", True, STR),
    Field("amount", "amount", True, NUMBER),
    Field("attachment_ids", "attachment_ids", True, ListOf(UUID_TEXT)),
    Field("supplier_id", "supplier_id", False, INT),
    Field("title", "title", False, STR),
    Field("bank_account_id", "bank_account_id", False, INT),
    Field("booking_account_id", "booking_account_id", False, INT),
    Field("tax_id", "tax_id", False, Nullable(INT)),
    Field("exchange_rate", "exchange_rate", False, NUMBER),
    Field("base_currency_amount", "base_currency_amount", False, NUMBER),
    Field("address", "address", False, Nullable(Model(PurchaseAddressCreate))),
)
_KNOWN = frozenset(
    {
        "paid_on",
        "currency_code",
        "amount",
        "attachment_ids",
        "supplier_id",
        "title",
        "bank_account_id",
        "booking_account_id",
        "tax_id",
        "exchange_rate",
        "base_currency_amount",
        "address",
    }
)
