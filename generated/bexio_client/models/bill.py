from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_status_type_1 import BillStatusType1, check_bill_status_type_1
from ..models.bill_status_type_2_type_1 import BillStatusType2Type1, check_bill_status_type_2_type_1
from ..models.bill_status_type_3_type_1 import BillStatusType3Type1, check_bill_status_type_3_type_1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_discount import BillDiscount
    from ..models.bill_line_item import BillLineItem
    from ..models.bill_payment_type_0 import BillPaymentType0
    from ..models.purchase_address import PurchaseAddress


T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    """A Bill as bexio returns it (create, get, update, status change, action). `required` as in bexio's published schema
    (research/nested-schemas.md §3).

    """

    id: UUID
    document_no: None | str
    """ number of the Bill (assigned automatically, editable); null after an update that left it out """
    status: BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None
    """ The status of a Bill. """
    lastname_company: None | str
    """ last name or company name of the supplier """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS` (no time zone) """
    supplier_id: int | None
    """ References a contact object """
    contact_partner_id: int | None
    """ References a contact object """
    bill_date: datetime.date | None
    due_date: datetime.date | None
    manual_amount: bool
    """ indicates whether 'amount_man' or 'amount_calc' is considered as bill amount """
    base_currency_code: None | str
    item_net: bool
    """ Indicates whether 'amount' in 'line_items' is net or gross. """
    split_into_line_items: bool
    """ Indicates whether Bill has multiple items (true) or single item (false). """
    overdue: bool
    """ the due date has passed (never for DRAFT or PAID Bills) """
    address: PurchaseAddress
    """ Address (of the supplier) of a Bill or an Expense, as bexio returns it. """
    line_items: list[BillLineItem]
    discounts: list[BillDiscount]
    attachment_ids: list[UUID]
    """ ids of the files attached to the Bill """
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    """ first name or company suffix of the supplier """
    vendor_ref: None | str | Unset = UNSET
    """ the supplier's reference """
    pending_amount: float | None | str | Unset = UNSET
    """ amount still to be paid """
    amount_man: float | None | str | Unset = UNSET
    amount_calc: float | None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    exchange_rate: float | None | str | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    """ References a purchase order object """
    base_currency_amount: float | None | str | Unset = UNSET
    qr_bill_information: None | str | Unset = UNSET
    payment: BillPaymentType0 | None | Unset = UNSET
    """ The payment planned for a Bill, as bexio returns it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bill_payment_type_0 import BillPaymentType0  # noqa: PLC0415

        id = str(self.id)

        document_no: None | str
        document_no = self.document_no

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        lastname_company: None | str
        lastname_company = self.lastname_company

        created_at: None | str
        created_at = self.created_at

        supplier_id: int | None
        supplier_id = self.supplier_id

        contact_partner_id: int | None
        contact_partner_id = self.contact_partner_id

        bill_date: None | str
        if isinstance(self.bill_date, datetime.date):
            bill_date = self.bill_date.isoformat()
        else:
            bill_date = self.bill_date

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        manual_amount = self.manual_amount

        base_currency_code: None | str
        base_currency_code = self.base_currency_code

        item_net = self.item_net

        split_into_line_items = self.split_into_line_items

        overdue = self.overdue

        address = self.address.to_dict()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        firstname_suffix: None | str | Unset
        if isinstance(self.firstname_suffix, Unset):
            firstname_suffix = UNSET
        else:
            firstname_suffix = self.firstname_suffix

        vendor_ref: None | str | Unset
        if isinstance(self.vendor_ref, Unset):
            vendor_ref = UNSET
        else:
            vendor_ref = self.vendor_ref

        pending_amount: float | None | str | Unset
        if isinstance(self.pending_amount, Unset):
            pending_amount = UNSET
        else:
            pending_amount = self.pending_amount

        amount_man: float | None | str | Unset
        if isinstance(self.amount_man, Unset):
            amount_man = UNSET
        else:
            amount_man = self.amount_man

        amount_calc: float | None | str | Unset
        if isinstance(self.amount_calc, Unset):
            amount_calc = UNSET
        else:
            amount_calc = self.amount_calc

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        exchange_rate: float | None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        purchase_order_id: int | None | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        base_currency_amount: float | None | str | Unset
        if isinstance(self.base_currency_amount, Unset):
            base_currency_amount = UNSET
        else:
            base_currency_amount = self.base_currency_amount

        qr_bill_information: None | str | Unset
        if isinstance(self.qr_bill_information, Unset):
            qr_bill_information = UNSET
        else:
            qr_bill_information = self.qr_bill_information

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, BillPaymentType0):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_no": document_no,
                "status": status,
                "lastname_company": lastname_company,
                "created_at": created_at,
                "supplier_id": supplier_id,
                "contact_partner_id": contact_partner_id,
                "bill_date": bill_date,
                "due_date": due_date,
                "manual_amount": manual_amount,
                "base_currency_code": base_currency_code,
                "item_net": item_net,
                "split_into_line_items": split_into_line_items,
                "overdue": overdue,
                "address": address,
                "line_items": line_items,
                "discounts": discounts,
                "attachment_ids": attachment_ids,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = firstname_suffix
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if pending_amount is not UNSET:
            field_dict["pending_amount"] = pending_amount
        if amount_man is not UNSET:
            field_dict["amount_man"] = amount_man
        if amount_calc is not UNSET:
            field_dict["amount_calc"] = amount_calc
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = purchase_order_id
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if qr_bill_information is not UNSET:
            field_dict["qr_bill_information"] = qr_bill_information
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_discount import BillDiscount  # noqa: PLC0415
        from ..models.bill_line_item import BillLineItem  # noqa: PLC0415
        from ..models.bill_payment_type_0 import BillPaymentType0  # noqa: PLC0415
        from ..models.purchase_address import PurchaseAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_no = _parse_document_no(d.pop("document_no"))

        def _parse_status(data: object) -> BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bill_status_type_1 = check_bill_status_type_1(data)

                return componentsschemas_bill_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bill_status_type_2_type_1 = check_bill_status_type_2_type_1(data)

                return componentsschemas_bill_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bill_status_type_3_type_1 = check_bill_status_type_3_type_1(data)

                return componentsschemas_bill_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None", data)

        status = _parse_status(d.pop("status"))

        def _parse_lastname_company(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        lastname_company = _parse_lastname_company(d.pop("lastname_company"))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_supplier_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id"))

        def _parse_contact_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_partner_id = _parse_contact_partner_id(d.pop("contact_partner_id"))

        def _parse_bill_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bill_date_type_0 = datetime.date.fromisoformat(data)

                return bill_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        bill_date = _parse_bill_date(d.pop("bill_date"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        due_date = _parse_due_date(d.pop("due_date"))

        manual_amount = d.pop("manual_amount")

        def _parse_base_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        base_currency_code = _parse_base_currency_code(d.pop("base_currency_code"))

        item_net = d.pop("item_net")

        split_into_line_items = d.pop("split_into_line_items")

        overdue = d.pop("overdue")

        address = PurchaseAddress.from_dict(d.pop("address"))

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = BillLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = BillDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_firstname_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        firstname_suffix = _parse_firstname_suffix(d.pop("firstname_suffix", UNSET))

        def _parse_vendor_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        vendor_ref = _parse_vendor_ref(d.pop("vendor_ref", UNSET))

        def _parse_pending_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        pending_amount = _parse_pending_amount(d.pop("pending_amount", UNSET))

        def _parse_amount_man(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        amount_man = _parse_amount_man(d.pop("amount_man", UNSET))

        def _parse_amount_calc(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        amount_calc = _parse_amount_calc(d.pop("amount_calc", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_purchase_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        purchase_order_id = _parse_purchase_order_id(d.pop("purchase_order_id", UNSET))

        def _parse_base_currency_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        base_currency_amount = _parse_base_currency_amount(d.pop("base_currency_amount", UNSET))

        def _parse_qr_bill_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        qr_bill_information = _parse_qr_bill_information(d.pop("qr_bill_information", UNSET))

        def _parse_payment(data: object) -> BillPaymentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bill_payment_type_0 = BillPaymentType0.from_dict(data)

                return componentsschemas_bill_payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BillPaymentType0 | None | Unset", data)

        payment = _parse_payment(d.pop("payment", UNSET))

        bill = cls(
            id=id,
            document_no=document_no,
            status=status,
            lastname_company=lastname_company,
            created_at=created_at,
            supplier_id=supplier_id,
            contact_partner_id=contact_partner_id,
            bill_date=bill_date,
            due_date=due_date,
            manual_amount=manual_amount,
            base_currency_code=base_currency_code,
            item_net=item_net,
            split_into_line_items=split_into_line_items,
            overdue=overdue,
            address=address,
            line_items=line_items,
            discounts=discounts,
            attachment_ids=attachment_ids,
            title=title,
            firstname_suffix=firstname_suffix,
            vendor_ref=vendor_ref,
            pending_amount=pending_amount,
            amount_man=amount_man,
            amount_calc=amount_calc,
            currency_code=currency_code,
            exchange_rate=exchange_rate,
            purchase_order_id=purchase_order_id,
            base_currency_amount=base_currency_amount,
            qr_bill_information=qr_bill_information,
            payment=payment,
        )

        bill.additional_properties = d
        return bill

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
