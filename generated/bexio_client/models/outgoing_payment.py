from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outgoing_payment_fee_type import OutgoingPaymentFeeType, check_outgoing_payment_fee_type
from ..models.outgoing_payment_status import OutgoingPaymentStatus, check_outgoing_payment_status
from ..models.outgoing_payment_type import OutgoingPaymentType, check_outgoing_payment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutgoingPayment")


@_attrs_define
class OutgoingPayment:
    """An Outgoing Payment as bexio returns it (create, get). `required` as in bexio's published schema (research/nested-
    schemas.md §5).

    """

    id: UUID
    status: OutgoingPaymentStatus
    """ The state of an Outgoing Payment. """
    created_at: str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS+HHMM` """
    bill_id: UUID
    """ the Bill the payment pays """
    payment_type: OutgoingPaymentType
    """ How the Outgoing Payment is made. RECONCILED payments come from reconciliation and cannot be created through
    the API. """
    execution_date: datetime.date
    amount: float
    currency_code: str
    exchange_rate: float
    sender_bank_account_id: int
    """ References a bank account object """
    is_salary_payment: bool
    note: str | Unset = UNSET
    sender_iban: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_street: str | Unset = UNSET
    sender_house_no: str | Unset = UNSET
    sender_city: str | Unset = UNSET
    sender_postcode: str | Unset = UNSET
    sender_country_code: str | Unset = UNSET
    sender_bc_no: str | Unset = UNSET
    sender_bank_no: str | Unset = UNSET
    sender_bank_name: str | Unset = UNSET
    receiver_account_no: str | Unset = UNSET
    receiver_iban: str | Unset = UNSET
    receiver_name: str | Unset = UNSET
    receiver_street: str | Unset = UNSET
    receiver_house_no: str | Unset = UNSET
    receiver_city: str | Unset = UNSET
    receiver_postcode: str | Unset = UNSET
    receiver_country_code: str | Unset = UNSET
    receiver_bc_no: str | Unset = UNSET
    receiver_bank_no: str | Unset = UNSET
    receiver_bank_name: str | Unset = UNSET
    fee_type: OutgoingPaymentFeeType | Unset = UNSET
    """ Who pays the fees (IBAN payments). """
    reference_no: str | Unset = UNSET
    message: str | Unset = UNSET
    booking_text: str | Unset = UNSET
    banking_payment_id: UUID | Unset = UNSET
    """ the banking payment order (IBAN and QR payments) """
    banking_payment_entry_id: UUID | Unset = UNSET
    """ the account entry after reconciliation (IBAN and QR payments) """
    transaction_id: UUID | Unset = UNSET
    """ the reconciled transaction (RECONCILED payments) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str = self.status

        created_at = self.created_at

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

        banking_payment_id: str | Unset = UNSET
        if not isinstance(self.banking_payment_id, Unset):
            banking_payment_id = str(self.banking_payment_id)

        banking_payment_entry_id: str | Unset = UNSET
        if not isinstance(self.banking_payment_entry_id, Unset):
            banking_payment_entry_id = str(self.banking_payment_entry_id)

        transaction_id: str | Unset = UNSET
        if not isinstance(self.transaction_id, Unset):
            transaction_id = str(self.transaction_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
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
        if banking_payment_id is not UNSET:
            field_dict["banking_payment_id"] = banking_payment_id
        if banking_payment_entry_id is not UNSET:
            field_dict["banking_payment_entry_id"] = banking_payment_entry_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = check_outgoing_payment_status(d.pop("status"))

        created_at = d.pop("created_at")

        bill_id = UUID(d.pop("bill_id"))

        payment_type = check_outgoing_payment_type(d.pop("payment_type"))

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
        fee_type: OutgoingPaymentFeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = check_outgoing_payment_fee_type(_fee_type)

        reference_no = d.pop("reference_no", UNSET)

        message = d.pop("message", UNSET)

        booking_text = d.pop("booking_text", UNSET)

        _banking_payment_id = d.pop("banking_payment_id", UNSET)
        banking_payment_id: UUID | Unset
        if isinstance(_banking_payment_id, Unset):
            banking_payment_id = UNSET
        else:
            banking_payment_id = UUID(_banking_payment_id)

        _banking_payment_entry_id = d.pop("banking_payment_entry_id", UNSET)
        banking_payment_entry_id: UUID | Unset
        if isinstance(_banking_payment_entry_id, Unset):
            banking_payment_entry_id = UNSET
        else:
            banking_payment_entry_id = UUID(_banking_payment_entry_id)

        _transaction_id = d.pop("transaction_id", UNSET)
        transaction_id: UUID | Unset
        if isinstance(_transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = UUID(_transaction_id)

        outgoing_payment = cls(
            id=id,
            status=status,
            created_at=created_at,
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
            banking_payment_id=banking_payment_id,
            banking_payment_entry_id=banking_payment_entry_id,
            transaction_id=transaction_id,
        )

        outgoing_payment.additional_properties = d
        return outgoing_payment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
