from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_payment_type_0_fee import BillPaymentType0Fee, check_bill_payment_type_0_fee
from ..models.bill_payment_type_0_type import BillPaymentType0Type, check_bill_payment_type_0_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentType0")


@_attrs_define
class BillPaymentType0:
    """The payment planned for a Bill, as bexio returns it."""

    type_: BillPaymentType0Type
    """ payment method; QR only for Bills in CHF or EUR (changelog 2023-01-31) """
    execution_date: datetime.date | None
    amount: float | None | str
    """ Maximum of 17 digits and maximum of 2 decimal digits. """
    salary_payment: bool
    """ whether this is a salary payment """
    bank_account_id: int | None | Unset = UNSET
    """ References the paying bank account """
    fee: BillPaymentType0Fee | Unset = UNSET
    """ who pays the fees """
    exchange_rate: float | None | str | Unset = UNSET
    """ Maximum of 5 digits and maximum of 10 decimal digits. """
    account_no: None | str | Unset = UNSET
    """ the recipient's account number (deprecated) """
    iban: None | str | Unset = UNSET
    """ the recipient's IBAN """
    name: None | str | Unset = UNSET
    """ the recipient's name """
    address: None | str | Unset = UNSET
    """ the recipient's address, one line """
    street: None | str | Unset = UNSET
    """ the recipient's street (structured payment address, changelog 2023-10-25) """
    house_no: None | str | Unset = UNSET
    """ the recipient's house number (structured payment address, changelog 2023-10-25) """
    postcode: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    """ message to the recipient """
    booking_text: None | str | Unset = UNSET
    reference_no: None | str | Unset = UNSET
    """ payment reference """
    note: None | str | Unset = UNSET
    """ internal note """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        execution_date: None | str
        if isinstance(self.execution_date, datetime.date):
            execution_date = self.execution_date.isoformat()
        else:
            execution_date = self.execution_date

        amount: float | None | str
        amount = self.amount

        salary_payment = self.salary_payment

        bank_account_id: int | None | Unset
        if isinstance(self.bank_account_id, Unset):
            bank_account_id = UNSET
        else:
            bank_account_id = self.bank_account_id

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee

        exchange_rate: float | None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        account_no: None | str | Unset
        if isinstance(self.account_no, Unset):
            account_no = UNSET
        else:
            account_no = self.account_no

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        house_no: None | str | Unset
        if isinstance(self.house_no, Unset):
            house_no = UNSET
        else:
            house_no = self.house_no

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        booking_text: None | str | Unset
        if isinstance(self.booking_text, Unset):
            booking_text = UNSET
        else:
            booking_text = self.booking_text

        reference_no: None | str | Unset
        if isinstance(self.reference_no, Unset):
            reference_no = UNSET
        else:
            reference_no = self.reference_no

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        type_ = check_bill_payment_type_0_type(d.pop("type"))

        def _parse_execution_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_date_type_0 = datetime.date.fromisoformat(data)

                return execution_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        execution_date = _parse_execution_date(d.pop("execution_date"))

        def _parse_amount(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        amount = _parse_amount(d.pop("amount"))

        salary_payment = d.pop("salary_payment")

        def _parse_bank_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id", UNSET))

        _fee = d.pop("fee", UNSET)
        fee: BillPaymentType0Fee | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = check_bill_payment_type_0_fee(_fee)

        def _parse_exchange_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_account_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        account_no = _parse_account_no(d.pop("account_no", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        street = _parse_street(d.pop("street", UNSET))

        def _parse_house_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        house_no = _parse_house_no(d.pop("house_no", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_booking_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        booking_text = _parse_booking_text(d.pop("booking_text", UNSET))

        def _parse_reference_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        reference_no = _parse_reference_no(d.pop("reference_no", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        note = _parse_note(d.pop("note", UNSET))

        bill_payment_type_0 = cls(
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

        bill_payment_type_0.additional_properties = d
        return bill_payment_type_0

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
