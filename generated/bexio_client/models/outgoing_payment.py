from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outgoing_payment_fee_type_type_1 import (
    OutgoingPaymentFeeTypeType1,
    check_outgoing_payment_fee_type_type_1,
)
from ..models.outgoing_payment_fee_type_type_2_type_1 import (
    OutgoingPaymentFeeTypeType2Type1,
    check_outgoing_payment_fee_type_type_2_type_1,
)
from ..models.outgoing_payment_fee_type_type_3_type_1 import (
    OutgoingPaymentFeeTypeType3Type1,
    check_outgoing_payment_fee_type_type_3_type_1,
)
from ..models.outgoing_payment_status_type_1 import OutgoingPaymentStatusType1, check_outgoing_payment_status_type_1
from ..models.outgoing_payment_status_type_2_type_1 import (
    OutgoingPaymentStatusType2Type1,
    check_outgoing_payment_status_type_2_type_1,
)
from ..models.outgoing_payment_status_type_3_type_1 import (
    OutgoingPaymentStatusType3Type1,
    check_outgoing_payment_status_type_3_type_1,
)
from ..models.outgoing_payment_type_type_1 import OutgoingPaymentTypeType1, check_outgoing_payment_type_type_1
from ..models.outgoing_payment_type_type_2_type_1 import (
    OutgoingPaymentTypeType2Type1,
    check_outgoing_payment_type_type_2_type_1,
)
from ..models.outgoing_payment_type_type_3_type_1 import (
    OutgoingPaymentTypeType3Type1,
    check_outgoing_payment_type_type_3_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutgoingPayment")


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
        id = str(self.id)

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at: None | str
        created_at = self.created_at

        bill_id: None | str
        if isinstance(self.bill_id, UUID):
            bill_id = str(self.bill_id)
        else:
            bill_id = self.bill_id

        payment_type: None | str
        if isinstance(self.payment_type, str):
            payment_type = self.payment_type
        elif isinstance(self.payment_type, str):
            payment_type = self.payment_type
        elif isinstance(self.payment_type, str):
            payment_type = self.payment_type
        else:
            payment_type = self.payment_type

        execution_date: None | str
        if isinstance(self.execution_date, datetime.date):
            execution_date = self.execution_date.isoformat()
        else:
            execution_date = self.execution_date

        amount: float | None | str
        amount = self.amount

        currency_code: None | str
        currency_code = self.currency_code

        exchange_rate: float | None | str
        exchange_rate = self.exchange_rate

        sender_bank_account_id: int | None
        sender_bank_account_id = self.sender_bank_account_id

        is_salary_payment = self.is_salary_payment

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        sender_iban: None | str | Unset
        if isinstance(self.sender_iban, Unset):
            sender_iban = UNSET
        else:
            sender_iban = self.sender_iban

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        sender_street: None | str | Unset
        if isinstance(self.sender_street, Unset):
            sender_street = UNSET
        else:
            sender_street = self.sender_street

        sender_house_no: None | str | Unset
        if isinstance(self.sender_house_no, Unset):
            sender_house_no = UNSET
        else:
            sender_house_no = self.sender_house_no

        sender_city: None | str | Unset
        if isinstance(self.sender_city, Unset):
            sender_city = UNSET
        else:
            sender_city = self.sender_city

        sender_postcode: None | str | Unset
        if isinstance(self.sender_postcode, Unset):
            sender_postcode = UNSET
        else:
            sender_postcode = self.sender_postcode

        sender_country_code: None | str | Unset
        if isinstance(self.sender_country_code, Unset):
            sender_country_code = UNSET
        else:
            sender_country_code = self.sender_country_code

        sender_bc_no: None | str | Unset
        if isinstance(self.sender_bc_no, Unset):
            sender_bc_no = UNSET
        else:
            sender_bc_no = self.sender_bc_no

        sender_bank_no: None | str | Unset
        if isinstance(self.sender_bank_no, Unset):
            sender_bank_no = UNSET
        else:
            sender_bank_no = self.sender_bank_no

        sender_bank_name: None | str | Unset
        if isinstance(self.sender_bank_name, Unset):
            sender_bank_name = UNSET
        else:
            sender_bank_name = self.sender_bank_name

        receiver_account_no: None | str | Unset
        if isinstance(self.receiver_account_no, Unset):
            receiver_account_no = UNSET
        else:
            receiver_account_no = self.receiver_account_no

        receiver_iban: None | str | Unset
        if isinstance(self.receiver_iban, Unset):
            receiver_iban = UNSET
        else:
            receiver_iban = self.receiver_iban

        receiver_name: None | str | Unset
        if isinstance(self.receiver_name, Unset):
            receiver_name = UNSET
        else:
            receiver_name = self.receiver_name

        receiver_street: None | str | Unset
        if isinstance(self.receiver_street, Unset):
            receiver_street = UNSET
        else:
            receiver_street = self.receiver_street

        receiver_house_no: None | str | Unset
        if isinstance(self.receiver_house_no, Unset):
            receiver_house_no = UNSET
        else:
            receiver_house_no = self.receiver_house_no

        receiver_city: None | str | Unset
        if isinstance(self.receiver_city, Unset):
            receiver_city = UNSET
        else:
            receiver_city = self.receiver_city

        receiver_postcode: None | str | Unset
        if isinstance(self.receiver_postcode, Unset):
            receiver_postcode = UNSET
        else:
            receiver_postcode = self.receiver_postcode

        receiver_country_code: None | str | Unset
        if isinstance(self.receiver_country_code, Unset):
            receiver_country_code = UNSET
        else:
            receiver_country_code = self.receiver_country_code

        receiver_bc_no: None | str | Unset
        if isinstance(self.receiver_bc_no, Unset):
            receiver_bc_no = UNSET
        else:
            receiver_bc_no = self.receiver_bc_no

        receiver_bank_no: None | str | Unset
        if isinstance(self.receiver_bank_no, Unset):
            receiver_bank_no = UNSET
        else:
            receiver_bank_no = self.receiver_bank_no

        receiver_bank_name: None | str | Unset
        if isinstance(self.receiver_bank_name, Unset):
            receiver_bank_name = UNSET
        else:
            receiver_bank_name = self.receiver_bank_name

        fee_type: None | str | Unset
        if isinstance(self.fee_type, Unset):
            fee_type = UNSET
        elif isinstance(self.fee_type, str):
            fee_type = self.fee_type
        elif isinstance(self.fee_type, str):
            fee_type = self.fee_type
        elif isinstance(self.fee_type, str):
            fee_type = self.fee_type
        else:
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

        booking_text: None | str | Unset
        if isinstance(self.booking_text, Unset):
            booking_text = UNSET
        else:
            booking_text = self.booking_text

        banking_payment_id: None | str | Unset
        if isinstance(self.banking_payment_id, Unset):
            banking_payment_id = UNSET
        elif isinstance(self.banking_payment_id, UUID):
            banking_payment_id = str(self.banking_payment_id)
        else:
            banking_payment_id = self.banking_payment_id

        banking_payment_entry_id: None | str | Unset
        if isinstance(self.banking_payment_entry_id, Unset):
            banking_payment_entry_id = UNSET
        elif isinstance(self.banking_payment_entry_id, UUID):
            banking_payment_entry_id = str(self.banking_payment_entry_id)
        else:
            banking_payment_entry_id = self.banking_payment_entry_id

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        elif isinstance(self.transaction_id, UUID):
            transaction_id = str(self.transaction_id)
        else:
            transaction_id = self.transaction_id

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

        def _parse_status(
            data: object,
        ) -> None | OutgoingPaymentStatusType1 | OutgoingPaymentStatusType2Type1 | OutgoingPaymentStatusType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_status_type_1 = check_outgoing_payment_status_type_1(data)

                return componentsschemas_outgoing_payment_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_status_type_2_type_1 = check_outgoing_payment_status_type_2_type_1(
                    data
                )

                return componentsschemas_outgoing_payment_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_status_type_3_type_1 = check_outgoing_payment_status_type_3_type_1(
                    data
                )

                return componentsschemas_outgoing_payment_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | OutgoingPaymentStatusType1 | OutgoingPaymentStatusType2Type1 | OutgoingPaymentStatusType3Type1",
                data,
            )

        status = _parse_status(d.pop("status"))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_bill_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bill_id_type_0 = UUID(data)

                return bill_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | UUID", data)

        bill_id = _parse_bill_id(d.pop("bill_id"))

        def _parse_payment_type(
            data: object,
        ) -> None | OutgoingPaymentTypeType1 | OutgoingPaymentTypeType2Type1 | OutgoingPaymentTypeType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_type_type_1 = check_outgoing_payment_type_type_1(data)

                return componentsschemas_outgoing_payment_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_type_type_2_type_1 = check_outgoing_payment_type_type_2_type_1(data)

                return componentsschemas_outgoing_payment_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_type_type_3_type_1 = check_outgoing_payment_type_type_3_type_1(data)

                return componentsschemas_outgoing_payment_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | OutgoingPaymentTypeType1 | OutgoingPaymentTypeType2Type1 | OutgoingPaymentTypeType3Type1", data
            )

        payment_type = _parse_payment_type(d.pop("payment_type"))

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

        def _parse_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        currency_code = _parse_currency_code(d.pop("currency_code"))

        def _parse_exchange_rate(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate"))

        def _parse_sender_bank_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        sender_bank_account_id = _parse_sender_bank_account_id(d.pop("sender_bank_account_id"))

        is_salary_payment = d.pop("is_salary_payment")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_sender_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_iban = _parse_sender_iban(d.pop("sender_iban", UNSET))

        def _parse_sender_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_name = _parse_sender_name(d.pop("sender_name", UNSET))

        def _parse_sender_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_street = _parse_sender_street(d.pop("sender_street", UNSET))

        def _parse_sender_house_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_house_no = _parse_sender_house_no(d.pop("sender_house_no", UNSET))

        def _parse_sender_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_city = _parse_sender_city(d.pop("sender_city", UNSET))

        def _parse_sender_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_postcode = _parse_sender_postcode(d.pop("sender_postcode", UNSET))

        def _parse_sender_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_country_code = _parse_sender_country_code(d.pop("sender_country_code", UNSET))

        def _parse_sender_bc_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_bc_no = _parse_sender_bc_no(d.pop("sender_bc_no", UNSET))

        def _parse_sender_bank_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_bank_no = _parse_sender_bank_no(d.pop("sender_bank_no", UNSET))

        def _parse_sender_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sender_bank_name = _parse_sender_bank_name(d.pop("sender_bank_name", UNSET))

        def _parse_receiver_account_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_account_no = _parse_receiver_account_no(d.pop("receiver_account_no", UNSET))

        def _parse_receiver_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_iban = _parse_receiver_iban(d.pop("receiver_iban", UNSET))

        def _parse_receiver_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_name = _parse_receiver_name(d.pop("receiver_name", UNSET))

        def _parse_receiver_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_street = _parse_receiver_street(d.pop("receiver_street", UNSET))

        def _parse_receiver_house_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_house_no = _parse_receiver_house_no(d.pop("receiver_house_no", UNSET))

        def _parse_receiver_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_city = _parse_receiver_city(d.pop("receiver_city", UNSET))

        def _parse_receiver_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_postcode = _parse_receiver_postcode(d.pop("receiver_postcode", UNSET))

        def _parse_receiver_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_country_code = _parse_receiver_country_code(d.pop("receiver_country_code", UNSET))

        def _parse_receiver_bc_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_bc_no = _parse_receiver_bc_no(d.pop("receiver_bc_no", UNSET))

        def _parse_receiver_bank_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_bank_no = _parse_receiver_bank_no(d.pop("receiver_bank_no", UNSET))

        def _parse_receiver_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        receiver_bank_name = _parse_receiver_bank_name(d.pop("receiver_bank_name", UNSET))

        def _parse_fee_type(
            data: object,
        ) -> (
            None
            | OutgoingPaymentFeeTypeType1
            | OutgoingPaymentFeeTypeType2Type1
            | OutgoingPaymentFeeTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_fee_type_type_1 = check_outgoing_payment_fee_type_type_1(data)

                return componentsschemas_outgoing_payment_fee_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_fee_type_type_2_type_1 = (
                    check_outgoing_payment_fee_type_type_2_type_1(data)
                )

                return componentsschemas_outgoing_payment_fee_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_outgoing_payment_fee_type_type_3_type_1 = (
                    check_outgoing_payment_fee_type_type_3_type_1(data)
                )

                return componentsschemas_outgoing_payment_fee_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | OutgoingPaymentFeeTypeType1 | OutgoingPaymentFeeTypeType2Type1 | OutgoingPaymentFeeTypeType3Type1 | Unset",
                data,
            )

        fee_type = _parse_fee_type(d.pop("fee_type", UNSET))

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

        def _parse_booking_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        booking_text = _parse_booking_text(d.pop("booking_text", UNSET))

        def _parse_banking_payment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                banking_payment_id_type_0 = UUID(data)

                return banking_payment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        banking_payment_id = _parse_banking_payment_id(d.pop("banking_payment_id", UNSET))

        def _parse_banking_payment_entry_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                banking_payment_entry_id_type_0 = UUID(data)

                return banking_payment_entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        banking_payment_entry_id = _parse_banking_payment_entry_id(d.pop("banking_payment_entry_id", UNSET))

        def _parse_transaction_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_id_type_0 = UUID(data)

                return transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

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
