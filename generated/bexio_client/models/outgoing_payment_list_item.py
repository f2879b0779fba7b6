from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outgoing_payment_status import OutgoingPaymentStatus, check_outgoing_payment_status
from ..models.outgoing_payment_type import OutgoingPaymentType, check_outgoing_payment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutgoingPaymentListItem")


@_attrs_define
class OutgoingPaymentListItem:
    """An Outgoing Payment as the list returns it (item of `data`; research/nested-schemas.md §5, as the reference
    collapses it).

    """

    id: UUID
    bill_id: UUID
    payment_type: OutgoingPaymentType
    """ How the Outgoing Payment is made. RECONCILED payments come from reconciliation and cannot be created through
    the API. """
    status: OutgoingPaymentStatus
    """ The state of an Outgoing Payment. """
    execution_date: datetime.date
    amount: float
    sender_bank_account_id: int | Unset = UNSET
    receiver_account_no: str | Unset = UNSET
    receiver_iban: str | Unset = UNSET
    banking_payment_id: UUID | Unset = UNSET
    transaction_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        bill_id = str(self.bill_id)

        payment_type: str = self.payment_type

        status: str = self.status

        execution_date = self.execution_date.isoformat()

        amount = self.amount

        sender_bank_account_id = self.sender_bank_account_id

        receiver_account_no = self.receiver_account_no

        receiver_iban = self.receiver_iban

        banking_payment_id: str | Unset = UNSET
        if not isinstance(self.banking_payment_id, Unset):
            banking_payment_id = str(self.banking_payment_id)

        transaction_id: str | Unset = UNSET
        if not isinstance(self.transaction_id, Unset):
            transaction_id = str(self.transaction_id)

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

        bill_id = UUID(d.pop("bill_id"))

        payment_type = check_outgoing_payment_type(d.pop("payment_type"))

        status = check_outgoing_payment_status(d.pop("status"))

        execution_date = datetime.date.fromisoformat(d.pop("execution_date"))

        amount = d.pop("amount")

        sender_bank_account_id = d.pop("sender_bank_account_id", UNSET)

        receiver_account_no = d.pop("receiver_account_no", UNSET)

        receiver_iban = d.pop("receiver_iban", UNSET)

        _banking_payment_id = d.pop("banking_payment_id", UNSET)
        banking_payment_id: UUID | Unset
        if isinstance(_banking_payment_id, Unset):
            banking_payment_id = UNSET
        else:
            banking_payment_id = UUID(_banking_payment_id)

        _transaction_id = d.pop("transaction_id", UNSET)
        transaction_id: UUID | Unset
        if isinstance(_transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = UUID(_transaction_id)

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
