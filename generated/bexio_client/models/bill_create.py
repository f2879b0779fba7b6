from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    INT,
    NUMBER,
    RAISE,
    STR,
    UUID_TEXT,
    Field,
    ListOf,
    Model,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BillCreate:
    """A Bill as sent to create it."""

    supplier_id: int
    """ References a contact object """
    contact_partner_id: int
    """ References a contact object """
    bill_date: datetime.date
    due_date: datetime.date
    manual_amount: bool
    """ indicates whether 'amount_man' or 'amount_calc' is required and considered as bill amount """
    currency_code: str
    item_net: bool
    """ Indicates whether 'amount' in 'line_items' is net or gross. """
    attachment_ids: list[UUID]
    """ ids of the files attached to the Bill """
    address: PurchaseAddressCreate
    """ Address (of the supplier) as sent with a Bill or an Expense. """
    line_items: list[BillLineItemCreate]
    discounts: list[BillDiscountCreate]
    vendor_ref: str | Unset = UNSET
    """ the supplier's reference """
    title: str | Unset = UNSET
    amount_man: float | Unset = UNSET
    """ Required when 'manual_amount' is true. Maximum of 17 digits and maximum of 2 decimal digits. """
    amount_calc: float | Unset = UNSET
    """ Required when 'manual_amount' is false. Maximum of 17 digits and maximum of 2 decimal digits. """
    exchange_rate: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 5
    digits and maximum of 10 decimal digits. """
    base_currency_amount: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 17
    digits and maximum of 2 decimal digits. """
    purchase_order_id: int | Unset = UNSET
    """ References a purchase order object """
    qr_bill_information: str | Unset = UNSET
    payment: BillPaymentCreate | Unset = UNSET
    """ The payment planned for a Bill, as sent to create or update it. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["supplier_id"] = self.supplier_id
        field_dict["contact_partner_id"] = self.contact_partner_id
        field_dict["bill_date"] = dump(self.bill_date)
        field_dict["due_date"] = dump(self.due_date)
        field_dict["manual_amount"] = self.manual_amount
        field_dict["currency_code"] = self.currency_code
        field_dict["item_net"] = self.item_net
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        field_dict["address"] = dump(self.address)
        field_dict["line_items"] = dump(self.line_items)
        field_dict["discounts"] = dump(self.discounts)
        if self.vendor_ref is not UNSET:
            field_dict["vendor_ref"] = self.vendor_ref
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.amount_man is not UNSET:
            field_dict["amount_man"] = self.amount_man
        if self.amount_calc is not UNSET:
            field_dict["amount_calc"] = self.amount_calc
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = self.exchange_rate
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = self.base_currency_amount
        if self.purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = self.purchase_order_id
        if self.qr_bill_information is not UNSET:
            field_dict["qr_bill_information"] = self.qr_bill_information
        if self.payment is not UNSET:
            field_dict["payment"] = dump(self.payment)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            supplier_id = src_dict["supplier_id"]
            contact_partner_id = src_dict["contact_partner_id"]
            bill_date = src_dict["bill_date"]
            bill_date = parse_date(bill_date)
            due_date = src_dict["due_date"]
            due_date = parse_date(due_date)
            manual_amount = src_dict["manual_amount"]
            currency_code = src_dict["currency_code"]
            item_net = src_dict["item_net"]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            address = src_dict["address"]
            address = PurchaseAddressCreate.from_dict(address)
            line_items = src_dict["line_items"]
            line_items = [BillLineItemCreate.from_dict(item) for item in line_items]
            discounts = src_dict["discounts"]
            discounts = [BillDiscountCreate.from_dict(item) for item in discounts]
            vendor_ref = src_dict.get("vendor_ref", UNSET)
            title = src_dict.get("title", UNSET)
            amount_man = src_dict.get("amount_man", UNSET)
            amount_calc = src_dict.get("amount_calc", UNSET)
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            purchase_order_id = src_dict.get("purchase_order_id", UNSET)
            qr_bill_information = src_dict.get("qr_bill_information", UNSET)
            payment = src_dict.get("payment", UNSET)
            if payment is not UNSET:
                payment = BillPaymentCreate.from_dict(payment)
            if not (
                type(supplier_id) is int
                and type(contact_partner_id) is int
                and type(manual_amount) is bool
                and type(currency_code) is str
                and type(item_net) is bool
                and (vendor_ref is UNSET or type(vendor_ref) is str)
                and (title is UNSET or type(title) is str)
                and (amount_man is UNSET or type(amount_man) in _NUMBER)
                and (amount_calc is UNSET or type(amount_calc) in _NUMBER)
                and (exchange_rate is UNSET or type(exchange_rate) in _NUMBER)
                and (base_currency_amount is UNSET or type(base_currency_amount) in _NUMBER)
                and (purchase_order_id is UNSET or type(purchase_order_id) is int)
                and (qr_bill_information is UNSET or type(qr_bill_information) is str)
            ):
                raise TypeError
            self = cls(
                supplier_id,
                contact_partner_id,
                bill_date,
                due_date,
                manual_amount,
                currency_code,
                item_net,
                attachment_ids,
                address,
                line_items,
                discounts,
                vendor_ref,
                title,
                amount_man,
                amount_calc,
                exchange_rate,
                base_currency_amount,
                purchase_order_id,
                qr_bill_information,
                payment,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 11 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .bill_discount_create import BillDiscountCreate  # noqa: E402
from .bill_line_item_create import BillLineItemCreate  # noqa: E402
from .bill_payment_create import BillPaymentCreate  # noqa: E402
from .purchase_address_create import PurchaseAddressCreate  # noqa: E402

_ATTACHMENT_IDS_KIND = ListOf(UUID_TEXT)
_FIELDS = (
    Field("supplier_id", "supplier_id", True, INT),
    Field("contact_partner_id", "contact_partner_id", True, INT),
    Field("bill_date", "bill_date", True, DATE),
    Field("due_date", "due_date", True, DATE),
    Field("manual_amount", "manual_amount", True, BOOL),
    Field("currency_code", "currency_code", True, STR),
    Field("item_net", "item_net", True, BOOL),
    Field("attachment_ids", "attachment_ids", True, ListOf(UUID_TEXT)),
    Field("address", "address", True, Model(PurchaseAddressCreate)),
    Field("line_items", "line_items", True, ListOf(Model(BillLineItemCreate))),
    Field("discounts", "discounts", True, ListOf(Model(BillDiscountCreate))),
    Field("vendor_ref", "vendor_ref", False, STR),
    Field("title", "title", False, STR),
    Field("amount_man", "amount_man", False, NUMBER),
    Field("amount_calc", "amount_calc", False, NUMBER),
    Field("exchange_rate", "exchange_rate", False, NUMBER),
    Field("base_currency_amount", "base_currency_amount", False, NUMBER),
    Field("purchase_order_id", "purchase_order_id", False, INT),
    Field("qr_bill_information", "qr_bill_information", False, STR),
    Field("payment", "payment", False, Model(BillPaymentCreate)),
)
_KNOWN = frozenset(
    {
        "supplier_id",
        "contact_partner_id",
        "bill_date",
        "due_date",
        "manual_amount",
        "currency_code",
        "item_net",
        "attachment_ids",
        "address",
        "line_items",
        "discounts",
        "vendor_ref",
        "title",
        "amount_man",
        "amount_calc",
        "exchange_rate",
        "base_currency_amount",
        "purchase_order_id",
        "qr_bill_information",
        "payment",
    }
)
