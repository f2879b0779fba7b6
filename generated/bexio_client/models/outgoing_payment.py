from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    INT,
    NUMBER,
    STR,
    UUID_TEXT,
    Enum,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_uuid,
    read_model,
)
from ..models.outgoing_payment_fee_type_type_1 import (
    OutgoingPaymentFeeTypeType1,
)
from ..models.outgoing_payment_fee_type_type_2_type_1 import (
    OutgoingPaymentFeeTypeType2Type1,
)
from ..models.outgoing_payment_fee_type_type_3_type_1 import (
    OutgoingPaymentFeeTypeType3Type1,
)
from ..models.outgoing_payment_status_type_1 import OutgoingPaymentStatusType1
from ..models.outgoing_payment_status_type_2_type_1 import (
    OutgoingPaymentStatusType2Type1,
)
from ..models.outgoing_payment_status_type_3_type_1 import (
    OutgoingPaymentStatusType3Type1,
)
from ..models.outgoing_payment_type_type_1 import OutgoingPaymentTypeType1
from ..models.outgoing_payment_type_type_2_type_1 import (
    OutgoingPaymentTypeType2Type1,
)
from ..models.outgoing_payment_type_type_3_type_1 import (
    OutgoingPaymentTypeType3Type1,
)
from ..types import UNSET, Unset
from .outgoing_payment_fee_type_type_1 import OUTGOING_PAYMENT_FEE_TYPE_TYPE_1_VALUES
from .outgoing_payment_fee_type_type_2_type_1 import OUTGOING_PAYMENT_FEE_TYPE_TYPE_2_TYPE_1_VALUES
from .outgoing_payment_fee_type_type_3_type_1 import OUTGOING_PAYMENT_FEE_TYPE_TYPE_3_TYPE_1_VALUES
from .outgoing_payment_status_type_1 import OUTGOING_PAYMENT_STATUS_TYPE_1_VALUES
from .outgoing_payment_status_type_2_type_1 import OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES
from .outgoing_payment_status_type_3_type_1 import OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES
from .outgoing_payment_type_type_1 import OUTGOING_PAYMENT_TYPE_TYPE_1_VALUES
from .outgoing_payment_type_type_2_type_1 import OUTGOING_PAYMENT_TYPE_TYPE_2_TYPE_1_VALUES
from .outgoing_payment_type_type_3_type_1 import OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES


