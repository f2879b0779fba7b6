from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    INT,
    NUMBER,
    RAISE,
    STR,
    UUID_TEXT,
    Enum,
    Field,
    ListOf,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_uuid,
    read_model,
)
from ..models.bill_status_type_1 import BillStatusType1
from ..models.bill_status_type_2_type_1 import BillStatusType2Type1
from ..models.bill_status_type_3_type_1 import BillStatusType3Type1
from ..types import UNSET, Unset
from .bill_status_type_1 import BILL_STATUS_TYPE_1_VALUES
from .bill_status_type_2_type_1 import BILL_STATUS_TYPE_2_TYPE_1_VALUES
from .bill_status_type_3_type_1 import BILL_STATUS_TYPE_3_TYPE_1_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["document_no"] = self.document_no
        field_dict["status"] = self.status
        field_dict["lastname_company"] = self.lastname_company
        field_dict["created_at"] = self.created_at
        field_dict["supplier_id"] = self.supplier_id
        field_dict["contact_partner_id"] = self.contact_partner_id
        field_dict["bill_date"] = dump(self.bill_date)
        field_dict["due_date"] = dump(self.due_date)
        field_dict["manual_amount"] = self.manual_amount
        field_dict["base_currency_code"] = self.base_currency_code
        field_dict["item_net"] = self.item_net
        field_dict["split_into_line_items"] = self.split_into_line_items
        field_dict["overdue"] = self.overdue
        field_dict["address"] = dump(self.address)
        field_dict["line_items"] = dump(self.line_items)
        field_dict["discounts"] = dump(self.discounts)
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = self.firstname_suffix
        if self.vendor_ref is not UNSET:
            field_dict["vendor_ref"] = self.vendor_ref
        if self.pending_amount is not UNSET:
            field_dict["pending_amount"] = self.pending_amount
        if self.amount_man is not UNSET:
            field_dict["amount_man"] = self.amount_man
        if self.amount_calc is not UNSET:
            field_dict["amount_calc"] = self.amount_calc
        if self.currency_code is not UNSET:
            field_dict["currency_code"] = self.currency_code
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = self.exchange_rate
        if self.purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = self.purchase_order_id
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = self.base_currency_amount
        if self.qr_bill_information is not UNSET:
            field_dict["qr_bill_information"] = self.qr_bill_information
        if self.payment is not UNSET:
            field_dict["payment"] = dump(self.payment)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Bill from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            document_no = src_dict["document_no"]
            status = src_dict["status"]
            lastname_company = src_dict["lastname_company"]
            created_at = src_dict["created_at"]
            supplier_id = src_dict["supplier_id"]
            contact_partner_id = src_dict["contact_partner_id"]
            bill_date = src_dict["bill_date"]
            if bill_date is not None:
                bill_date = parse_date(bill_date)
            due_date = src_dict["due_date"]
            if due_date is not None:
                due_date = parse_date(due_date)
            manual_amount = src_dict["manual_amount"]
            base_currency_code = src_dict["base_currency_code"]
            item_net = src_dict["item_net"]
            split_into_line_items = src_dict["split_into_line_items"]
            overdue = src_dict["overdue"]
            address = src_dict["address"]
            address = PurchaseAddress.from_dict(address)
            line_items = src_dict["line_items"]
            line_items = [BillLineItem.from_dict(item) for item in line_items]
            discounts = src_dict["discounts"]
            discounts = [BillDiscount.from_dict(item) for item in discounts]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            title = src_dict.get("title", UNSET)
            firstname_suffix = src_dict.get("firstname_suffix", UNSET)
            vendor_ref = src_dict.get("vendor_ref", UNSET)
            pending_amount = src_dict.get("pending_amount", UNSET)
            amount_man = src_dict.get("amount_man", UNSET)
            amount_calc = src_dict.get("amount_calc", UNSET)
            currency_code = src_dict.get("currency_code", UNSET)
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            purchase_order_id = src_dict.get("purchase_order_id", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            qr_bill_information = src_dict.get("qr_bill_information", UNSET)
            payment = src_dict.get("payment", UNSET)
            if payment is not None and payment is not UNSET:
                payment = BillPaymentType0.from_dict(payment)
            if not (
                (document_no is None or type(document_no) is str)
                and (
                    status is None
                    or (
                        status in BILL_STATUS_TYPE_1_VALUES
                        or status in BILL_STATUS_TYPE_2_TYPE_1_VALUES
                        or status in BILL_STATUS_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (lastname_company is None or type(lastname_company) is str)
                and (created_at is None or type(created_at) is str)
                and (supplier_id is None or type(supplier_id) is int)
                and (contact_partner_id is None or type(contact_partner_id) is int)
                and type(manual_amount) is bool
                and (base_currency_code is None or type(base_currency_code) is str)
                and type(item_net) is bool
                and type(split_into_line_items) is bool
                and type(overdue) is bool
                and (title is None or title is UNSET or type(title) is str)
                and (firstname_suffix is None or firstname_suffix is UNSET or type(firstname_suffix) is str)
                and (vendor_ref is None or vendor_ref is UNSET or type(vendor_ref) is str)
                and (
                    pending_amount is None
                    or pending_amount is UNSET
                    or (type(pending_amount) in _NUMBER or type(pending_amount) is str)
                )
                and (
                    amount_man is None
                    or amount_man is UNSET
                    or (type(amount_man) in _NUMBER or type(amount_man) is str)
                )
                and (
                    amount_calc is None
                    or amount_calc is UNSET
                    or (type(amount_calc) in _NUMBER or type(amount_calc) is str)
                )
                and (currency_code is None or currency_code is UNSET or type(currency_code) is str)
                and (
                    exchange_rate is None
                    or exchange_rate is UNSET
                    or (type(exchange_rate) in _NUMBER or type(exchange_rate) is str)
                )
                and (purchase_order_id is None or purchase_order_id is UNSET or type(purchase_order_id) is int)
                and (
                    base_currency_amount is None
                    or base_currency_amount is UNSET
                    or (type(base_currency_amount) in _NUMBER or type(base_currency_amount) is str)
                )
                and (qr_bill_information is None or qr_bill_information is UNSET or type(qr_bill_information) is str)
            ):
                raise TypeError
            self = cls(
                id,
                document_no,
                status,
                lastname_company,
                created_at,
                supplier_id,
                contact_partner_id,
                bill_date,
                due_date,
                manual_amount,
                base_currency_code,
                item_net,
                split_into_line_items,
                overdue,
                address,
                line_items,
                discounts,
                attachment_ids,
                title,
                firstname_suffix,
                vendor_ref,
                pending_amount,
                amount_man,
                amount_calc,
                currency_code,
                exchange_rate,
                purchase_order_id,
                base_currency_amount,
                qr_bill_information,
                payment,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 18 and not _KNOWN.issuperset(src_dict):
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


from .bill_discount import BillDiscount  # noqa: E402
from .bill_line_item import BillLineItem  # noqa: E402
from .bill_payment_type_0 import BillPaymentType0  # noqa: E402
from .purchase_address import PurchaseAddress  # noqa: E402

_ATTACHMENT_IDS_KIND = ListOf(UUID_TEXT)
_FIELDS = (
    Field("id", "id", True, UUID_TEXT),
    Field("document_no", "document_no", True, Nullable(STR)),
    Field(
        "status",
        "status",
        True,
        Nullable(
            OneOf(
                (
                    Enum(BILL_STATUS_TYPE_1_VALUES),
                    Enum(BILL_STATUS_TYPE_2_TYPE_1_VALUES),
                    Enum(BILL_STATUS_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("lastname_company", "lastname_company", True, Nullable(STR)),
    Field("created_at", "created_at", True, Nullable(STR)),
    Field("supplier_id", "supplier_id", True, Nullable(INT)),
    Field("contact_partner_id", "contact_partner_id", True, Nullable(INT)),
    Field("bill_date", "bill_date", True, Nullable(DATE)),
    Field("due_date", "due_date", True, Nullable(DATE)),
    Field("manual_amount", "manual_amount", True, BOOL),
    Field("base_currency_code", "base_currency_code", True, Nullable(STR)),
    Field("item_net", "item_net", True, BOOL),
    Field("split_into_line_items", "split_into_line_items", True, BOOL),
    Field("overdue", "overdue", True, BOOL),
    Field("address", "address", True, Model(PurchaseAddress)),
    Field("line_items", "line_items", True, ListOf(Model(BillLineItem))),
    Field("discounts", "discounts", True, ListOf(Model(BillDiscount))),
    Field("attachment_ids", "attachment_ids", True, ListOf(UUID_TEXT)),
    Field("title", "title", False, Nullable(STR)),
    Field("firstname_suffix", "firstname_suffix", False, Nullable(STR)),
    Field("vendor_ref", "vendor_ref", False, Nullable(STR)),
    Field(
        "pending_amount",
        "pending_amount",
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
        "amount_man",
        "amount_man",
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
        "amount_calc",
        "amount_calc",
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
    Field("currency_code", "currency_code", False, Nullable(STR)),
    Field(
        "exchange_rate",
        "exchange_rate",
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
    Field("purchase_order_id", "purchase_order_id", False, Nullable(INT)),
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
    Field("qr_bill_information", "qr_bill_information", False, Nullable(STR)),
    Field("payment", "payment", False, Nullable(Model(BillPaymentType0))),
)
_KNOWN = frozenset(
    {
        "id",
        "document_no",
        "status",
        "lastname_company",
        "created_at",
        "supplier_id",
        "contact_partner_id",
        "bill_date",
        "due_date",
        "manual_amount",
        "base_currency_code",
        "item_net",
        "split_into_line_items",
        "overdue",
        "address",
        "line_items",
        "discounts",
        "attachment_ids",
        "title",
        "firstname_suffix",
        "vendor_ref",
        "pending_amount",
        "amount_man",
        "amount_calc",
        "currency_code",
        "exchange_rate",
        "purchase_order_id",
        "base_currency_amount",
        "qr_bill_information",
        "payment",
    }
)
