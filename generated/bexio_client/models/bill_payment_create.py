from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bill_payment_create_fee import BillPaymentCreateFee, check_bill_payment_create_fee
from ..models.bill_payment_create_type import BillPaymentCreateType, check_bill_payment_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentCreate")


@_attrs_define
class BillPaymentCreate:
    """The payment planned for a Bill, as sent to create or update it."""

    type_: BillPaymentCreateType
    """ payment method; QR only for Bills in CHF or EUR (changelog 2023-01-31) """
    execution_date: datetime.date
    amount: float
    """ Maximum of 17 digits and maximum of 2 decimal digits. """
    salary_payment: bool
    """ whether this is a salary payment """
    bank_account_id: int | Unset = UNSET
    """ References the paying bank account """
    fee: BillPaymentCreateFee | Unset = UNSET
    """ who pays the fees """
    exchange_rate: float | Unset = UNSET
    """ Maximum of 5 digits and maximum of 10 decimal digits. """
    account_no: str | Unset = UNSET
    """ the recipient's account number (deprecated) """
    iban: str | Unset = UNSET
    """ the recipient's IBAN """
    name: str | Unset = UNSET
    """ the recipient's name """
    address: str | Unset = UNSET
    """ the recipient's address, one line """
    street: str | Unset = UNSET
    """ the recipient's street (structured payment address, changelog 2023-10-25) """
    house_no: str | Unset = UNSET
    """ the recipient's house number (structured payment address, changelog 2023-10-25) """
    postcode: str | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    message: str | Unset = UNSET
    """ message to the recipient """
    booking_text: str | Unset = UNSET
    reference_no: str | Unset = UNSET
    """ payment reference """
    note: str | Unset = UNSET
    """ internal note """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        execution_date = self.execution_date.isoformat()

        amount = self.amount

        salary_payment = self.salary_payment

        bank_account_id = self.bank_account_id

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee

        exchange_rate = self.exchange_rate

        account_no = self.account_no

        iban = self.iban

        name = self.name

        address = self.address

        street = self.street

        house_no = self.house_no

        postcode = self.postcode

        city = self.city

        country_code = self.country_code

        message = self.message

        booking_text = self.booking_text

        reference_no = self.reference_no

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "execution_date": execution_date,
                "amount": amount,
                "salary_payment": salary_payment,
            }
        )
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if fee is not UNSET:
            field_dict["fee"] = fee
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if account_no is not UNSET:
            field_dict["account_no"] = account_no
        if iban is not UNSET:
            field_dict["iban"] = iban
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if street is not UNSET:
            field_dict["street"] = street
        if house_no is not UNSET:
            field_dict["house_no"] = house_no
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if message is not UNSET:
            field_dict["message"] = message
        if booking_text is not UNSET:
            field_dict["booking_text"] = booking_text
        if reference_no is not UNSET:
            field_dict["reference_no"] = reference_no
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_bill_payment_create_type(d.pop("type"))

        execution_date = datetime.date.fromisoformat(d.pop("execution_date"))

        amount = d.pop("amount")

        salary_payment = d.pop("salary_payment")

        bank_account_id = d.pop("bank_account_id", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: BillPaymentCreateFee | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = check_bill_payment_create_fee(_fee)

        exchange_rate = d.pop("exchange_rate", UNSET)

        account_no = d.pop("account_no", UNSET)

        iban = d.pop("iban", UNSET)

        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        street = d.pop("street", UNSET)

        house_no = d.pop("house_no", UNSET)

        postcode = d.pop("postcode", UNSET)

        city = d.pop("city", UNSET)

        country_code = d.pop("country_code", UNSET)

        message = d.pop("message", UNSET)

        booking_text = d.pop("booking_text", UNSET)

        reference_no = d.pop("reference_no", UNSET)

        note = d.pop("note", UNSET)

        bill_payment_create = cls(
            type_=type_,
            execution_date=execution_date,
            amount=amount,
            salary_payment=salary_payment,
            bank_account_id=bank_account_id,
            fee=fee,
            exchange_rate=exchange_rate,
            account_no=account_no,
            iban=iban,
            name=name,
            address=address,
            street=street,
            house_no=house_no,
            postcode=postcode,
            city=city,
            country_code=country_code,
            message=message,
            booking_text=booking_text,
            reference_no=reference_no,
            note=note,
        )

        return bill_payment_create
