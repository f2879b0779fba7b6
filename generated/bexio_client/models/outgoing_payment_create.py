from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.outgoing_payment_create_fee_type import (
    OutgoingPaymentCreateFeeType,
    check_outgoing_payment_create_fee_type,
)
from ..models.outgoing_payment_create_payment_type import (
    OutgoingPaymentCreatePaymentType,
    check_outgoing_payment_create_payment_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutgoingPaymentCreate")


@_attrs_define
class OutgoingPaymentCreate:
    """New Outgoing Payment. Which of the optional fields are required or not allowed depends on 'payment_type', as each
    field's description says.

    """

    bill_id: UUID
    """ Payment can be created only for Bill that is not in status DRAFT. """
    payment_type: OutgoingPaymentCreatePaymentType
    """ Bill's amount cannot be covered only by CASH_DISCOUNT payments. """
    execution_date: datetime.date
    """ Must be after or equal to Bill's 'bill_date'. Cannot be in CLOSED or LOCKED Business Year. Must be in
    existing Business Year. For IBAN and QR must be in present or future and cannot be on the weekend. """
    amount: float
    """ Must be less or equal to Bill's 'pending_amount'. Maximum of 17 digits and maximum of 2 decimal digits. """
    currency_code: str
    """ Must be equal to Bill's 'currency_code'. Only 'CHF' and 'EUR' is allowed for QR. """
    exchange_rate: float
    """ Maximum of 5 digits and maximum of 10 decimal digits. """
    sender_bank_account_id: int
    """ Required for IBAN, MANUAL, QR. Not allowed for CASH_DISCOUNT. For [IBAN, QR] it must be Bank Account with
    type 'bank'. For MANUAL it could be Bank Account with type 'bank' or 'cash'. """
    is_salary_payment: bool
    """ Allowed to be set to true only for IBAN. """
    note: str | Unset = UNSET
    """ Not allowed for IBAN, QR. """
    sender_iban: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for CASH_DISCOUNT. """
    sender_name: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for CASH_DISCOUNT. """
    sender_street: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for CASH_DISCOUNT. """
    sender_house_no: str | Unset = UNSET
    """ Not allowed for CASH_DISCOUNT. """
    sender_city: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for CASH_DISCOUNT. """
    sender_postcode: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for CASH_DISCOUNT. """
    sender_country_code: str | Unset = UNSET
    """ Not allowed for CASH_DISCOUNT. """
    sender_bc_no: str | Unset = UNSET
    """ Not allowed for CASH_DISCOUNT. """
    sender_bank_no: str | Unset = UNSET
    """ Not allowed for CASH_DISCOUNT. """
    sender_bank_name: str | Unset = UNSET
    """ Not allowed for CASH_DISCOUNT. """
    receiver_account_no: str | Unset = UNSET
    """ Deprecated. Not allowed for IBAN, QR, MANUAL, CASH_DISCOUNT. """
    receiver_iban: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. Must be valid Iban for IBAN Payment or must be
    valid QR Iban for QR Payment. """
    receiver_name: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_street: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_house_no: str | Unset = UNSET
    """ Required for IBAN, QR (changelog 2023-12-11). Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_city: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_postcode: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_country_code: str | Unset = UNSET
    """ Required for IBAN, QR. Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_bc_no: str | Unset = UNSET
    """ Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_bank_no: str | Unset = UNSET
    """ Not allowed for MANUAL, CASH_DISCOUNT. """
    receiver_bank_name: str | Unset = UNSET
    """ Not allowed for MANUAL, CASH_DISCOUNT. """
    fee_type: OutgoingPaymentCreateFeeType | Unset = UNSET
    """ Required for IBAN. Not allowed for QR, MANUAL, CASH_DISCOUNT. Must be set to NO_FEE when 'receiver_iban' is
    a domestic IBAN (same country as 'sender_bank_account_id' Bank Account IBAN country). Cannot be set to NO_FEE
    when 'receiver_iban' is not a domestic IBAN. """
    reference_no: str | Unset = UNSET
    """ Not allowed for IBAN, MANUAL, CASH_DISCOUNT. For QR, when 'receiver_iban' is QR Iban then 'reference_no'
    must be valid Isr Account number. For QR, when 'receiver_iban' is not QR Iban then 'reference_no' must be valid
    Creaditor Reference. """
    message: str | Unset = UNSET
    """ Not allowed for QR, MANUAL, CASH_DISCOUNT. """
    booking_text: str | Unset = UNSET
    """ Not allowed for MANUAL, CASH_DISCOUNT. """

    def to_dict(self) -> dict[str, Any]:
        bill_id = str(self.bill_id)

        payment_type: str = self.payment_type

        execution_date = self.execution_date.isoformat()

        amount = self.amount

        currency_code = self.currency_code

        exchange_rate = self.exchange_rate

        sender_bank_account_id = self.sender_bank_account_id

        is_salary_payment = self.is_salary_payment

        note = self.note

        sender_iban = self.sender_iban

        sender_name = self.sender_name

        sender_street = self.sender_street

        sender_house_no = self.sender_house_no

        sender_city = self.sender_city

        sender_postcode = self.sender_postcode

        sender_country_code = self.sender_country_code

        sender_bc_no = self.sender_bc_no

        sender_bank_no = self.sender_bank_no

        sender_bank_name = self.sender_bank_name

        receiver_account_no = self.receiver_account_no

        receiver_iban = self.receiver_iban

        receiver_name = self.receiver_name

        receiver_street = self.receiver_street

        receiver_house_no = self.receiver_house_no

        receiver_city = self.receiver_city

        receiver_postcode = self.receiver_postcode

        receiver_country_code = self.receiver_country_code

        receiver_bc_no = self.receiver_bc_no

        receiver_bank_no = self.receiver_bank_no

        receiver_bank_name = self.receiver_bank_name

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = self.fee_type

        reference_no = self.reference_no

        message = self.message

        booking_text = self.booking_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bill_id": bill_id,
                "payment_type": payment_type,
                "execution_date": execution_date,
                "amount": amount,
                "currency_code": currency_code,
                "exchange_rate": exchange_rate,
                "sender_bank_account_id": sender_bank_account_id,
                "is_salary_payment": is_salary_payment,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if sender_iban is not UNSET:
            field_dict["sender_iban"] = sender_iban
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_street is not UNSET:
            field_dict["sender_street"] = sender_street
        if sender_house_no is not UNSET:
            field_dict["sender_house_no"] = sender_house_no
        if sender_city is not UNSET:
            field_dict["sender_city"] = sender_city
        if sender_postcode is not UNSET:
            field_dict["sender_postcode"] = sender_postcode
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if sender_bc_no is not UNSET:
            field_dict["sender_bc_no"] = sender_bc_no
        if sender_bank_no is not UNSET:
            field_dict["sender_bank_no"] = sender_bank_no
        if sender_bank_name is not UNSET:
            field_dict["sender_bank_name"] = sender_bank_name
        if receiver_account_no is not UNSET:
            field_dict["receiver_account_no"] = receiver_account_no
        if receiver_iban is not UNSET:
            field_dict["receiver_iban"] = receiver_iban
        if receiver_name is not UNSET:
            field_dict["receiver_name"] = receiver_name
        if receiver_street is not UNSET:
            field_dict["receiver_street"] = receiver_street
        if receiver_house_no is not UNSET:
            field_dict["receiver_house_no"] = receiver_house_no
        if receiver_city is not UNSET:
            field_dict["receiver_city"] = receiver_city
        if receiver_postcode is not UNSET:
            field_dict["receiver_postcode"] = receiver_postcode
        if receiver_country_code is not UNSET:
            field_dict["receiver_country_code"] = receiver_country_code
        if receiver_bc_no is not UNSET:
            field_dict["receiver_bc_no"] = receiver_bc_no
        if receiver_bank_no is not UNSET:
            field_dict["receiver_bank_no"] = receiver_bank_no
        if receiver_bank_name is not UNSET:
            field_dict["receiver_bank_name"] = receiver_bank_name
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if reference_no is not UNSET:
            field_dict["reference_no"] = reference_no
        if message is not UNSET:
            field_dict["message"] = message
        if booking_text is not UNSET:
            field_dict["booking_text"] = booking_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = UUID(d.pop("bill_id"))

        payment_type = check_outgoing_payment_create_payment_type(d.pop("payment_type"))

        execution_date = datetime.date.fromisoformat(d.pop("execution_date"))

        amount = d.pop("amount")

        currency_code = d.pop("currency_code")

        exchange_rate = d.pop("exchange_rate")

        sender_bank_account_id = d.pop("sender_bank_account_id")

        is_salary_payment = d.pop("is_salary_payment")

        note = d.pop("note", UNSET)

        sender_iban = d.pop("sender_iban", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_street = d.pop("sender_street", UNSET)

        sender_house_no = d.pop("sender_house_no", UNSET)

        sender_city = d.pop("sender_city", UNSET)

        sender_postcode = d.pop("sender_postcode", UNSET)

        sender_country_code = d.pop("sender_country_code", UNSET)

        sender_bc_no = d.pop("sender_bc_no", UNSET)

        sender_bank_no = d.pop("sender_bank_no", UNSET)

        sender_bank_name = d.pop("sender_bank_name", UNSET)

        receiver_account_no = d.pop("receiver_account_no", UNSET)

        receiver_iban = d.pop("receiver_iban", UNSET)

        receiver_name = d.pop("receiver_name", UNSET)

        receiver_street = d.pop("receiver_street", UNSET)

        receiver_house_no = d.pop("receiver_house_no", UNSET)

        receiver_city = d.pop("receiver_city", UNSET)

        receiver_postcode = d.pop("receiver_postcode", UNSET)

        receiver_country_code = d.pop("receiver_country_code", UNSET)

        receiver_bc_no = d.pop("receiver_bc_no", UNSET)

        receiver_bank_no = d.pop("receiver_bank_no", UNSET)

        receiver_bank_name = d.pop("receiver_bank_name", UNSET)

        _fee_type = d.pop("fee_type", UNSET)
        fee_type: OutgoingPaymentCreateFeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = check_outgoing_payment_create_fee_type(_fee_type)

        reference_no = d.pop("reference_no", UNSET)

        message = d.pop("message", UNSET)

        booking_text = d.pop("booking_text", UNSET)

        outgoing_payment_create = cls(
            bill_id=bill_id,
            payment_type=payment_type,
            execution_date=execution_date,
            amount=amount,
            currency_code=currency_code,
            exchange_rate=exchange_rate,
            sender_bank_account_id=sender_bank_account_id,
            is_salary_payment=is_salary_payment,
            note=note,
            sender_iban=sender_iban,
            sender_name=sender_name,
            sender_street=sender_street,
            sender_house_no=sender_house_no,
            sender_city=sender_city,
            sender_postcode=sender_postcode,
            sender_country_code=sender_country_code,
            sender_bc_no=sender_bc_no,
            sender_bank_no=sender_bank_no,
            sender_bank_name=sender_bank_name,
            receiver_account_no=receiver_account_no,
            receiver_iban=receiver_iban,
            receiver_name=receiver_name,
            receiver_street=receiver_street,
            receiver_house_no=receiver_house_no,
            receiver_city=receiver_city,
            receiver_postcode=receiver_postcode,
            receiver_country_code=receiver_country_code,
            receiver_bc_no=receiver_bc_no,
            receiver_bank_no=receiver_bank_no,
            receiver_bank_name=receiver_bank_name,
            fee_type=fee_type,
            reference_no=reference_no,
            message=message,
            booking_text=booking_text,
        )

        return outgoing_payment_create
