from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bank_payment_allowance import BankPaymentAllowance, check_bank_payment_allowance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_recipient import PaymentRecipient


T = TypeVar("T", bound="PaymentUpdate")


@_attrs_define
class PaymentUpdate:
    """The fields of a payment to change; none is required."""

    allowance: BankPaymentAllowance | Unset = UNSET
    """ Who pays the fees of a payment abroad or in another currency: the payer, the payee, split between both, or
    no fee. """
    amount: float | Unset = UNSET
    """ The amount in `currency`; the bank may convert it. """
    currency: str | Unset = UNSET
    """ The currency (ISO 4217). """
    execution_date: datetime.date | Unset = UNSET
    """ The execution date (ISO 8601), at least the next working day. """
    is_salary: bool | Unset = False
    """ Whether the payment is a salary payment. """
    recipient: PaymentRecipient | Unset = UNSET
    """ The recipient of the payment. """
    qr_reference_number: str | Unset = UNSET
    """ The QR reference or the creditor reference. """
    additional_information: str | Unset = UNSET
    """ The text of the payment slip's additional information. """
    is_editing_restricted: bool | Unset = UNSET
    """ Only this API client may edit the payment. """
    message: None | str | Unset = UNSET
    """ The description of the payment, over several lines. """

    def to_dict(self) -> dict[str, Any]:
        allowance: str | Unset = UNSET
        if not isinstance(self.allowance, Unset):
            allowance = self.allowance

        amount = self.amount

        currency = self.currency

        execution_date: str | Unset = UNSET
        if not isinstance(self.execution_date, Unset):
            execution_date = self.execution_date.isoformat()

        is_salary = self.is_salary

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        qr_reference_number = self.qr_reference_number

        additional_information = self.additional_information

        is_editing_restricted = self.is_editing_restricted

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allowance is not UNSET:
            field_dict["allowance"] = allowance
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date
        if is_salary is not UNSET:
            field_dict["is_salary"] = is_salary
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if qr_reference_number is not UNSET:
            field_dict["qr_reference_number"] = qr_reference_number
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = is_editing_restricted
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_recipient import PaymentRecipient  # noqa: PLC0415

        d = dict(src_dict)
        _allowance = d.pop("allowance", UNSET)
        allowance: BankPaymentAllowance | Unset
        if isinstance(_allowance, Unset):
            allowance = UNSET
        else:
            allowance = check_bank_payment_allowance(_allowance)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _execution_date = d.pop("execution_date", UNSET)
        execution_date: datetime.date | Unset
        if isinstance(_execution_date, Unset):
            execution_date = UNSET
        else:
            execution_date = datetime.date.fromisoformat(_execution_date)

        is_salary = d.pop("is_salary", UNSET)

        _recipient = d.pop("recipient", UNSET)
        recipient: PaymentRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = PaymentRecipient.from_dict(_recipient)

        qr_reference_number = d.pop("qr_reference_number", UNSET)

        additional_information = d.pop("additional_information", UNSET)

        is_editing_restricted = d.pop("is_editing_restricted", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        message = _parse_message(d.pop("message", UNSET))

        payment_update = cls(
            allowance=allowance,
            amount=amount,
            currency=currency,
            execution_date=execution_date,
            is_salary=is_salary,
            recipient=recipient,
            qr_reference_number=qr_reference_number,
            additional_information=additional_information,
            is_editing_restricted=is_editing_restricted,
            message=message,
        )

        return payment_update
