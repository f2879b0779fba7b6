from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    NUMBER,
    STR,
    UUID_TEXT,
    Enum,
    Field,
    Model,
    Nullable,
    dump,
    parse_date,
    parse_uuid,
    read_model,
)
from ..models.bank_payment_allowance import BankPaymentAllowance
from ..models.bank_payment_type import BankPaymentType
from ..types import UNSET, Unset
from .bank_payment_allowance import BANK_PAYMENT_ALLOWANCE_VALUES
from .bank_payment_type import BANK_PAYMENT_TYPE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["account_id"] = dump(self.account_id)
        field_dict["amount"] = self.amount
        field_dict["currency"] = self.currency
        field_dict["execution_date"] = dump(self.execution_date)
        field_dict["is_salary"] = self.is_salary
        field_dict["recipient"] = dump(self.recipient)
        field_dict["type"] = self.type_
        if self.allowance is not UNSET:
            field_dict["allowance"] = self.allowance
        if self.qr_reference_number is not UNSET:
            field_dict["qr_reference_number"] = self.qr_reference_number
        if self.additional_information is not UNSET:
            field_dict["additional_information"] = self.additional_information
        if self.purchase_reference is not UNSET:
            field_dict["purchase_reference"] = dump(self.purchase_reference)
        if self.is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = self.is_editing_restricted
        if self.message is not UNSET:
            field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PaymentCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            account_id = src_dict["account_id"]
            account_id = parse_uuid(account_id)
            amount = src_dict["amount"]
            currency = src_dict["currency"]
            execution_date = src_dict["execution_date"]
            execution_date = parse_date(execution_date)
            is_salary = src_dict["is_salary"]
            recipient = src_dict["recipient"]
            recipient = PaymentRecipient.from_dict(recipient)
            type_ = src_dict["type"]
            allowance = src_dict.get("allowance", UNSET)
            qr_reference_number = src_dict.get("qr_reference_number", UNSET)
            additional_information = src_dict.get("additional_information", UNSET)
            purchase_reference = src_dict.get("purchase_reference", UNSET)
            if purchase_reference is not UNSET:
                purchase_reference = PurchaseReference.from_dict(purchase_reference)
            is_editing_restricted = src_dict.get("is_editing_restricted", UNSET)
            message = src_dict.get("message", UNSET)
            if not (
                type(amount) in _NUMBER
                and type(currency) is str
                and (is_salary is None or type(is_salary) is bool)
                and type_ in BANK_PAYMENT_TYPE_VALUES
                and (allowance is UNSET or allowance in BANK_PAYMENT_ALLOWANCE_VALUES)
                and (qr_reference_number is UNSET or type(qr_reference_number) is str)
                and (additional_information is UNSET or type(additional_information) is str)
                and (is_editing_restricted is UNSET or type(is_editing_restricted) is bool)
                and (message is None or message is UNSET or type(message) is str)
            ):
                raise TypeError
            self = cls(
                account_id,
                amount,
                currency,
                execution_date,
                recipient,
                type_,
                is_salary,
                allowance,
                qr_reference_number,
                additional_information,
                purchase_reference,
                is_editing_restricted,
                message,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 7 + (allowance is not UNSET) + (qr_reference_number is not UNSET) + (
            additional_information is not UNSET
        ) + (purchase_reference is not UNSET) + (is_editing_restricted is not UNSET) + (message is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .payment_recipient import PaymentRecipient  # noqa: E402
from .purchase_reference import PurchaseReference  # noqa: E402

_FIELDS = (
    Field("account_id", "account_id", True, UUID_TEXT),
    Field("amount", "amount", True, NUMBER),
    Field("currency", "currency", True, STR),
    Field("execution_date", "execution_date", True, DATE),
    Field("recipient", "recipient", True, Model(PaymentRecipient)),
    Field("type_", "type", True, Enum(BANK_PAYMENT_TYPE_VALUES)),
    Field("is_salary", "is_salary", True, Nullable(BOOL)),
    Field("allowance", "allowance", False, Enum(BANK_PAYMENT_ALLOWANCE_VALUES)),
    Field("qr_reference_number", "qr_reference_number", False, STR),
    Field("additional_information", "additional_information", False, STR),
    Field("purchase_reference", "purchase_reference", False, Model(PurchaseReference)),
    Field("is_editing_restricted", "is_editing_restricted", False, BOOL),
    Field("message", "message", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "account_id",
        "amount",
        "currency",
        "execution_date",
        "is_salary",
        "recipient",
        "type",
        "allowance",
        "qr_reference_number",
        "additional_information",
        "purchase_reference",
        "is_editing_restricted",
        "message",
    }
)
