from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentCreate")


@_attrs_define
class InvoicePaymentCreate:
    """A payment as sent to record it on an invoice."""

    value: str
    """ The amount paid, a decimal number as a string (e.g. "10.0000"). """
    date: datetime.date | Unset = UNSET
    bank_account_id: int | None | Unset = UNSET
    """ References a bank account object """
    payment_service_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        bank_account_id: int | None | Unset
        if isinstance(self.bank_account_id, Unset):
            bank_account_id = UNSET
        else:
            bank_account_id = self.bank_account_id

        payment_service_id: int | None | Unset
        if isinstance(self.payment_service_id, Unset):
            payment_service_id = UNSET
        else:
            payment_service_id = self.payment_service_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if payment_service_id is not UNSET:
            field_dict["payment_service_id"] = payment_service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        def _parse_bank_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id", UNSET))

        def _parse_payment_service_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        payment_service_id = _parse_payment_service_id(d.pop("payment_service_id", UNSET))

        invoice_payment_create = cls(
            value=value,
            date=date,
            bank_account_id=bank_account_id,
            payment_service_id=payment_service_id,
        )

        return invoice_payment_create
