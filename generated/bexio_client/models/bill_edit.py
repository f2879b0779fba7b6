from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_discount_edit import BillDiscountEdit
    from ..models.bill_line_item_edit import BillLineItemEdit
    from ..models.bill_payment_create import BillPaymentCreate
    from ..models.purchase_address_create import PurchaseAddressCreate


T = TypeVar("T", bound="BillEdit")


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
        supplier_id = self.supplier_id

        manual_amount = self.manual_amount

        contact_partner_id = self.contact_partner_id

        bill_date = self.bill_date.isoformat()

        due_date = self.due_date.isoformat()

        currency_code = self.currency_code

        item_net = self.item_net

        split_into_line_items = self.split_into_line_items

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        address = self.address.to_dict()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        document_no = self.document_no

        title = self.title

        vendor_ref = self.vendor_ref

        amount_man = self.amount_man

        amount_calc = self.amount_calc

        exchange_rate = self.exchange_rate

        base_currency_amount = self.base_currency_amount

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "supplier_id": supplier_id,
                "manual_amount": manual_amount,
                "contact_partner_id": contact_partner_id,
                "bill_date": bill_date,
                "due_date": due_date,
                "currency_code": currency_code,
                "item_net": item_net,
                "split_into_line_items": split_into_line_items,
                "attachment_ids": attachment_ids,
                "address": address,
                "line_items": line_items,
                "discounts": discounts,
            }
        )
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if title is not UNSET:
            field_dict["title"] = title
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if amount_man is not UNSET:
            field_dict["amount_man"] = amount_man
        if amount_calc is not UNSET:
            field_dict["amount_calc"] = amount_calc
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_discount_edit import BillDiscountEdit  # noqa: PLC0415
        from ..models.bill_line_item_edit import BillLineItemEdit  # noqa: PLC0415
        from ..models.bill_payment_create import BillPaymentCreate  # noqa: PLC0415
        from ..models.purchase_address_create import PurchaseAddressCreate  # noqa: PLC0415

        d = dict(src_dict)
        supplier_id = d.pop("supplier_id")

        manual_amount = d.pop("manual_amount")

        contact_partner_id = d.pop("contact_partner_id")

        bill_date = datetime.date.fromisoformat(d.pop("bill_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        currency_code = d.pop("currency_code")

        item_net = d.pop("item_net")

        split_into_line_items = d.pop("split_into_line_items")

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        address = PurchaseAddressCreate.from_dict(d.pop("address"))

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = BillLineItemEdit.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = BillDiscountEdit.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        document_no = d.pop("document_no", UNSET)

        title = d.pop("title", UNSET)

        vendor_ref = d.pop("vendor_ref", UNSET)

        amount_man = d.pop("amount_man", UNSET)

        amount_calc = d.pop("amount_calc", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        base_currency_amount = d.pop("base_currency_amount", UNSET)

        _payment = d.pop("payment", UNSET)
        payment: BillPaymentCreate | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = BillPaymentCreate.from_dict(_payment)

        bill_edit = cls(
            supplier_id=supplier_id,
            manual_amount=manual_amount,
            contact_partner_id=contact_partner_id,
            bill_date=bill_date,
            due_date=due_date,
            currency_code=currency_code,
            item_net=item_net,
            split_into_line_items=split_into_line_items,
            attachment_ids=attachment_ids,
            address=address,
            line_items=line_items,
            discounts=discounts,
            document_no=document_no,
            title=title,
            vendor_ref=vendor_ref,
            amount_man=amount_man,
            amount_calc=amount_calc,
            exchange_rate=exchange_rate,
            base_currency_amount=base_currency_amount,
            payment=payment,
        )

        return bill_edit
