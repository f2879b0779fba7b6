from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    NUMBER,
    STR,
    Enum,
    Field,
    Model,
    Nullable,
    dump,
    parse_date,
    read_model,
)
from ..models.bank_payment_allowance import BankPaymentAllowance
from ..types import UNSET, Unset
from .bank_payment_allowance import BANK_PAYMENT_ALLOWANCE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.allowance is not UNSET:
            field_dict["allowance"] = self.allowance
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.execution_date is not UNSET:
            field_dict["execution_date"] = dump(self.execution_date)
        if self.is_salary is not UNSET:
            field_dict["is_salary"] = self.is_salary
        if self.recipient is not UNSET:
            field_dict["recipient"] = dump(self.recipient)
        if self.qr_reference_number is not UNSET:
            field_dict["qr_reference_number"] = self.qr_reference_number
        if self.additional_information is not UNSET:
            field_dict["additional_information"] = self.additional_information
        if self.is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = self.is_editing_restricted
        if self.message is not UNSET:
            field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PaymentUpdate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            allowance = src_dict.get("allowance", UNSET)
            amount = src_dict.get("amount", UNSET)
            currency = src_dict.get("currency", UNSET)
            execution_date = src_dict.get("execution_date", UNSET)
            if execution_date is not UNSET:
                execution_date = parse_date(execution_date)
            is_salary = src_dict.get("is_salary", UNSET)
            recipient = src_dict.get("recipient", UNSET)
            if recipient is not UNSET:
                recipient = PaymentRecipient.from_dict(recipient)
            qr_reference_number = src_dict.get("qr_reference_number", UNSET)
            additional_information = src_dict.get("additional_information", UNSET)
            is_editing_restricted = src_dict.get("is_editing_restricted", UNSET)
            message = src_dict.get("message", UNSET)
            if not (
                (allowance is UNSET or allowance in BANK_PAYMENT_ALLOWANCE_VALUES)
                and (amount is UNSET or type(amount) in _NUMBER)
                and (currency is UNSET or type(currency) is str)
                and (is_salary is UNSET or type(is_salary) is bool)
                and (qr_reference_number is UNSET or type(qr_reference_number) is str)
                and (additional_information is UNSET or type(additional_information) is str)
                and (is_editing_restricted is UNSET or type(is_editing_restricted) is bool)
                and (message is None or message is UNSET or type(message) is str)
            ):
                raise TypeError
            self = cls(
                allowance,
                amount,
                currency,
                execution_date,
                is_salary,
                recipient,
                qr_reference_number,
                additional_information,
                is_editing_restricted,
                message,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .payment_recipient import PaymentRecipient  # noqa: E402

_FIELDS = (
    Field("allowance", "allowance", False, Enum(BANK_PAYMENT_ALLOWANCE_VALUES)),
    Field("amount", "amount", False, NUMBER),
    Field("currency", "currency", False, STR),
    Field("execution_date", "execution_date", False, DATE),
    Field("is_salary", "is_salary", False, BOOL),
    Field("recipient", "recipient", False, Model(PaymentRecipient)),
    Field("qr_reference_number", "qr_reference_number", False, STR),
    Field("additional_information", "additional_information", False, STR),
    Field("is_editing_restricted", "is_editing_restricted", False, BOOL),
    Field("message", "message", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "allowance",
        "amount",
        "currency",
        "execution_date",
        "is_salary",
        "recipient",
        "qr_reference_number",
        "additional_information",
        "is_editing_restricted",
        "message",
    }
)
