from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_payment_amount import BankPaymentAmount
    from ..models.bank_payment_recipient import BankPaymentRecipient


T = TypeVar("T", bound="QrPaymentCreate")


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
        instructed_amount = self.instructed_amount.to_dict()

        recipient = self.recipient.to_dict()

        execution_date = self.execution_date.isoformat()

        iban = self.iban

        qr_reference_nr = self.qr_reference_nr

        additional_information = self.additional_information

        is_editing_restricted = self.is_editing_restricted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructed_amount": instructed_amount,
                "recipient": recipient,
                "execution_date": execution_date,
            }
        )
        if iban is not UNSET:
            field_dict["iban"] = iban
        if qr_reference_nr is not UNSET:
            field_dict["qr_reference_nr"] = qr_reference_nr
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = is_editing_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_payment_amount import BankPaymentAmount  # noqa: PLC0415
        from ..models.bank_payment_recipient import BankPaymentRecipient  # noqa: PLC0415

        d = dict(src_dict)
        instructed_amount = BankPaymentAmount.from_dict(d.pop("instructed_amount"))

        recipient = BankPaymentRecipient.from_dict(d.pop("recipient"))

        execution_date = datetime.date.fromisoformat(d.pop("execution_date"))

        iban = d.pop("iban", UNSET)

        qr_reference_nr = d.pop("qr_reference_nr", UNSET)

        additional_information = d.pop("additional_information", UNSET)

        is_editing_restricted = d.pop("is_editing_restricted", UNSET)

        qr_payment_create = cls(
            instructed_amount=instructed_amount,
            recipient=recipient,
            execution_date=execution_date,
            iban=iban,
            qr_reference_nr=qr_reference_nr,
            additional_information=additional_information,
            is_editing_restricted=is_editing_restricted,
        )

        return qr_payment_create
