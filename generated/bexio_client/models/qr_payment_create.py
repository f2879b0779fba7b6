from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    DATE,
    STR,
    Field,
    Model,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class QrPaymentCreate:
    """A QR payment to create for the selected bank account."""

    instructed_amount: BankPaymentAmount
    """ The amount and currency of a payment (BankPaymentAmount; fields from bexio's published spec,
    research/nested-schemas.md §8). """
    recipient: BankPaymentRecipient
    """ The recipient of a payment (BankPaymentRecipient; fields from bexio's published spec, research/nested-
    schemas.md §8). """
    execution_date: datetime.date
    """ The execution date of the payment. The bank holds back the payment until this date is reached. Format
    (Y-m-d). """
    iban: str | Unset = UNSET
    """ The IBAN of the bank account """
    qr_reference_nr: str | Unset = UNSET
    """ A QR reference number or creditor reference number """
    additional_information: str | Unset = UNSET
    """ Additional information on the payment slip """
    is_editing_restricted: bool | Unset = UNSET
    """ If this value is set to true, the payment can be edited only by the initial creator. This means that the
    payment can not be edited within the frontend and by other API clients. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["instructed_amount"] = dump(self.instructed_amount)
        field_dict["recipient"] = dump(self.recipient)
        field_dict["execution_date"] = dump(self.execution_date)
        if self.iban is not UNSET:
            field_dict["iban"] = self.iban
        if self.qr_reference_nr is not UNSET:
            field_dict["qr_reference_nr"] = self.qr_reference_nr
        if self.additional_information is not UNSET:
            field_dict["additional_information"] = self.additional_information
        if self.is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = self.is_editing_restricted
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A QrPaymentCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            instructed_amount = src_dict["instructed_amount"]
            instructed_amount = BankPaymentAmount.from_dict(instructed_amount)
            recipient = src_dict["recipient"]
            recipient = BankPaymentRecipient.from_dict(recipient)
            execution_date = src_dict["execution_date"]
            execution_date = parse_date(execution_date)
            iban = src_dict.get("iban", UNSET)
            qr_reference_nr = src_dict.get("qr_reference_nr", UNSET)
            additional_information = src_dict.get("additional_information", UNSET)
            is_editing_restricted = src_dict.get("is_editing_restricted", UNSET)
            if not (
                (iban is UNSET or type(iban) is str)
                and (qr_reference_nr is UNSET or type(qr_reference_nr) is str)
                and (additional_information is UNSET or type(additional_information) is str)
                and (is_editing_restricted is UNSET or type(is_editing_restricted) is bool)
            ):
                raise TypeError
            self = cls(
                instructed_amount,
                recipient,
                execution_date,
                iban,
                qr_reference_nr,
                additional_information,
                is_editing_restricted,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 3 + (iban is not UNSET) + (qr_reference_nr is not UNSET) + (
            additional_information is not UNSET
        ) + (is_editing_restricted is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .bank_payment_amount import BankPaymentAmount  # noqa: E402
from .bank_payment_recipient import BankPaymentRecipient  # noqa: E402

_FIELDS = (
    Field("instructed_amount", "instructed_amount", True, Model(BankPaymentAmount)),
    Field("recipient", "recipient", True, Model(BankPaymentRecipient)),
    Field("execution_date", "execution_date", True, DATE),
    Field("iban", "iban", False, STR),
    Field("qr_reference_nr", "qr_reference_nr", False, STR),
    Field("additional_information", "additional_information", False, STR),
    Field("is_editing_restricted", "is_editing_restricted", False, BOOL),
)
_KNOWN = frozenset(
    {
        "instructed_amount",
        "recipient",
        "execution_date",
        "iban",
        "qr_reference_nr",
        "additional_information",
        "is_editing_restricted",
    }
)
