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
class QrPaymentEdit:
    """The fields of a payment to update; you do not have to provide all fields (the reference marks some required, as on
    create, but its text says otherwise).

    """

    instructed_amount: BankPaymentAmount | Unset = UNSET
    """ The amount and currency of a payment (BankPaymentAmount; fields from bexio's published spec,
    research/nested-schemas.md §8). """
    recipient: BankPaymentRecipient | Unset = UNSET
    """ The recipient of a payment (BankPaymentRecipient; fields from bexio's published spec, research/nested-
    schemas.md §8). """
    iban: str | Unset = UNSET
    """ The IBAN of the bank account """
    qr_reference_nr: str | Unset = UNSET
    """ A QR reference number or creditor reference number """
    additional_information: str | Unset = UNSET
    """ Additional information on the payment slip """
    is_editing_restricted: bool | Unset = UNSET
    """ If this value is set to true, the payment can be edited only by the initial creator. This means that the
    payment can not be edited within the frontend and by other API clients. """
    execution_date: datetime.date | Unset = UNSET
    """ The execution date of the payment. The bank holds back the payment until this date is reached. Format
    (Y-m-d). """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.instructed_amount is not UNSET:
            field_dict["instructed_amount"] = dump(self.instructed_amount)
        if self.recipient is not UNSET:
            field_dict["recipient"] = dump(self.recipient)
        if self.iban is not UNSET:
            field_dict["iban"] = self.iban
        if self.qr_reference_nr is not UNSET:
            field_dict["qr_reference_nr"] = self.qr_reference_nr
        if self.additional_information is not UNSET:
            field_dict["additional_information"] = self.additional_information
        if self.is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = self.is_editing_restricted
        if self.execution_date is not UNSET:
            field_dict["execution_date"] = dump(self.execution_date)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A QrPaymentEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            instructed_amount = src_dict.get("instructed_amount", UNSET)
            if instructed_amount is not UNSET:
                instructed_amount = BankPaymentAmount.from_dict(instructed_amount)
            recipient = src_dict.get("recipient", UNSET)
            if recipient is not UNSET:
                recipient = BankPaymentRecipient.from_dict(recipient)
            iban = src_dict.get("iban", UNSET)
            qr_reference_nr = src_dict.get("qr_reference_nr", UNSET)
            additional_information = src_dict.get("additional_information", UNSET)
            is_editing_restricted = src_dict.get("is_editing_restricted", UNSET)
            execution_date = src_dict.get("execution_date", UNSET)
            if execution_date is not UNSET:
                execution_date = parse_date(execution_date)
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
                iban,
                qr_reference_nr,
                additional_information,
                is_editing_restricted,
                execution_date,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (instructed_amount is not UNSET) + (recipient is not UNSET) + (iban is not UNSET) + (
            qr_reference_nr is not UNSET
        ) + (additional_information is not UNSET) + (is_editing_restricted is not UNSET) + (
            execution_date is not UNSET
        ):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .bank_payment_amount import BankPaymentAmount  # noqa: E402
from .bank_payment_recipient import BankPaymentRecipient  # noqa: E402

_FIELDS = (
    Field("instructed_amount", "instructed_amount", False, Model(BankPaymentAmount)),
    Field("recipient", "recipient", False, Model(BankPaymentRecipient)),
    Field("iban", "iban", False, STR),
    Field("qr_reference_nr", "qr_reference_nr", False, STR),
    Field("additional_information", "additional_information", False, STR),
    Field("is_editing_restricted", "is_editing_restricted", False, BOOL),
    Field("execution_date", "execution_date", False, DATE),
)
_KNOWN = frozenset(
    {
        "instructed_amount",
        "recipient",
        "iban",
        "qr_reference_nr",
        "additional_information",
        "is_editing_restricted",
        "execution_date",
    }
)
