from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_discount_create import BillDiscountCreate
    from ..models.bill_line_item_create import BillLineItemCreate
    from ..models.bill_payment_create import BillPaymentCreate
    from ..models.purchase_address_create import PurchaseAddressCreate


T = TypeVar("T", bound="BillCreate")


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
        supplier_id = self.supplier_id

        contact_partner_id = self.contact_partner_id

        bill_date = self.bill_date.isoformat()

        due_date = self.due_date.isoformat()

        manual_amount = self.manual_amount

        currency_code = self.currency_code

        item_net = self.item_net

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

        vendor_ref = self.vendor_ref

        title = self.title

        amount_man = self.amount_man

        amount_calc = self.amount_calc

        exchange_rate = self.exchange_rate

        base_currency_amount = self.base_currency_amount

        purchase_order_id = self.purchase_order_id

        qr_bill_information = self.qr_bill_information

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "supplier_id": supplier_id,
                "contact_partner_id": contact_partner_id,
                "bill_date": bill_date,
                "due_date": due_date,
                "manual_amount": manual_amount,
                "currency_code": currency_code,
                "item_net": item_net,
                "attachment_ids": attachment_ids,
                "address": address,
                "line_items": line_items,
                "discounts": discounts,
            }
        )
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if title is not UNSET:
            field_dict["title"] = title
        if amount_man is not UNSET:
            field_dict["amount_man"] = amount_man
        if amount_calc is not UNSET:
            field_dict["amount_calc"] = amount_calc
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = purchase_order_id
        if qr_bill_information is not UNSET:
            field_dict["qr_bill_information"] = qr_bill_information
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_discount_create import BillDiscountCreate  # noqa: PLC0415
        from ..models.bill_line_item_create import BillLineItemCreate  # noqa: PLC0415
        from ..models.bill_payment_create import BillPaymentCreate  # noqa: PLC0415
        from ..models.purchase_address_create import PurchaseAddressCreate  # noqa: PLC0415

        d = dict(src_dict)
        supplier_id = d.pop("supplier_id")

        contact_partner_id = d.pop("contact_partner_id")

        bill_date = datetime.date.fromisoformat(d.pop("bill_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        manual_amount = d.pop("manual_amount")

        currency_code = d.pop("currency_code")

        item_net = d.pop("item_net")

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        address = PurchaseAddressCreate.from_dict(d.pop("address"))

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = BillLineItemCreate.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = BillDiscountCreate.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        vendor_ref = d.pop("vendor_ref", UNSET)

        title = d.pop("title", UNSET)

        amount_man = d.pop("amount_man", UNSET)

        amount_calc = d.pop("amount_calc", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        base_currency_amount = d.pop("base_currency_amount", UNSET)

        purchase_order_id = d.pop("purchase_order_id", UNSET)

        qr_bill_information = d.pop("qr_bill_information", UNSET)

        _payment = d.pop("payment", UNSET)
        payment: BillPaymentCreate | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = BillPaymentCreate.from_dict(_payment)

        bill_create = cls(
            supplier_id=supplier_id,
            contact_partner_id=contact_partner_id,
            bill_date=bill_date,
            due_date=due_date,
            manual_amount=manual_amount,
            currency_code=currency_code,
            item_net=item_net,
            attachment_ids=attachment_ids,
            address=address,
            line_items=line_items,
            discounts=discounts,
            vendor_ref=vendor_ref,
            title=title,
            amount_man=amount_man,
            amount_calc=amount_calc,
            exchange_rate=exchange_rate,
            base_currency_amount=base_currency_amount,
            purchase_order_id=purchase_order_id,
            qr_bill_information=qr_bill_information,
            payment=payment,
        )

        return bill_create
