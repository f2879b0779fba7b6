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
    Model,
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
class Expense:
    """An Expense as bexio returns it (create, get, update, status change, action). `required` as in bexio's published
    schema (research/nested-schemas.md §4).

    """

    id: UUID
    status: ExpenseStatusType1 | ExpenseStatusType2Type1 | ExpenseStatusType3Type1 | None
    """ The status of an Expense. """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS+HHMM` """
    paid_on: datetime.date | None
    currency_code: None | str
    base_currency_code: None | str
    amount: float | None | str
    attachment_ids: list[UUID]
    """ ids of the files attached to the Expense """
    document_no: None | str | Unset = UNSET
    """ number of the Expense (assigned automatically, editable) """
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    """ first name or company suffix of the supplier """
    lastname_company: None | str | Unset = UNSET
    """ last name or company name of the supplier """
    supplier_id: int | None | Unset = UNSET
    """ References a contact object """
    bank_account_id: int | None | Unset = UNSET
    """ References a bank account object """
    booking_account_id: int | None | Unset = UNSET
    """ References an account object """
    exchange_rate: float | None | str | Unset = UNSET
    tax_man: float | None | str | Unset = UNSET
    """ manually entered tax (bexio's published schema marks it deprecated on get and update) """
    tax_calc: float | None | str | Unset = UNSET
    """ tax computed from 'amount' and 'tax_id' """
    tax_id: int | None | Unset = UNSET
    """ References a tax object """
    base_currency_amount: float | None | str | Unset = UNSET
    transaction_id: None | Unset | UUID = UNSET
    """ the bank transaction the Expense is reconciled with """
    invoice_id: None | Unset | UUID = UNSET
    """ the invoice the Expense is linked to """
    project_id: None | Unset | UUID = UNSET
    """ the project the Expense is linked to """
    address: None | PurchaseAddress | Unset = UNSET
    """ The supplier's address; null when 'supplier_id' is not set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["status"] = self.status
        field_dict["created_at"] = self.created_at
        field_dict["paid_on"] = dump(self.paid_on)
        field_dict["currency_code"] = self.currency_code
        field_dict["base_currency_code"] = self.base_currency_code
        field_dict["amount"] = self.amount
        field_dict["attachment_ids"] = dump(self.attachment_ids)
        if self.document_no is not UNSET:
            field_dict["document_no"] = self.document_no
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = self.firstname_suffix
        if self.lastname_company is not UNSET:
            field_dict["lastname_company"] = self.lastname_company
        if self.supplier_id is not UNSET:
            field_dict["supplier_id"] = self.supplier_id
        if self.bank_account_id is not UNSET:
            field_dict["bank_account_id"] = self.bank_account_id
        if self.booking_account_id is not UNSET:
            field_dict["booking_account_id"] = self.booking_account_id
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = self.exchange_rate
        if self.tax_man is not UNSET:
            field_dict["tax_man"] = self.tax_man
        if self.tax_calc is not UNSET:
            field_dict["tax_calc"] = self.tax_calc
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = self.base_currency_amount
        if self.transaction_id is not UNSET:
            field_dict["transaction_id"] = dump(self.transaction_id)
        if self.invoice_id is not UNSET:
            field_dict["invoice_id"] = dump(self.invoice_id)
        if self.project_id is not UNSET:
            field_dict["project_id"] = dump(self.project_id)
        if self.address is not UNSET:
            field_dict["address"] = dump(self.address)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Expense from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            status = src_dict["status"]
            created_at = src_dict["created_at"]
            paid_on = src_dict["paid_on"]
            if paid_on is not None:
                paid_on = parse_date(paid_on)
            currency_code = src_dict["currency_code"]
            base_currency_code = src_dict["base_currency_code"]
            amount = src_dict["amount"]
            attachment_ids = src_dict["attachment_ids"]
            attachment_ids = _ATTACHMENT_IDS_KIND.convert(attachment_ids, RAISE)
            document_no = src_dict.get("document_no", UNSET)
            title = src_dict.get("title", UNSET)
            firstname_suffix = src_dict.get("firstname_suffix", UNSET)
            lastname_company = src_dict.get("lastname_company", UNSET)
            supplier_id = src_dict.get("supplier_id", UNSET)
            bank_account_id = src_dict.get("bank_account_id", UNSET)
            booking_account_id = src_dict.get("booking_account_id", UNSET)
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            tax_man = src_dict.get("tax_man", UNSET)
            tax_calc = src_dict.get("tax_calc", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            transaction_id = src_dict.get("transaction_id", UNSET)
            if transaction_id is not None and transaction_id is not UNSET:
                transaction_id = parse_uuid(transaction_id)
            invoice_id = src_dict.get("invoice_id", UNSET)
            if invoice_id is not None and invoice_id is not UNSET:
                invoice_id = parse_uuid(invoice_id)
            project_id = src_dict.get("project_id", UNSET)
            if project_id is not None and project_id is not UNSET:
                project_id = parse_uuid(project_id)
            address = src_dict.get("address", UNSET)
            if address is not None and address is not UNSET:
                address = PurchaseAddress.from_dict(address)
            if not (
                (
                    status is None
                    or (
                        status in EXPENSE_STATUS_TYPE_1_VALUES
                        or status in EXPENSE_STATUS_TYPE_2_TYPE_1_VALUES
                        or status in EXPENSE_STATUS_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (created_at is None or type(created_at) is str)
                and (currency_code is None or type(currency_code) is str)
                and (base_currency_code is None or type(base_currency_code) is str)
                and (amount is None or (type(amount) in _NUMBER or type(amount) is str))
                and (document_no is None or document_no is UNSET or type(document_no) is str)
                and (title is None or title is UNSET or type(title) is str)
                and (firstname_suffix is None or firstname_suffix is UNSET or type(firstname_suffix) is str)
                and (lastname_company is None or lastname_company is UNSET or type(lastname_company) is str)
                and (supplier_id is None or supplier_id is UNSET or type(supplier_id) is int)
                and (bank_account_id is None or bank_account_id is UNSET or type(bank_account_id) is int)
                and (booking_account_id is None or booking_account_id is UNSET or type(booking_account_id) is int)
                and (
                    exchange_rate is None
                    or exchange_rate is UNSET
                    or (type(exchange_rate) in _NUMBER or type(exchange_rate) is str)
                )
                and (tax_man is None or tax_man is UNSET or (type(tax_man) in _NUMBER or type(tax_man) is str))
                and (tax_calc is None or tax_calc is UNSET or (type(tax_calc) in _NUMBER or type(tax_calc) is str))
                and (tax_id is None or tax_id is UNSET or type(tax_id) is int)
                and (
                    base_currency_amount is None
                    or base_currency_amount is UNSET
                    or (type(base_currency_amount) in _NUMBER or type(base_currency_amount) is str)
                )
            ):
                raise TypeError
            self = cls(
                id,
                status,
                created_at,
                paid_on,
                currency_code,
                base_currency_code,
                amount,
                attachment_ids,
                document_no,
                title,
                firstname_suffix,
                lastname_company,
                supplier_id,
                bank_account_id,
                booking_account_id,
                exchange_rate,
                tax_man,
                tax_calc,
                tax_id,
                base_currency_amount,
                transaction_id,
                invoice_id,
                project_id,
                address,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 8 and not _KNOWN.issuperset(src_dict):
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


from .purchase_address import PurchaseAddress  # noqa: E402

_ATTACHMENT_IDS_KIND = ListOf(UUID_TEXT)
_FIELDS = (
    Field("id", "id", True, UUID_TEXT),
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
    Field("base_currency_code", "base_currency_code", True, Nullable(STR)),
    Field(
        "amount",
        "amount",
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
    Field("document_no", "document_no", False, Nullable(STR)),
    Field("title", "title", False, Nullable(STR)),
    Field("firstname_suffix", "firstname_suffix", False, Nullable(STR)),
    Field("lastname_company", "lastname_company", False, Nullable(STR)),
    Field("supplier_id", "supplier_id", False, Nullable(INT)),
    Field("bank_account_id", "bank_account_id", False, Nullable(INT)),
    Field("booking_account_id", "booking_account_id", False, Nullable(INT)),
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
    Field(
        "tax_man",
        "tax_man",
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
        "tax_calc",
        "tax_calc",
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
    Field("tax_id", "tax_id", False, Nullable(INT)),
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
    Field("transaction_id", "transaction_id", False, Nullable(UUID_TEXT)),
    Field("invoice_id", "invoice_id", False, Nullable(UUID_TEXT)),
    Field("project_id", "project_id", False, Nullable(UUID_TEXT)),
    Field("address", "address", False, Nullable(Model(PurchaseAddress))),
)
_KNOWN = frozenset(
    {
        "id",
        "status",
        "created_at",
        "paid_on",
        "currency_code",
        "base_currency_code",
        "amount",
        "attachment_ids",
        "document_no",
        "title",
        "firstname_suffix",
        "lastname_company",
        "supplier_id",
        "bank_account_id",
        "booking_account_id",
        "exchange_rate",
        "tax_man",
        "tax_calc",
        "tax_id",
        "base_currency_amount",
        "transaction_id",
        "invoice_id",
        "project_id",
        "address",
    }
)
