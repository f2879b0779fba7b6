from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoicePayment")


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
        id = self.id

        date = self.date.isoformat()

        value = self.value

        bank_account_id: int | None
        bank_account_id = self.bank_account_id

        title = self.title

        payment_service_id: int | None
        payment_service_id = self.payment_service_id

        is_client_account_redemption = self.is_client_account_redemption

        is_cash_discount = self.is_cash_discount

        kb_invoice_id = self.kb_invoice_id

        kb_credit_voucher_id: int | None
        kb_credit_voucher_id = self.kb_credit_voucher_id

        kb_bill_id: int | None
        kb_bill_id = self.kb_bill_id

        kb_credit_voucher_text = self.kb_credit_voucher_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
                "value": value,
                "bank_account_id": bank_account_id,
                "title": title,
                "payment_service_id": payment_service_id,
                "is_client_account_redemption": is_client_account_redemption,
                "is_cash_discount": is_cash_discount,
                "kb_invoice_id": kb_invoice_id,
                "kb_credit_voucher_id": kb_credit_voucher_id,
                "kb_bill_id": kb_bill_id,
                "kb_credit_voucher_text": kb_credit_voucher_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        value = d.pop("value")

        def _parse_bank_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id"))

        title = d.pop("title")

        def _parse_payment_service_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        payment_service_id = _parse_payment_service_id(d.pop("payment_service_id"))

        is_client_account_redemption = d.pop("is_client_account_redemption")

        is_cash_discount = d.pop("is_cash_discount")

        kb_invoice_id = d.pop("kb_invoice_id")

        def _parse_kb_credit_voucher_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        kb_credit_voucher_id = _parse_kb_credit_voucher_id(d.pop("kb_credit_voucher_id"))

        def _parse_kb_bill_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        kb_bill_id = _parse_kb_bill_id(d.pop("kb_bill_id"))

        kb_credit_voucher_text = d.pop("kb_credit_voucher_text")

        invoice_payment = cls(
            id=id,
            date=date,
            value=value,
            bank_account_id=bank_account_id,
            title=title,
            payment_service_id=payment_service_id,
            is_client_account_redemption=is_client_account_redemption,
            is_cash_discount=is_cash_discount,
            kb_invoice_id=kb_invoice_id,
            kb_credit_voucher_id=kb_credit_voucher_id,
            kb_bill_id=kb_bill_id,
            kb_credit_voucher_text=kb_credit_voucher_text,
        )

        invoice_payment.additional_properties = d
        return invoice_payment

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
