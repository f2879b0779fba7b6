from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATE,
    INT,
    STR,
    Field,
    Nullable,
    dump,
    parse_date,
    read_model,
)


@_attrs_define
class InvoicePayment:
    """A payment of an invoice as bexio returns it (fields read from the response samples)."""

    id: int
    date: datetime.date
    value: str
    """ The amount paid, a decimal number as a string (e.g. "10.0000"). """
    bank_account_id: int | None
    """ References a bank account object """
    title: str
    payment_service_id: int | None
    is_client_account_redemption: bool
    is_cash_discount: bool
    kb_invoice_id: int
    """ References an invoice object """
    kb_credit_voucher_id: int | None
    kb_bill_id: int | None
    kb_credit_voucher_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["date"] = dump(self.date)
        field_dict["value"] = self.value
        field_dict["bank_account_id"] = self.bank_account_id
        field_dict["title"] = self.title
        field_dict["payment_service_id"] = self.payment_service_id
        field_dict["is_client_account_redemption"] = self.is_client_account_redemption
        field_dict["is_cash_discount"] = self.is_cash_discount
        field_dict["kb_invoice_id"] = self.kb_invoice_id
        field_dict["kb_credit_voucher_id"] = self.kb_credit_voucher_id
        field_dict["kb_bill_id"] = self.kb_bill_id
        field_dict["kb_credit_voucher_text"] = self.kb_credit_voucher_text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A InvoicePayment from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            date = src_dict["date"]
            date = parse_date(date)
            value = src_dict["value"]
            bank_account_id = src_dict["bank_account_id"]
            title = src_dict["title"]
            payment_service_id = src_dict["payment_service_id"]
            is_client_account_redemption = src_dict["is_client_account_redemption"]
            is_cash_discount = src_dict["is_cash_discount"]
            kb_invoice_id = src_dict["kb_invoice_id"]
            kb_credit_voucher_id = src_dict["kb_credit_voucher_id"]
            kb_bill_id = src_dict["kb_bill_id"]
            kb_credit_voucher_text = src_dict["kb_credit_voucher_text"]
            if not (
                type(id) is int
                and type(value) is str
                and (bank_account_id is None or type(bank_account_id) is int)
                and type(title) is str
                and (payment_service_id is None or type(payment_service_id) is int)
                and type(is_client_account_redemption) is bool
                and type(is_cash_discount) is bool
                and type(kb_invoice_id) is int
                and (kb_credit_voucher_id is None or type(kb_credit_voucher_id) is int)
                and (kb_bill_id is None or type(kb_bill_id) is int)
                and type(kb_credit_voucher_text) is str
            ):
                raise TypeError
            self = cls(
                id,
                date,
                value,
                bank_account_id,
                title,
                payment_service_id,
                is_client_account_redemption,
                is_cash_discount,
                kb_invoice_id,
                kb_credit_voucher_id,
                kb_bill_id,
                kb_credit_voucher_text,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 12:
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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("date", "date", True, DATE),
    Field("value", "value", True, STR),
    Field("bank_account_id", "bank_account_id", True, Nullable(INT)),
    Field("title", "title", True, STR),
    Field("payment_service_id", "payment_service_id", True, Nullable(INT)),
    Field("is_client_account_redemption", "is_client_account_redemption", True, BOOL),
    Field("is_cash_discount", "is_cash_discount", True, BOOL),
    Field("kb_invoice_id", "kb_invoice_id", True, INT),
    Field("kb_credit_voucher_id", "kb_credit_voucher_id", True, Nullable(INT)),
    Field("kb_bill_id", "kb_bill_id", True, Nullable(INT)),
    Field("kb_credit_voucher_text", "kb_credit_voucher_text", True, STR),
)
_KNOWN = frozenset(
    {
        "id",
        "date",
        "value",
        "bank_account_id",
        "title",
        "payment_service_id",
        "is_client_account_redemption",
        "is_cash_discount",
        "kb_invoice_id",
        "kb_credit_voucher_id",
        "kb_bill_id",
        "kb_credit_voucher_text",
    }
)
