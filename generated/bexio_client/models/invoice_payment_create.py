from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    DATE,
    INT,
    STR,
    Field,
    Nullable,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["value"] = self.value
        if self.date is not UNSET:
            field_dict["date"] = dump(self.date)
        if self.bank_account_id is not UNSET:
            field_dict["bank_account_id"] = self.bank_account_id
        if self.payment_service_id is not UNSET:
            field_dict["payment_service_id"] = self.payment_service_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A InvoicePaymentCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            value = src_dict["value"]
            date = src_dict.get("date", UNSET)
            if date is not UNSET:
                date = parse_date(date)
            bank_account_id = src_dict.get("bank_account_id", UNSET)
            payment_service_id = src_dict.get("payment_service_id", UNSET)
            if not (
                type(value) is str
                and (bank_account_id is None or bank_account_id is UNSET or type(bank_account_id) is int)
                and (payment_service_id is None or payment_service_id is UNSET or type(payment_service_id) is int)
            ):
                raise TypeError
            self = cls(
                value,
                date,
                bank_account_id,
                payment_service_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (date is not UNSET) + (bank_account_id is not UNSET) + (payment_service_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("value", "value", True, STR),
    Field("date", "date", False, DATE),
    Field("bank_account_id", "bank_account_id", False, Nullable(INT)),
    Field("payment_service_id", "payment_service_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "value",
        "date",
        "bank_account_id",
        "payment_service_id",
    }
)
