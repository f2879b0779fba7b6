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
class BillListItem:
    """A Bill as the list returns it (item of `data`; research/nested-schemas.md §3, as the reference collapses it)."""

    id: UUID
    document_no: None | str
    """ number of the Bill (assigned automatically, editable); null after an update that left it out """
    status: BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None
    """ The status of a Bill. """
    lastname_company: None | str
    vendor: None | str
    """ firstname_suffix and lastname_company joined """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS` """
    currency_code: None | str
    bill_date: datetime.date | None
    due_date: datetime.date | None
    overdue: bool
    """ the due date has passed (never for DRAFT or PAID Bills) """
    booking_account_ids: list[int]
    """ the accounts the line items are booked on """
    attachment_ids: list[UUID]
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    vendor_ref: None | str | Unset = UNSET
    pending_amount: float | None | str | Unset = UNSET
    """ amount still to be paid """
    net: float | None | str | Unset = UNSET
    """ net total of the line items and discounts """
    gross: float | None | str | Unset = UNSET
    """ gross total of the line items and discounts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["document_no"] = self.document_no
        field_dict["status"] = self.status
        field_dict["lastname_company"] = self.lastname_company
        field_dict["vendor"] = self.vendor
        field_dict["created_at"] = self.created_at
        field_dict["currency_code"] = self.currency_code
        field_dict["bill_date"] = dump(self.bill_date)
        field_dict["due_date"] = dump(self.due_date)
        field_dict["overdue"] = self.overdue
        field_dict["booking_account_ids"] = dump(self.booking_account_ids)
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = self.firstname_suffix
        if self.vendor_ref is not UNSET:
            field_dict["vendor_ref"] = self.vendor_ref
        if self.pending_amount is not UNSET:
            field_dict["pending_amount"] = self.pending_amount
        if self.net is not UNSET:
            field_dict["net"] = self.net
        if self.gross is not UNSET:
            field_dict["gross"] = self.gross
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillListItem from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            document_no = src_dict["document_no"]
            status = src_dict["status"]
            lastname_company = src_dict["lastname_company"]
            vendor = src_dict["vendor"]
            created_at = src_dict["created_at"]
            currency_code = src_dict["currency_code"]
            bill_date = src_dict["bill_date"]
            if bill_date is not None:
                bill_date = parse_date(bill_date)
            due_date = src_dict["due_date"]
            if due_date is not None:
                due_date = parse_date(due_date)
            overdue = src_dict["overdue"]
            booking_account_ids = src_dict["booking_account_ids"]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            title = src_dict.get("title", UNSET)
            firstname_suffix = src_dict.get("firstname_suffix", UNSET)
            vendor_ref = src_dict.get("vendor_ref", UNSET)
            pending_amount = src_dict.get("pending_amount", UNSET)
            net = src_dict.get("net", UNSET)
            gross = src_dict.get("gross", UNSET)
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
                and (vendor is None or type(vendor) is str)
                and (created_at is None or type(created_at) is str)
                and (currency_code is None or type(currency_code) is str)
                and type(overdue) is bool
                and (type(booking_account_ids) is list and all(type(item) is int for item in booking_account_ids))
                and (title is None or title is UNSET or type(title) is str)
                and (firstname_suffix is None or firstname_suffix is UNSET or type(firstname_suffix) is str)
                and (vendor_ref is None or vendor_ref is UNSET or type(vendor_ref) is str)
                and (
                    pending_amount is None
                    or pending_amount is UNSET
                    or (type(pending_amount) in _NUMBER or type(pending_amount) is str)
                )
                and (net is None or net is UNSET or (type(net) in _NUMBER or type(net) is str))
                and (gross is None or gross is UNSET or (type(gross) in _NUMBER or type(gross) is str))
            ):
                raise TypeError
            self = cls(
                id,
                document_no,
                status,
                lastname_company,
                vendor,
                created_at,
                currency_code,
                bill_date,
                due_date,
                overdue,
                booking_account_ids,
                attachment_ids,
                title,
                firstname_suffix,
                vendor_ref,
                pending_amount,
                net,
                gross,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 12 + (title is not UNSET) + (firstname_suffix is not UNSET) + (vendor_ref is not UNSET) + (
            pending_amount is not UNSET
        ) + (net is not UNSET) + (gross is not UNSET):
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
    Field("vendor", "vendor", True, Nullable(STR)),
    Field("created_at", "created_at", True, Nullable(STR)),
    Field("currency_code", "currency_code", True, Nullable(STR)),
    Field("bill_date", "bill_date", True, Nullable(DATE)),
    Field("due_date", "due_date", True, Nullable(DATE)),
    Field("overdue", "overdue", True, BOOL),
    Field("booking_account_ids", "booking_account_ids", True, ListOf(INT)),
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
        "net",
        "net",
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
        "gross",
        "gross",
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
)
_KNOWN = frozenset(
    {
        "id",
        "document_no",
        "status",
        "lastname_company",
        "vendor",
        "created_at",
        "currency_code",
        "bill_date",
        "due_date",
        "overdue",
        "booking_account_ids",
        "attachment_ids",
        "title",
        "firstname_suffix",
        "vendor_ref",
        "pending_amount",
        "net",
        "gross",
    }
)
