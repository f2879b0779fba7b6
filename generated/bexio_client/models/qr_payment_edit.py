from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_payment_amount import BankPaymentAmount
    from ..models.bank_payment_recipient import BankPaymentRecipient


T = TypeVar("T", bound="QrPaymentEdit")


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
        instructed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructed_amount, Unset):
            instructed_amount = self.instructed_amount.to_dict()

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        iban = self.iban

        qr_reference_nr = self.qr_reference_nr

        additional_information = self.additional_information

        is_editing_restricted = self.is_editing_restricted

        execution_date: str | Unset = UNSET
        if not isinstance(self.execution_date, Unset):
            execution_date = self.execution_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if instructed_amount is not UNSET:
            field_dict["instructed_amount"] = instructed_amount
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if iban is not UNSET:
            field_dict["iban"] = iban
        if qr_reference_nr is not UNSET:
            field_dict["qr_reference_nr"] = qr_reference_nr
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = is_editing_restricted
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_payment_amount import BankPaymentAmount  # noqa: PLC0415
        from ..models.bank_payment_recipient import BankPaymentRecipient  # noqa: PLC0415

        d = dict(src_dict)
        _instructed_amount = d.pop("instructed_amount", UNSET)
        instructed_amount: BankPaymentAmount | Unset
        if isinstance(_instructed_amount, Unset):
            instructed_amount = UNSET
        else:
            instructed_amount = BankPaymentAmount.from_dict(_instructed_amount)

        _recipient = d.pop("recipient", UNSET)
        recipient: BankPaymentRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = BankPaymentRecipient.from_dict(_recipient)

        iban = d.pop("iban", UNSET)

        qr_reference_nr = d.pop("qr_reference_nr", UNSET)

        additional_information = d.pop("additional_information", UNSET)

        is_editing_restricted = d.pop("is_editing_restricted", UNSET)

        _execution_date = d.pop("execution_date", UNSET)
        execution_date: datetime.date | Unset
        if isinstance(_execution_date, Unset):
            execution_date = UNSET
        else:
            execution_date = datetime.date.fromisoformat(_execution_date)

        qr_payment_edit = cls(
            instructed_amount=instructed_amount,
            recipient=recipient,
            iban=iban,
            qr_reference_nr=qr_reference_nr,
            additional_information=additional_information,
            is_editing_restricted=is_editing_restricted,
            execution_date=execution_date,
        )

        return qr_payment_edit
