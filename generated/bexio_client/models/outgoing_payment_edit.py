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
    Nullable,
    dump,
    parse_date,
    parse_uuid,
    read_model,
)
from ..models.outgoing_payment_edit_fee_type import OutgoingPaymentEditFeeType
from ..types import UNSET, Unset
from .outgoing_payment_edit_fee_type import OUTGOING_PAYMENT_EDIT_FEE_TYPE_VALUES


@_attrs_define
class OutgoingPaymentEdit:
    """The Outgoing Payment to edit, named by `payment_id`. Which of the optional fields are required or not allowed
    depends on the payment's type, as each field's description says.

    """

    payment_id: UUID
    """ The Outgoing Payment to edit. """
    execution_date: datetime.date
    """ Must be after or equal to Bill's 'bill_date'. Cannot be in CLOSED or LOCKED Business Year. Must be in
    existing Business Year. For IBAN and QR must be in present or future and cannot be on the weekend. """
    amount: float
    """ Must be less or equal to Bill's 'pending_amount'. Maximum of 17 digits and maximum of 2 decimal digits. """
    is_salary_payment: bool
    """ Allowed to be set to true only for IBAN. """
    fee_type: OutgoingPaymentEditFeeType | Unset = UNSET
    """ Required for IBAN. Not allowed for QR, MANUAL, CASH_DISCOUNT. Must be set to NO_FEE when 'receiver_iban' is
    a domestic IBAN (same country as the sender Bank Account's IBAN). Cannot be set to NO_FEE when 'receiver_iban'
    is not a domestic IBAN. """
    reference_no: None | str | Unset = UNSET
    """ Not allowed for IBAN, MANUAL, CASH_DISCOUNT. For QR, when 'receiver_iban' is QR Iban then 'reference_no'
    must be a valid ISR reference; otherwise a valid creditor reference. """
    message: None | str | Unset = UNSET
    """ Not allowed for QR, MANUAL, CASH_DISCOUNT. """
    receiver_iban: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. Must be a valid IBAN for IBAN payments, a
    valid QR IBAN for QR payments. """
    receiver_name: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_street: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_house_no: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_city: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_postcode: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_country_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["payment_id"] = dump(self.payment_id)
        field_dict["execution_date"] = dump(self.execution_date)
        field_dict["amount"] = self.amount
        field_dict["is_salary_payment"] = self.is_salary_payment
        if self.fee_type is not UNSET:
            field_dict["fee_type"] = self.fee_type
        if self.reference_no is not UNSET:
            field_dict["reference_no"] = self.reference_no
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.receiver_iban is not UNSET:
            field_dict["receiver_iban"] = self.receiver_iban
        if self.receiver_name is not UNSET:
            field_dict["receiver_name"] = self.receiver_name
        if self.receiver_street is not UNSET:
            field_dict["receiver_street"] = self.receiver_street
        if self.receiver_house_no is not UNSET:
            field_dict["receiver_house_no"] = self.receiver_house_no
        if self.receiver_city is not UNSET:
            field_dict["receiver_city"] = self.receiver_city
        if self.receiver_postcode is not UNSET:
            field_dict["receiver_postcode"] = self.receiver_postcode
        if self.receiver_country_code is not UNSET:
            field_dict["receiver_country_code"] = self.receiver_country_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OutgoingPaymentEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            payment_id = src_dict["payment_id"]
            payment_id = parse_uuid(payment_id)
            execution_date = src_dict["execution_date"]
            execution_date = parse_date(execution_date)
            amount = src_dict["amount"]
            is_salary_payment = src_dict["is_salary_payment"]
            fee_type = src_dict.get("fee_type", UNSET)
            reference_no = src_dict.get("reference_no", UNSET)
            message = src_dict.get("message", UNSET)
            receiver_iban = src_dict.get("receiver_iban", UNSET)
            receiver_name = src_dict.get("receiver_name", UNSET)
            receiver_street = src_dict.get("receiver_street", UNSET)
            receiver_house_no = src_dict.get("receiver_house_no", UNSET)
            receiver_city = src_dict.get("receiver_city", UNSET)
            receiver_postcode = src_dict.get("receiver_postcode", UNSET)
            receiver_country_code = src_dict.get("receiver_country_code", UNSET)
            if not (
                type(amount) in _NUMBER
                and type(is_salary_payment) is bool
                and (fee_type is UNSET or fee_type in OUTGOING_PAYMENT_EDIT_FEE_TYPE_VALUES)
                and (reference_no is None or reference_no is UNSET or type(reference_no) is str)
                and (message is None or message is UNSET or type(message) is str)
                and (receiver_iban is UNSET or type(receiver_iban) is str)
                and (receiver_name is UNSET or type(receiver_name) is str)
                and (receiver_street is UNSET or type(receiver_street) is str)
                and (receiver_house_no is UNSET or type(receiver_house_no) is str)
                and (receiver_city is UNSET or type(receiver_city) is str)
                and (receiver_postcode is UNSET or type(receiver_postcode) is str)
                and (receiver_country_code is UNSET or type(receiver_country_code) is str)
            ):
                raise TypeError
            self = cls(
                payment_id,
                execution_date,
                amount,
                is_salary_payment,
                fee_type,
                reference_no,
                message,
                receiver_iban,
                receiver_name,
                receiver_street,
                receiver_house_no,
                receiver_city,
                receiver_postcode,
                receiver_country_code,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 4 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("payment_id", "payment_id", True, UUID_TEXT),
    Field("execution_date", "execution_date", True, DATE),
    Field("amount", "amount", True, NUMBER),
    Field("is_salary_payment", "is_salary_payment", True, BOOL),
    Field("fee_type", "fee_type", False, Enum(OUTGOING_PAYMENT_EDIT_FEE_TYPE_VALUES)),
    Field("reference_no", "reference_no", False, Nullable(STR)),
    Field("message", "message", False, Nullable(STR)),
    Field("receiver_iban", "receiver_iban", False, STR),
    Field("receiver_name", "receiver_name", False, STR),
    Field("receiver_street", "receiver_street", False, STR),
    Field("receiver_house_no", "receiver_house_no", False, STR),
    Field("receiver_city", "receiver_city", False, STR),
    Field("receiver_postcode", "receiver_postcode", False, STR),
    Field("receiver_country_code", "receiver_country_code", False, STR),
)
_KNOWN = frozenset(
    {
        "payment_id",
        "execution_date",
        "amount",
        "is_salary_payment",
        "fee_type",
        "reference_no",
        "message",
        "receiver_iban",
        "receiver_name",
        "receiver_street",
        "receiver_house_no",
        "receiver_city",
        "receiver_postcode",
        "receiver_country_code",
    }
)
