from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.bank_payment_allowance_type import BankPaymentAllowanceType, check_bank_payment_allowance_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_payment_amount import BankPaymentAmount
    from ..models.bank_payment_recipient import BankPaymentRecipient


T = TypeVar("T", bound="IbanPaymentEdit")


@_attrs_define
class IbanPaymentEdit:
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
    execution_date: datetime.date | Unset = UNSET
    """ The execution date of the payment. The bank holds back the payment until this date is reached. Format
    (Y-m-d). """
    is_salary_payment: bool | Unset = UNSET
    """ Describes whether the payment is a salary payment or not """
    is_editing_restricted: bool | Unset = UNSET
    """ If this value is set to true, the payment can be edited only by the initial creator. This means that the
    payment can not be edited within the frontend and by other API clients. """
    message: str | Unset = UNSET
    """ This is a free text field where the user can add an additional information for a bank payment """
    allowance_type: BankPaymentAllowanceType | Unset = UNSET
    """ (AllowanceType) Can either be
    * "fee_paid_by_sender" (payment initiator has to pay all fees related to the transaction)
    * "fee_paid_by_recipient" (payment recipient has to pay all fees related to the transaction)
    * "fee_split" (fee is split between payment initiator and payment recipient)
    * "no_fee" for domestic payments

    The value must always be set for SEPA payments
     """

    def to_dict(self) -> dict[str, Any]:
        instructed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructed_amount, Unset):
            instructed_amount = self.instructed_amount.to_dict()

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        iban = self.iban

        execution_date: str | Unset = UNSET
        if not isinstance(self.execution_date, Unset):
            execution_date = self.execution_date.isoformat()

        is_salary_payment = self.is_salary_payment

        is_editing_restricted = self.is_editing_restricted

        message = self.message

        allowance_type: str | Unset = UNSET
        if not isinstance(self.allowance_type, Unset):
            allowance_type = self.allowance_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if instructed_amount is not UNSET:
            field_dict["instructed_amount"] = instructed_amount
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if iban is not UNSET:
            field_dict["iban"] = iban
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date
        if is_salary_payment is not UNSET:
            field_dict["is_salary_payment"] = is_salary_payment
        if is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = is_editing_restricted
        if message is not UNSET:
            field_dict["message"] = message
        if allowance_type is not UNSET:
            field_dict["allowance_type"] = allowance_type

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

        _execution_date = d.pop("execution_date", UNSET)
        execution_date: datetime.date | Unset
        if isinstance(_execution_date, Unset):
            execution_date = UNSET
        else:
            execution_date = datetime.date.fromisoformat(_execution_date)

        is_salary_payment = d.pop("is_salary_payment", UNSET)

        is_editing_restricted = d.pop("is_editing_restricted", UNSET)

        message = d.pop("message", UNSET)

        _allowance_type = d.pop("allowance_type", UNSET)
        allowance_type: BankPaymentAllowanceType | Unset
        if isinstance(_allowance_type, Unset):
            allowance_type = UNSET
        else:
            allowance_type = check_bank_payment_allowance_type(_allowance_type)

        iban_payment_edit = cls(
            instructed_amount=instructed_amount,
            recipient=recipient,
            iban=iban,
            execution_date=execution_date,
            is_salary_payment=is_salary_payment,
            is_editing_restricted=is_editing_restricted,
            message=message,
            allowance_type=allowance_type,
        )

        return iban_payment_edit
