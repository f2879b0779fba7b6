from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="OutgoingPaymentListItem")


@_attrs_define
class OutgoingPaymentListItem:
    """An Outgoing Payment as the list returns it (item of `data`; research/nested-schemas.md §5, as the reference
    collapses it).

    """

    id: UUID
    bill_id: None | UUID
    payment_type: None | OutgoingPaymentTypeType1 | OutgoingPaymentTypeType2Type1 | OutgoingPaymentTypeType3Type1
    """ How the Outgoing Payment is made. RECONCILED payments come from reconciliation and cannot be created through
    the API. """
    status: None | OutgoingPaymentStatusType1 | OutgoingPaymentStatusType2Type1 | OutgoingPaymentStatusType3Type1
    """ The state of an Outgoing Payment. """
    execution_date: datetime.date | None
    amount: float | None | str
    sender_bank_account_id: int | None | Unset = UNSET
    receiver_account_no: None | str | Unset = UNSET
    receiver_iban: None | str | Unset = UNSET
    banking_payment_id: None | Unset | UUID = UNSET
    transaction_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

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

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        execution_date: None | str
        if isinstance(self.execution_date, datetime.date):
            execution_date = self.execution_date.isoformat()
        else:
            execution_date = self.execution_date

        amount: float | None | str
        amount = self.amount

        sender_bank_account_id: int | None | Unset
        if isinstance(self.sender_bank_account_id, Unset):
            sender_bank_account_id = UNSET
        else:
            sender_bank_account_id = self.sender_bank_account_id

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

        banking_payment_id: None | str | Unset
        if isinstance(self.banking_payment_id, Unset):
            banking_payment_id = UNSET
        elif isinstance(self.banking_payment_id, UUID):
            banking_payment_id = str(self.banking_payment_id)
        else:
            banking_payment_id = self.banking_payment_id

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
                "bill_id": bill_id,
                "payment_type": payment_type,
                "status": status,
                "execution_date": execution_date,
                "amount": amount,
            }
        )
        if sender_bank_account_id is not UNSET:
            field_dict["sender_bank_account_id"] = sender_bank_account_id
        if receiver_account_no is not UNSET:
            field_dict["receiver_account_no"] = receiver_account_no
        if receiver_iban is not UNSET:
            field_dict["receiver_iban"] = receiver_iban
        if banking_payment_id is not UNSET:
            field_dict["banking_payment_id"] = banking_payment_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        def _parse_sender_bank_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        sender_bank_account_id = _parse_sender_bank_account_id(d.pop("sender_bank_account_id", UNSET))

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

        outgoing_payment_list_item = cls(
            id=id,
            bill_id=bill_id,
            payment_type=payment_type,
            status=status,
            execution_date=execution_date,
            amount=amount,
            sender_bank_account_id=sender_bank_account_id,
            receiver_account_no=receiver_account_no,
            receiver_iban=receiver_iban,
            banking_payment_id=banking_payment_id,
            transaction_id=transaction_id,
        )

        outgoing_payment_list_item.additional_properties = d
        return outgoing_payment_list_item

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
