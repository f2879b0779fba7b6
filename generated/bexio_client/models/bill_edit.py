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
class BillEdit:
    """A Bill as sent to update it."""

    supplier_id: int
    """ References a contact object """
    manual_amount: bool
    """ Indicates whether 'amount_man' or 'amount_calc' is required and considered as bill amount """
    contact_partner_id: int
    """ References a contact object """
    bill_date: datetime.date
    due_date: datetime.date
    currency_code: str
    item_net: bool
    """ Indicates whether 'amount' in 'line_items' is net or gross. """
    split_into_line_items: bool
    """ Indicates whether Bill has multiple items (true) or single item (false). By items it means 'line_items' and
    'discounts'. """
    attachment_ids: list[UUID]
    """ ids of the files attached to the Bill """
    address: PurchaseAddressCreate
    """ Address (of the supplier) as sent with a Bill or an Expense. """
    line_items: list[BillLineItemEdit]
    """ Each of Line Item's 'id' must be unique (no duplicates) and already existing on the Bill or it should be
    null for creating new Line Item. When 'split_into_line_items' is false then there must be only 1 Line Item. """
    discounts: list[BillDiscountEdit]
    """ Each of Discount's 'id' must be unique (no duplicates) and already existing on the Bill or it should be null
    for creating new Discount. When 'split_into_line_items' is false then there must 0 Discounts. """
    document_no: str | Unset = UNSET
    title: str | Unset = UNSET
    vendor_ref: str | Unset = UNSET
    """ the supplier's reference """
    amount_man: float | Unset = UNSET
    """ Required when 'manual_amount' is true. Maximum of 17 digits and maximum of 2 decimal digits. """
    amount_calc: float | Unset = UNSET
    """ Required when 'manual_amount' is false. Maximum of 17 digits and maximum of 2 decimal digits. """
    exchange_rate: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 5
    digits and maximum of 10 decimal digits. """
    base_currency_amount: float | Unset = UNSET
    """ Maximum of 17 digits and maximum of 2 decimal digits. """
    payment: BillPaymentCreate | Unset = UNSET
    """ The payment planned for a Bill, as sent to create or update it. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["supplier_id"] = self.supplier_id
        field_dict["manual_amount"] = self.manual_amount
        field_dict["contact_partner_id"] = self.contact_partner_id
        field_dict["bill_date"] = dump(self.bill_date)
        field_dict["due_date"] = dump(self.due_date)
        field_dict["currency_code"] = self.currency_code
        field_dict["item_net"] = self.item_net
        field_dict["split_into_line_items"] = self.split_into_line_items
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        field_dict["address"] = dump(self.address)
        field_dict["line_items"] = dump(self.line_items)
        field_dict["discounts"] = dump(self.discounts)
        if self.document_no is not UNSET:
            field_dict["document_no"] = self.document_no
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.vendor_ref is not UNSET:
            field_dict["vendor_ref"] = self.vendor_ref
        if self.amount_man is not UNSET:
            field_dict["amount_man"] = self.amount_man
        if self.amount_calc is not UNSET:
            field_dict["amount_calc"] = self.amount_calc
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = self.exchange_rate
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = self.base_currency_amount
        if self.payment is not UNSET:
            field_dict["payment"] = dump(self.payment)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            supplier_id = src_dict["supplier_id"]
            manual_amount = src_dict["manual_amount"]
            contact_partner_id = src_dict["contact_partner_id"]
            bill_date = src_dict["bill_date"]
            bill_date = parse_date(bill_date)
            due_date = src_dict["due_date"]
            due_date = parse_date(due_date)
            currency_code = src_dict["currency_code"]
            item_net = src_dict["item_net"]
            split_into_line_items = src_dict["split_into_line_items"]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            address = src_dict["address"]
            address = PurchaseAddressCreate.from_dict(address)
            line_items = src_dict["line_items"]
            line_items = [BillLineItemEdit.from_dict(item) for item in line_items]
            discounts = src_dict["discounts"]
            discounts = [BillDiscountEdit.from_dict(item) for item in discounts]
            document_no = src_dict.get("document_no", UNSET)
            title = src_dict.get("title", UNSET)
            vendor_ref = src_dict.get("vendor_ref", UNSET)
            amount_man = src_dict.get("amount_man", UNSET)
            amount_calc = src_dict.get("amount_calc", UNSET)
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            payment = src_dict.get("payment", UNSET)
            if payment is not UNSET:
                payment = BillPaymentCreate.from_dict(payment)
            if not (
                type(supplier_id) is int
                and type(manual_amount) is bool
                and type(contact_partner_id) is int
                and type(currency_code) is str
                and type(item_net) is bool
                and type(split_into_line_items) is bool
                and (document_no is UNSET or type(document_no) is str)
                and (title is UNSET or type(title) is str)
                and (vendor_ref is UNSET or type(vendor_ref) is str)
                and (amount_man is UNSET or type(amount_man) in _NUMBER)
                and (amount_calc is UNSET or type(amount_calc) in _NUMBER)
                and (exchange_rate is UNSET or type(exchange_rate) in _NUMBER)
                and (base_currency_amount is UNSET or type(base_currency_amount) in _NUMBER)
            ):
                raise TypeError
            self = cls(
                supplier_id,
                manual_amount,
                contact_partner_id,
                bill_date,
                due_date,
                currency_code,
                item_net,
                split_into_line_items,
                attachment_ids,
                address,
                line_items,
                discounts,
                document_no,
                title,
                vendor_ref,
                amount_man,
                amount_calc,
                exchange_rate,
                base_currency_amount,
                payment,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 12 + (document_no is not UNSET) + (title is not UNSET) + (vendor_ref is not UNSET) + (
            amount_man is not UNSET
        ) + (amount_calc is not UNSET) + (exchange_rate is not UNSET) + (base_currency_amount is not UNSET) + (
            payment is not UNSET
        ):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .bill_discount_edit import BillDiscountEdit  # noqa: E402
from .bill_line_item_edit import BillLineItemEdit  # noqa: E402
from .bill_payment_create import BillPaymentCreate  # noqa: E402
from .purchase_address_create import PurchaseAddressCreate  # noqa: E402

_ATTACHMENT_IDS_KIND = ListOf(UUID_TEXT)
_FIELDS = (
    Field("supplier_id", "supplier_id", True, INT),
    Field("manual_amount", "manual_amount", True, BOOL),
    Field("contact_partner_id", "contact_partner_id", True, INT),
    Field("bill_date", "bill_date", True, DATE),
    Field("due_date", "due_date", True, DATE),
    Field("currency_code", "currency_code", True, STR),
    Field("item_net", "item_net", True, BOOL),
    Field("split_into_line_items", "split_into_line_items", True, BOOL),
    Field("attachment_ids", "attachment_ids", True, ListOf(UUID_TEXT)),
    Field("address", "address", True, Model(PurchaseAddressCreate)),
    Field("line_items", "line_items", True, ListOf(Model(BillLineItemEdit))),
    Field("discounts", "discounts", True, ListOf(Model(BillDiscountEdit))),
    Field("document_no", "document_no", False, STR),
    Field("title", "title", False, STR),
    Field("vendor_ref", "vendor_ref", False, STR),
    Field("amount_man", "amount_man", False, NUMBER),
    Field("amount_calc", "amount_calc", False, NUMBER),
    Field("exchange_rate", "exchange_rate", False, NUMBER),
    Field("base_currency_amount", "base_currency_amount", False, NUMBER),
    Field("payment", "payment", False, Model(BillPaymentCreate)),
)
_KNOWN = frozenset(
    {
        "supplier_id",
        "manual_amount",
        "contact_partner_id",
        "bill_date",
        "due_date",
        "currency_code",
        "item_net",
        "split_into_line_items",
        "attachment_ids",
        "address",
        "line_items",
        "discounts",
        "document_no",
        "title",
        "vendor_ref",
        "amount_man",
        "amount_calc",
        "exchange_rate",
        "base_currency_amount",
        "payment",
    }
)