@_attrs_define
class OutgoingPayment:
    """An Outgoing Payment as bexio returns it (create, get). `required` as in bexio's published schema (research/nested-
    schemas.md §5).

    """

    id: UUID
    status: None | OutgoingPaymentStatusType1 | OutgoingPaymentStatusType2Type1 | OutgoingPaymentStatusType3Type1
    """ The state of an Outgoing Payment. """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS+HHMM` """
    bill_id: None | UUID
    """ the Bill the payment pays """
    payment_type: None | OutgoingPaymentTypeType1 | OutgoingPaymentTypeType2Type1 | OutgoingPaymentTypeType3Type1
    """ How the Outgoing Payment is made. RECONCILED payments come from reconciliation and cannot be created through
    the API. """
    execution_date: datetime.date | None
    amount: float | None | str
    currency_code: None | str
    exchange_rate: float | None | str
    sender_bank_account_id: int | None
    """ References a bank account object """
    is_salary_payment: bool
    note: None | str | Unset = UNSET
    sender_iban: None | str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    sender_street: None | str | Unset = UNSET
    sender_house_no: None | str | Unset = UNSET
    sender_city: None | str | Unset = UNSET
    sender_postcode: None | str | Unset = UNSET
    sender_country_code: None | str | Unset = UNSET
    sender_bc_no: None | str | Unset = UNSET
    sender_bank_no: None | str | Unset = UNSET
    sender_bank_name: None | str | Unset = UNSET
    receiver_account_no: None | str | Unset = UNSET
    receiver_iban: None | str | Unset = UNSET
    receiver_name: None | str | Unset = UNSET
    receiver_street: None | str | Unset = UNSET
    receiver_house_no: None | str | Unset = UNSET
    receiver_city: None | str | Unset = UNSET
    receiver_postcode: None | str | Unset = UNSET
    receiver_country_code: None | str | Unset = UNSET
    receiver_bc_no: None | str | Unset = UNSET
    receiver_bank_no: None | str | Unset = UNSET
    receiver_bank_name: None | str | Unset = UNSET
    fee_type: (
        None | OutgoingPaymentFeeTypeType1 | OutgoingPaymentFeeTypeType2Type1 | OutgoingPaymentFeeTypeType3Type1 | Unset
    ) = UNSET
    """ Who pays the fees (IBAN payments). """
    reference_no: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    booking_text: None | str | Unset = UNSET
    banking_payment_id: None | Unset | UUID = UNSET
    """ the banking payment order (IBAN and QR payments) """
    banking_payment_entry_id: None | Unset | UUID = UNSET
    """ the account entry after reconciliation (IBAN and QR payments) """
    transaction_id: None | Unset | UUID = UNSET
    """ the reconciled transaction (RECONCILED payments) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["status"] = self.status
        field_dict["created_at"] = self.created_at
        field_dict["bill_id"] = dump(self.bill_id)
        field_dict["payment_type"] = self.payment_type
        field_dict["execution_date"] = dump(self.execution_date)
        field_dict["amount"] = self.amount
        field_dict["currency_code"] = self.currency_code
        field_dict["exchange_rate"] = self.exchange_rate
        field_dict["sender_bank_account_id"] = self.sender_bank_account_id
        field_dict["is_salary_payment"] = self.is_salary_payment
        if self.note is not UNSET:
            field_dict["note"] = self.note
        if self.sender_iban is not UNSET:
            field_dict["sender_iban"] = self.sender_iban
        if self.sender_name is not UNSET:
            field_dict["sender_name"] = self.sender_name
        if self.sender_street is not UNSET:
            field_dict["sender_street"] = self.sender_street
        if self.sender_house_no is not UNSET:
            field_dict["sender_house_no"] = self.sender_house_no
        if self.sender_city is not UNSET:
            field_dict["sender_city"] = self.sender_city
        if self.sender_postcode is not UNSET:
            field_dict["sender_postcode"] = self.sender_postcode
        if self.sender_country_code is not UNSET:
            field_dict["sender_country_code"] = self.sender_country_code
        if self.sender_bc_no is not UNSET:
            field_dict["sender_bc_no"] = self.sender_bc_no
        if self.sender_bank_no is not UNSET:
            field_dict["sender_bank_no"] = self.sender_bank_no
        if self.sender_bank_name is not UNSET:
            field_dict["sender_bank_name"] = self.sender_bank_name
        if self.receiver_account_no is not UNSET:
            field_dict["receiver_account_no"] = self.receiver_account_no
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
        if self.receiver_bc_no is not UNSET:
            field_dict["receiver_bc_no"] = self.receiver_bc_no
        if self.receiver_bank_no is not UNSET:
            field_dict["receiver_bank_no"] = self.receiver_bank_no
        if self.receiver_bank_name is not UNSET:
            field_dict["receiver_bank_name"] = self.receiver_bank_name
        if self.fee_type is not UNSET:
            field_dict["fee_type"] = self.fee_type
        if self.reference_no is not UNSET:
            field_dict["reference_no"] = self.reference_no
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.booking_text is not UNSET:
            field_dict["booking_text"] = self.booking_text
        if self.banking_payment_id is not UNSET:
            field_dict["banking_payment_id"] = dump(self.banking_payment_id)
        if self.banking_payment_entry_id is not UNSET:
            field_dict["banking_payment_entry_id"] = dump(self.banking_payment_entry_id)
        if self.transaction_id is not UNSET:
            field_dict["transaction_id"] = dump(self.transaction_id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OutgoingPayment from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            status = src_dict["status"]
            created_at = src_dict["created_at"]
            bill_id = src_dict["bill_id"]
            if bill_id is not None:
                bill_id = parse_uuid(bill_id)
            payment_type = src_dict["payment_type"]
            execution_date = src_dict["execution_date"]
            if execution_date is not None:
                execution_date = parse_date(execution_date)
            amount = src_dict["amount"]
            currency_code = src_dict["currency_code"]
            exchange_rate = src_dict["exchange_rate"]
            sender_bank_account_id = src_dict["sender_bank_account_id"]
            is_salary_payment = src_dict["is_salary_payment"]
            note = src_dict.get("note", UNSET)
            sender_iban = src_dict.get("sender_iban", UNSET)
            sender_name = src_dict.get("sender_name", UNSET)
            sender_street = src_dict.get("sender_street", UNSET)
            sender_house_no = src_dict.get("sender_house_no", UNSET)
            sender_city = src_dict.get("sender_city", UNSET)
            sender_postcode = src_dict.get("sender_postcode", UNSET)
            sender_country_code = src_dict.get("sender_country_code", UNSET)
            sender_bc_no = src_dict.get("sender_bc_no", UNSET)
            sender_bank_no = src_dict.get("sender_bank_no", UNSET)
            sender_bank_name = src_dict.get("sender_bank_name", UNSET)
            receiver_account_no = src_dict.get("receiver_account_no", UNSET)
            receiver_iban = src_dict.get("receiver_iban", UNSET)
            receiver_name = src_dict.get("receiver_name", UNSET)
            receiver_street = src_dict.get("receiver_street", UNSET)
            receiver_house_no = src_dict.get("receiver_house_no", UNSET)
            receiver_city = src_dict.get("receiver_city", UNSET)
            receiver_postcode = src_dict.get("receiver_postcode", UNSET)
            receiver_country_code = src_dict.get("receiver_country_code", UNSET)
            receiver_bc_no = src_dict.get("receiver_bc_no", UNSET)
            receiver_bank_no = src_dict.get("receiver_bank_no", UNSET)
            receiver_bank_name = src_dict.get("receiver_bank_name", UNSET)
            fee_type = src_dict.get("fee_type", UNSET)
            reference_no = src_dict.get("reference_no", UNSET)
            message = src_dict.get("message", UNSET)
            booking_text = src_dict.get("booking_text", UNSET)
            banking_payment_id = src_dict.get("banking_payment_id", UNSET)
            if banking_payment_id is not None and banking_payment_id is not UNSET:
                banking_payment_id = parse_uuid(banking_payment_id)
            banking_payment_entry_id = src_dict.get("banking_payment_entry_id", UNSET)
            if banking_payment_entry_id is not None and banking_payment_entry_id is not UNSET:
                banking_payment_entry_id = parse_uuid(banking_payment_entry_id)
            transaction_id = src_dict.get("transaction_id", UNSET)
            if transaction_id is not None and transaction_id is not UNSET:
                transaction_id = parse_uuid(transaction_id)
            if not (
                (
                    status is None
                    or (
                        status in OUTGOING_PAYMENT_STATUS_TYPE_1_VALUES
                        or status in OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES
                        or status in OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (created_at is None or type(created_at) is str)
                and (
                    payment_type is None
                    or (
                        payment_type in OUTGOING_PAYMENT_TYPE_TYPE_1_VALUES
                        or payment_type in OUTGOING_PAYMENT_TYPE_TYPE_2_TYPE_1_VALUES
                        or payment_type in OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (amount is None or (type(amount) in _NUMBER or type(amount) is str))
                and (currency_code is None or type(currency_code) is str)
                and (exchange_rate is None or (type(exchange_rate) in _NUMBER or type(exchange_rate) is str))
                and (sender_bank_account_id is None or type(sender_bank_account_id) is int)
                and type(is_salary_payment) is bool
                and (note is None or note is UNSET or type(note) is str)
                and (sender_iban is None or sender_iban is UNSET or type(sender_iban) is str)
                and (sender_name is None or sender_name is UNSET or type(sender_name) is str)
                and (sender_street is None or sender_street is UNSET or type(sender_street) is str)
                and (sender_house_no is None or sender_house_no is UNSET or type(sender_house_no) is str)
                and (sender_city is None or sender_city is UNSET or type(sender_city) is str)
                and (sender_postcode is None or sender_postcode is UNSET or type(sender_postcode) is str)
                and (sender_country_code is None or sender_country_code is UNSET or type(sender_country_code) is str)
                and (sender_bc_no is None or sender_bc_no is UNSET or type(sender_bc_no) is str)
                and (sender_bank_no is None or sender_bank_no is UNSET or type(sender_bank_no) is str)
                and (sender_bank_name is None or sender_bank_name is UNSET or type(sender_bank_name) is str)
                and (receiver_account_no is None or receiver_account_no is UNSET or type(receiver_account_no) is str)
                and (receiver_iban is None or receiver_iban is UNSET or type(receiver_iban) is str)
                and (receiver_name is None or receiver_name is UNSET or type(receiver_name) is str)
                and (receiver_street is None or receiver_street is UNSET or type(receiver_street) is str)
                and (receiver_house_no is None or receiver_house_no is UNSET or type(receiver_house_no) is str)
                and (receiver_city is None or receiver_city is UNSET or type(receiver_city) is str)
                and (receiver_postcode is None or receiver_postcode is UNSET or type(receiver_postcode) is str)
                and (
                    receiver_country_code is None
                    or receiver_country_code is UNSET
                    or type(receiver_country_code) is str
                )
                and (receiver_bc_no is None or receiver_bc_no is UNSET or type(receiver_bc_no) is str)
                and (receiver_bank_no is None or receiver_bank_no is UNSET or type(receiver_bank_no) is str)
                and (receiver_bank_name is None or receiver_bank_name is UNSET or type(receiver_bank_name) is str)
                and (
                    fee_type is None
                    or fee_type is UNSET
                    or (
                        fee_type in OUTGOING_PAYMENT_FEE_TYPE_TYPE_1_VALUES
                        or fee_type in OUTGOING_PAYMENT_FEE_TYPE_TYPE_2_TYPE_1_VALUES
                        or fee_type in OUTGOING_PAYMENT_FEE_TYPE_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (reference_no is None or reference_no is UNSET or type(reference_no) is str)
                and (message is None or message is UNSET or type(message) is str)
                and (booking_text is None or booking_text is UNSET or type(booking_text) is str)
            ):
                raise TypeError
            self = cls(
                id,
                status,
                created_at,
                bill_id,
                payment_type,
                execution_date,
                amount,
                currency_code,
                exchange_rate,
                sender_bank_account_id,
                is_salary_payment,
                note,
                sender_iban,
                sender_name,
                sender_street,
                sender_house_no,
                sender_city,
                sender_postcode,
                sender_country_code,
                sender_bc_no,
                sender_bank_no,
                sender_bank_name,
                receiver_account_no,
                receiver_iban,
                receiver_name,
                receiver_street,
                receiver_house_no,
                receiver_city,
                receiver_postcode,
                receiver_country_code,
                receiver_bc_no,
                receiver_bank_no,
                receiver_bank_name,
                fee_type,
                reference_no,
                message,
                booking_text,
                banking_payment_id,
                banking_payment_entry_id,
                transaction_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 11 and not _KNOWN.issuperset(src_dict):
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
    Field("id", "id", True, UUID_TEXT),
    Field(
        "status",
        "status",
        True,
        Nullable(
            OneOf(
                (
                    Enum(OUTGOING_PAYMENT_STATUS_TYPE_1_VALUES),
                    Enum(OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES),
                    Enum(OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("created_at", "created_at", True, Nullable(STR)),
    Field("bill_id", "bill_id", True, Nullable(UUID_TEXT)),
    Field(
        "payment_type",
        "payment_type",
        True,
        Nullable(
            OneOf(
                (
                    Enum(OUTGOING_PAYMENT_TYPE_TYPE_1_VALUES),
                    Enum(OUTGOING_PAYMENT_TYPE_TYPE_2_TYPE_1_VALUES),
                    Enum(OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
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
    Field("currency_code", "currency_code", True, Nullable(STR)),
    Field(
        "exchange_rate",
        "exchange_rate",
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
    Field("sender_bank_account_id", "sender_bank_account_id", True, Nullable(INT)),
    Field("is_salary_payment", "is_salary_payment", True, BOOL),
    Field("note", "note", False, Nullable(STR)),
    Field("sender_iban", "sender_iban", False, Nullable(STR)),
    Field("sender_name", "sender_name", False, Nullable(STR)),
    Field("sender_street", "sender_street", False, Nullable(STR)),
    Field("sender_house_no", "sender_house_no", False, Nullable(STR)),
    Field("sender_city", "sender_city", False, Nullable(STR)),
    Field("sender_postcode", "sender_postcode", False, Nullable(STR)),
    Field("sender_country_code", "sender_country_code", False, Nullable(STR)),
    Field("sender_bc_no", "sender_bc_no", False, Nullable(STR)),
    Field("sender_bank_no", "sender_bank_no", False, Nullable(STR)),
    Field("sender_bank_name", "sender_bank_name", False, Nullable(STR)),
    Field("receiver_account_no", "receiver_account_no", False, Nullable(STR)),
    Field("receiver_iban", "receiver_iban", False, Nullable(STR)),
    Field("receiver_name", "receiver_name", False, Nullable(STR)),
    Field("receiver_street", "receiver_street", False, Nullable(STR)),
    Field("receiver_house_no", "receiver_house_no", False, Nullable(STR)),
    Field("receiver_city", "receiver_city", False, Nullable(STR)),
    Field("receiver_postcode", "receiver_postcode", False, Nullable(STR)),
    Field("receiver_country_code", "receiver_country_code", False, Nullable(STR)),
    Field("receiver_bc_no", "receiver_bc_no", False, Nullable(STR)),
    Field("receiver_bank_no", "receiver_bank_no", False, Nullable(STR)),
    Field("receiver_bank_name", "receiver_bank_name", False, Nullable(STR)),
    Field(
        "fee_type",
        "fee_type",
        False,
        Nullable(
            OneOf(
                (
                    Enum(OUTGOING_PAYMENT_FEE_TYPE_TYPE_1_VALUES),
                    Enum(OUTGOING_PAYMENT_FEE_TYPE_TYPE_2_TYPE_1_VALUES),
                    Enum(OUTGOING_PAYMENT_FEE_TYPE_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("reference_no", "reference_no", False, Nullable(STR)),
    Field("message", "message", False, Nullable(STR)),
    Field("booking_text", "booking_text", False, Nullable(STR)),
    Field("banking_payment_id", "banking_payment_id", False, Nullable(UUID_TEXT)),
    Field("banking_payment_entry_id", "banking_payment_entry_id", False, Nullable(UUID_TEXT)),
    Field("transaction_id", "transaction_id", False, Nullable(UUID_TEXT)),
)
_KNOWN = frozenset(
    {
        "id",
        "status",
        "created_at",
        "bill_id",
        "payment_type",
        "execution_date",
        "amount",
        "currency_code",
        "exchange_rate",
        "sender_bank_account_id",
        "is_salary_payment",
        "note",
        "sender_iban",
        "sender_name",
        "sender_street",
        "sender_house_no",
        "sender_city",
        "sender_postcode",
        "sender_country_code",
        "sender_bc_no",
        "sender_bank_no",
        "sender_bank_name",
        "receiver_account_no",
        "receiver_iban",
        "receiver_name",
        "receiver_street",
        "receiver_house_no",
        "receiver_city",
        "receiver_postcode",
        "receiver_country_code",
        "receiver_bc_no",
        "receiver_bank_no",
        "receiver_bank_name",
        "fee_type",
        "reference_no",
        "message",
        "booking_text",
        "banking_payment_id",
        "banking_payment_entry_id",
        "transaction_id",
    }
)
