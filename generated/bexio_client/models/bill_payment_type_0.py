from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    INT,
    NUMBER,
    STR,
    Enum,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..models.bill_payment_type_0_fee import BillPaymentType0Fee
from ..models.bill_payment_type_0_type import BillPaymentType0Type
from ..types import UNSET, Unset
from .bill_payment_type_0_fee import BILL_PAYMENT_TYPE_0_FEE_VALUES
from .bill_payment_type_0_type import BILL_PAYMENT_TYPE_0_TYPE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["execution_date"] = dump(self.execution_date)
        field_dict["amount"] = self.amount
        field_dict["salary_payment"] = self.salary_payment
        if self.bank_account_id is not UNSET:
            field_dict["bank_account_id"] = self.bank_account_id
        if self.fee is not UNSET:
            field_dict["fee"] = self.fee
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = self.exchange_rate
        if self.account_no is not UNSET:
            field_dict["account_no"] = self.account_no
        if self.iban is not UNSET:
            field_dict["iban"] = self.iban
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.street is not UNSET:
            field_dict["street"] = self.street
        if self.house_no is not UNSET:
            field_dict["house_no"] = self.house_no
        if self.postcode is not UNSET:
            field_dict["postcode"] = self.postcode
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country_code is not UNSET:
            field_dict["country_code"] = self.country_code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.booking_text is not UNSET:
            field_dict["booking_text"] = self.booking_text
        if self.reference_no is not UNSET:
            field_dict["reference_no"] = self.reference_no
        if self.note is not UNSET:
            field_dict["note"] = self.note
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillPaymentType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            execution_date = src_dict["execution_date"]
            if execution_date is not None:
                execution_date = parse_date(execution_date)
            amount = src_dict["amount"]
            salary_payment = src_dict["salary_payment"]
            bank_account_id = src_dict.get("bank_account_id", UNSET)
            fee = src_dict.get("fee", UNSET)
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            account_no = src_dict.get("account_no", UNSET)
            iban = src_dict.get("iban", UNSET)
            name = src_dict.get("name", UNSET)
            address = src_dict.get("address", UNSET)
            street = src_dict.get("street", UNSET)
            house_no = src_dict.get("house_no", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            city = src_dict.get("city", UNSET)
            country_code = src_dict.get("country_code", UNSET)
            message = src_dict.get("message", UNSET)
            booking_text = src_dict.get("booking_text", UNSET)
            reference_no = src_dict.get("reference_no", UNSET)
            note = src_dict.get("note", UNSET)
            if not (
                type_ in BILL_PAYMENT_TYPE_0_TYPE_VALUES
                and (amount is None or (type(amount) in _NUMBER or type(amount) is str))
                and type(salary_payment) is bool
                and (bank_account_id is None or bank_account_id is UNSET or type(bank_account_id) is int)
                and (fee is UNSET or fee in BILL_PAYMENT_TYPE_0_FEE_VALUES)
                and (
                    exchange_rate is None
                    or exchange_rate is UNSET
                    or (type(exchange_rate) in _NUMBER or type(exchange_rate) is str)
                )
                and (account_no is None or account_no is UNSET or type(account_no) is str)
                and (iban is None or iban is UNSET or type(iban) is str)
                and (name is None or name is UNSET or type(name) is str)
                and (address is None or address is UNSET or type(address) is str)
                and (street is None or street is UNSET or type(street) is str)
                and (house_no is None or house_no is UNSET or type(house_no) is str)
                and (postcode is None or postcode is UNSET or type(postcode) is str)
                and (city is None or city is UNSET or type(city) is str)
                and (country_code is None or country_code is UNSET or type(country_code) is str)
                and (message is None or message is UNSET or type(message) is str)
                and (booking_text is None or booking_text is UNSET or type(booking_text) is str)
                and (reference_no is None or reference_no is UNSET or type(reference_no) is str)
                and (note is None or note is UNSET or type(note) is str)
            ):
                raise TypeError
            self = cls(
                type_,
                execution_date,
                amount,
                salary_payment,
                bank_account_id,
                fee,
                exchange_rate,
                account_no,
                iban,
                name,
                address,
                street,
                house_no,
                postcode,
                city,
                country_code,
                message,
                booking_text,
                reference_no,
                note,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 4 and not _KNOWN.issuperset(src_dict):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field("type_", "type", True, Enum(BILL_PAYMENT_TYPE_0_TYPE_VALUES)),
    Field("execution_date", "execution_date", True, Nullable(DATE)),
    Field(
        "amount",
        "amount",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("salary_payment", "salary_payment", True, BOOL),
    Field("bank_account_id", "bank_account_id", False, Nullable(INT)),
    Field("fee", "fee", False, Enum(BILL_PAYMENT_TYPE_0_FEE_VALUES)),
    Field(
        "exchange_rate",
        "exchange_rate",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("account_no", "account_no", False, Nullable(STR)),
    Field("iban", "iban", False, Nullable(STR)),
    Field("name", "name", False, Nullable(STR)),
    Field("address", "address", False, Nullable(STR)),
    Field("street", "street", False, Nullable(STR)),
    Field("house_no", "house_no", False, Nullable(STR)),
    Field("postcode", "postcode", False, Nullable(STR)),
    Field("city", "city", False, Nullable(STR)),
    Field("country_code", "country_code", False, Nullable(STR)),
    Field("message", "message", False, Nullable(STR)),
    Field("booking_text", "booking_text", False, Nullable(STR)),
    Field("reference_no", "reference_no", False, Nullable(STR)),
    Field("note", "note", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "type",
        "execution_date",
        "amount",
        "salary_payment",
        "bank_account_id",
        "fee",
        "exchange_rate",
        "account_no",
        "iban",
        "name",
        "address",
        "street",
        "house_no",
        "postcode",
        "city",
        "country_code",
        "message",
        "booking_text",
        "reference_no",
        "note",
    }
)
