from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    DATE,
    STR,
    Enum,
    Field,
    Model,
    dump,
    parse_date,
    read_model,
)
from ..models.bank_payment_allowance_type import BankPaymentAllowanceType
from ..types import UNSET, Unset
from .bank_payment_allowance_type import BANK_PAYMENT_ALLOWANCE_TYPE_VALUES


@_attrs_define
class IbanPaymentCreate:
    """An IBAN payment to create for the selected bank account."""

    instructed_amount: BankPaymentAmount
    """ The amount and currency of a payment (BankPaymentAmount; fields from bexio's published spec,
    research/nested-schemas.md §8). """
    recipient: BankPaymentRecipient
    """ The recipient of a payment (BankPaymentRecipient; fields from bexio's published spec, research/nested-
    schemas.md §8). """
    iban: str
    """ The IBAN of the bank account """
    execution_date: datetime.date
    """ The execution date of the payment. The bank holds back the payment until this date is reached. Format
    (Y-m-d). """
    is_salary_payment: bool
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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["instructed_amount"] = dump(self.instructed_amount)
        field_dict["recipient"] = dump(self.recipient)
        field_dict["iban"] = self.iban
        field_dict["execution_date"] = dump(self.execution_date)
        field_dict["is_salary_payment"] = self.is_salary_payment
        if self.is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = self.is_editing_restricted
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.allowance_type is not UNSET:
            field_dict["allowance_type"] = self.allowance_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A IbanPaymentCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            instructed_amount = src_dict["instructed_amount"]
            instructed_amount = BankPaymentAmount.from_dict(instructed_amount)
            recipient = src_dict["recipient"]
            recipient = BankPaymentRecipient.from_dict(recipient)
            iban = src_dict["iban"]
            execution_date = src_dict["execution_date"]
            execution_date = parse_date(execution_date)
            is_salary_payment = src_dict["is_salary_payment"]
            is_editing_restricted = src_dict.get("is_editing_restricted", UNSET)
            message = src_dict.get("message", UNSET)
            allowance_type = src_dict.get("allowance_type", UNSET)
            if not (
                type(iban) is str
                and type(is_salary_payment) is bool
                and (is_editing_restricted is UNSET or type(is_editing_restricted) is bool)
                and (message is UNSET or type(message) is str)
                and (allowance_type is UNSET or allowance_type in BANK_PAYMENT_ALLOWANCE_TYPE_VALUES)
            ):
                raise TypeError
            self = cls(
                instructed_amount,
                recipient,
                iban,
                execution_date,
                is_salary_payment,
                is_editing_restricted,
                message,
                allowance_type,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 5 + (is_editing_restricted is not UNSET) + (message is not UNSET) + (
            allowance_type is not UNSET
        ):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .bank_payment_amount import BankPaymentAmount  # noqa: E402
from .bank_payment_recipient import BankPaymentRecipient  # noqa: E402

_FIELDS = (
    Field("instructed_amount", "instructed_amount", True, Model(BankPaymentAmount)),
    Field("recipient", "recipient", True, Model(BankPaymentRecipient)),
    Field("iban", "iban", True, STR),
    Field("execution_date", "execution_date", True, DATE),
    Field("is_salary_payment", "is_salary_payment", True, BOOL),
    Field("is_editing_restricted", "is_editing_restricted", False, BOOL),
    Field("message", "message", False, STR),
    Field("allowance_type", "allowance_type", False, Enum(BANK_PAYMENT_ALLOWANCE_TYPE_VALUES)),
)
_KNOWN = frozenset(
    {
        "instructed_amount",
        "recipient",
        "iban",
        "execution_date",
        "is_salary_payment",
        "is_editing_restricted",
        "message",
        "allowance_type",
    }
)
