from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.outgoing_payment_edit_fee_type import OutgoingPaymentEditFeeType, check_outgoing_payment_edit_fee_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutgoingPaymentEdit")


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
        payment_id = str(self.payment_id)

        execution_date = self.execution_date.isoformat()

        amount = self.amount

        is_salary_payment = self.is_salary_payment

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = self.fee_type

        reference_no: None | str | Unset
        if isinstance(self.reference_no, Unset):
            reference_no = UNSET
        else:
            reference_no = self.reference_no

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        receiver_iban = self.receiver_iban

        receiver_name = self.receiver_name

        receiver_street = self.receiver_street

        receiver_house_no = self.receiver_house_no

        receiver_city = self.receiver_city

        receiver_postcode = self.receiver_postcode

        receiver_country_code = self.receiver_country_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payment_id": payment_id,
                "execution_date": execution_date,
                "amount": amount,
                "is_salary_payment": is_salary_payment,
            }
        )
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if reference_no is not UNSET:
            field_dict["reference_no"] = reference_no
        if message is not UNSET:
            field_dict["message"] = message
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = UUID(d.pop("payment_id"))

        execution_date = datetime.date.fromisoformat(d.pop("execution_date"))

        amount = d.pop("amount")

        is_salary_payment = d.pop("is_salary_payment")

        _fee_type = d.pop("fee_type", UNSET)
        fee_type: OutgoingPaymentEditFeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = check_outgoing_payment_edit_fee_type(_fee_type)

        def _parse_reference_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        reference_no = _parse_reference_no(d.pop("reference_no", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        message = _parse_message(d.pop("message", UNSET))

        receiver_iban = d.pop("receiver_iban", UNSET)

        receiver_name = d.pop("receiver_name", UNSET)

        receiver_street = d.pop("receiver_street", UNSET)

        receiver_house_no = d.pop("receiver_house_no", UNSET)

        receiver_city = d.pop("receiver_city", UNSET)

        receiver_postcode = d.pop("receiver_postcode", UNSET)

        receiver_country_code = d.pop("receiver_country_code", UNSET)

        outgoing_payment_edit = cls(
            payment_id=payment_id,
            execution_date=execution_date,
            amount=amount,
            is_salary_payment=is_salary_payment,
            fee_type=fee_type,
            reference_no=reference_no,
            message=message,
            receiver_iban=receiver_iban,
            receiver_name=receiver_name,
            receiver_street=receiver_street,
            receiver_house_no=receiver_house_no,
            receiver_city=receiver_city,
            receiver_postcode=receiver_postcode,
            receiver_country_code=receiver_country_code,
        )

        return outgoing_payment_edit
