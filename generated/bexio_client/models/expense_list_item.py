from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
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
from ..models.expense_status_type_1 import ExpenseStatusType1
from ..models.expense_status_type_2_type_1 import ExpenseStatusType2Type1
from ..models.expense_status_type_3_type_1 import ExpenseStatusType3Type1
from ..types import UNSET, Unset
from .expense_status_type_1 import EXPENSE_STATUS_TYPE_1_VALUES
from .expense_status_type_2_type_1 import EXPENSE_STATUS_TYPE_2_TYPE_1_VALUES
from .expense_status_type_3_type_1 import EXPENSE_STATUS_TYPE_3_TYPE_1_VALUES


@_attrs_define
class ExpenseListItem:
    """An Expense as the list returns it (item of `data`; research/nested-schemas.md §4, as the reference collapses it)."""

    id: UUID
    document_no: None | str
    status: ExpenseStatusType1 | ExpenseStatusType2Type1 | ExpenseStatusType3Type1 | None
    """ The status of an Expense. """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS+HHMM` """
    paid_on: datetime.date | None
    currency_code: None | str
    net: float | None | str
    """ net amount (from 'amount' and the tax) """
    gross: float | None | str
    """ gross amount (from 'amount' and the tax) """
    attachment_ids: list[UUID]
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    lastname_company: None | str | Unset = UNSET
    vendor: None | str | Unset = UNSET
    """ firstname_suffix and lastname_company joined """
    booking_account_id: int | None | Unset = UNSET
    """ References an account object """
    project_id: None | Unset | UUID = UNSET
    transaction_id: None | Unset | UUID = UNSET
    invoice_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["document_no"] = self.document_no
        field_dict["status"] = self.status
        field_dict["created_at"] = self.created_at
        field_dict["paid_on"] = dump(self.paid_on)
        field_dict["currency_code"] = self.currency_code
        field_dict["net"] = self.net
        field_dict["gross"] = self.gross
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = self.firstname_suffix
        if self.lastname_company is not UNSET:
            field_dict["lastname_company"] = self.lastname_company
        if self.vendor is not UNSET:
            field_dict["vendor"] = self.vendor
        if self.booking_account_id is not UNSET:
            field_dict["booking_account_id"] = self.booking_account_id
        if self.project_id is not UNSET:
            field_dict["project_id"] = dump(self.project_id)
        if self.transaction_id is not UNSET:
            field_dict["transaction_id"] = dump(self.transaction_id)
        if self.invoice_id is not UNSET:
            field_dict["invoice_id"] = dump(self.invoice_id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ExpenseListItem from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            document_no = src_dict["document_no"]
            status = src_dict["status"]
            created_at = src_dict["created_at"]
            paid_on = src_dict["paid_on"]
            if paid_on is not None:
                paid_on = parse_date(paid_on)
            currency_code = src_dict["currency_code"]
            net = src_dict["net"]
            gross = src_dict["gross"]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            title = src_dict.get("title", UNSET)
            firstname_suffix = src_dict.get("firstname_suffix", UNSET)
            lastname_company = src_dict.get("lastname_company", UNSET)
            vendor = src_dict.get("vendor", UNSET)
            booking_account_id = src_dict.get("booking_account_id", UNSET)
            project_id = src_dict.get("project_id", UNSET)
            if project_id is not None and project_id is not UNSET:
                project_id = parse_uuid(project_id)
            transaction_id = src_dict.get("transaction_id", UNSET)
            if transaction_id is not None and transaction_id is not UNSET:
                transaction_id = parse_uuid(transaction_id)
            invoice_id = src_dict.get("invoice_id", UNSET)
            if invoice_id is not None and invoice_id is not UNSET:
                invoice_id = parse_uuid(invoice_id)
            if not (
                (document_no is None or type(document_no) is str)
                and (
                    status is None
                    or (
                        status in EXPENSE_STATUS_TYPE_1_VALUES
                        or status in EXPENSE_STATUS_TYPE_2_TYPE_1_VALUES
                        or status in EXPENSE_STATUS_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (created_at is None or type(created_at) is str)
                and (currency_code is None or type(currency_code) is str)
                and (net is None or (type(net) in _NUMBER or type(net) is str))
                and (gross is None or (type(gross) in _NUMBER or type(gross) is str))
                and (title is None or title is UNSET or type(title) is str)
                and (firstname_suffix is None or firstname_suffix is UNSET or type(firstname_suffix) is str)
                and (lastname_company is None or lastname_company is UNSET or type(lastname_company) is str)
                and (vendor is None or vendor is UNSET or type(vendor) is str)
                and (booking_account_id is None or booking_account_id is UNSET or type(booking_account_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                document_no,
                status,
                created_at,
                paid_on,
                currency_code,
                net,
                gross,
                attachment_ids,
                title,
                firstname_suffix,
                lastname_company,
                vendor,
                booking_account_id,
                project_id,
                transaction_id,
                invoice_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 9 + (title is not UNSET) + (firstname_suffix is not UNSET) + (
            lastname_company is not UNSET
        ) + (vendor is not UNSET) + (booking_account_id is not UNSET) + (project_id is not UNSET) + (
            transaction_id is not UNSET
        ) + (invoice_id is not UNSET):
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
                    Enum(EXPENSE_STATUS_TYPE_1_VALUES),
                    Enum(EXPENSE_STATUS_TYPE_2_TYPE_1_VALUES),
                    Enum(EXPENSE_STATUS_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("created_at", "created_at", True, Nullable(STR)),
    Field("paid_on", "paid_on", True, Nullable(DATE)),
    Field("currency_code", "currency_code", True, Nullable(STR)),
    Field(
        "net",
        "net",
        True,
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
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("attachment_ids", "attachment_ids", True, ListOf(UUID_TEXT)),
    Field("title", "title", False, Nullable(STR)),
    Field("firstname_suffix", "firstname_suffix", False, Nullable(STR)),
    Field("lastname_company", "lastname_company", False, Nullable(STR)),
    Field("vendor", "vendor", False, Nullable(STR)),
    Field("booking_account_id", "booking_account_id", False, Nullable(INT)),
    Field("project_id", "project_id", False, Nullable(UUID_TEXT)),
    Field("transaction_id", "transaction_id", False, Nullable(UUID_TEXT)),
    Field("invoice_id", "invoice_id", False, Nullable(UUID_TEXT)),
)
_KNOWN = frozenset(
    {
        "id",
        "document_no",
        "status",
        "created_at",
        "paid_on",
        "currency_code",
        "net",
        "gross",
        "attachment_ids",
        "title",
        "firstname_suffix",
        "lastname_company",
        "vendor",
        "booking_account_id",
        "project_id",
        "transaction_id",
        "invoice_id",
    }
)
