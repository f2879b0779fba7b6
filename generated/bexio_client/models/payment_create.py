from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.bank_payment_allowance import BankPaymentAllowance, check_bank_payment_allowance
from ..models.bank_payment_type import BankPaymentType, check_bank_payment_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_recipient import PaymentRecipient
    from ..models.purchase_reference import PurchaseReference


T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """A new IBAN or QR payment."""

    account_id: UUID
    """ The uuid of the bank account to debit. """
    amount: float
    """ The amount in `currency`; the bank may convert it. """
    currency: str
    """ The currency (ISO 4217). """
    execution_date: datetime.date
    """ The execution date (ISO 8601), at least the next working day. """
    recipient: PaymentRecipient
    """ The recipient of the payment. """
    type_: BankPaymentType
    """ The kind of payment. """
    is_salary: bool | None = False
    """ Whether the payment is a salary payment. """
    allowance: BankPaymentAllowance | Unset = UNSET
    """ Who pays the fees of a payment abroad or in another currency: the payer, the payee, split between both, or
    no fee. """
    qr_reference_number: str | Unset = UNSET
    """ The QR reference or the creditor reference. """
    additional_information: str | Unset = UNSET
    """ The text of the payment slip's additional information. """
    purchase_reference: PurchaseReference | Unset = UNSET
    """ The purchase bill and bill payment the payment belongs to. """
    is_editing_restricted: bool | Unset = UNSET
    """ Only this API client may edit the payment. """
    message: None | str | Unset = UNSET
    """ The description of the payment, over several lines. """

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        amount = self.amount

        currency = self.currency

        execution_date = self.execution_date.isoformat()

        is_salary: bool | None
        is_salary = self.is_salary

        recipient = self.recipient.to_dict()

        type_: str = self.type_

        allowance: str | Unset = UNSET
        if not isinstance(self.allowance, Unset):
            allowance = self.allowance

        qr_reference_number = self.qr_reference_number

        additional_information = self.additional_information

        purchase_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_reference, Unset):
            purchase_reference = self.purchase_reference.to_dict()

        is_editing_restricted = self.is_editing_restricted

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_id": account_id,
                "amount": amount,
                "currency": currency,
                "execution_date": execution_date,
                "is_salary": is_salary,
                "recipient": recipient,
                "type": type_,
            }
        )
        if allowance is not UNSET:
            field_dict["allowance"] = allowance
        if qr_reference_number is not UNSET:
            field_dict["qr_reference_number"] = qr_reference_number
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if purchase_reference is not UNSET:
            field_dict["purchase_reference"] = purchase_reference
        if is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = is_editing_restricted
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_recipient import PaymentRecipient  # noqa: PLC0415
        from ..models.purchase_reference import PurchaseReference  # noqa: PLC0415

        d = dict(src_dict)
        account_id = UUID(d.pop("account_id"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        execution_date = datetime.date.fromisoformat(d.pop("execution_date"))

        def _parse_is_salary(data: object) -> bool | None:
            if data is None:
                return data
            return cast("bool | None", data)

        is_salary = _parse_is_salary(d.pop("is_salary"))

        recipient = PaymentRecipient.from_dict(d.pop("recipient"))

        type_ = check_bank_payment_type(d.pop("type"))

        _allowance = d.pop("allowance", UNSET)
        allowance: BankPaymentAllowance | Unset
        if isinstance(_allowance, Unset):
            allowance = UNSET
        else:
            allowance = check_bank_payment_allowance(_allowance)

        qr_reference_number = d.pop("qr_reference_number", UNSET)

        additional_information = d.pop("additional_information", UNSET)

        _purchase_reference = d.pop("purchase_reference", UNSET)
        purchase_reference: PurchaseReference | Unset
        if isinstance(_purchase_reference, Unset):
            purchase_reference = UNSET
        else:
            purchase_reference = PurchaseReference.from_dict(_purchase_reference)

        is_editing_restricted = d.pop("is_editing_restricted", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        message = _parse_message(d.pop("message", UNSET))

        payment_create = cls(
            account_id=account_id,
            amount=amount,
            currency=currency,
            execution_date=execution_date,
            is_salary=is_salary,
            recipient=recipient,
            type_=type_,
            allowance=allowance,
            qr_reference_number=qr_reference_number,
            additional_information=additional_information,
            purchase_reference=purchase_reference,
            is_editing_restricted=is_editing_restricted,
            message=message,
        )

        return payment_create
