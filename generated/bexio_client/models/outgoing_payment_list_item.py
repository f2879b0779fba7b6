from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
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
from .outgoing_payment_status_type_1 import OUTGOING_PAYMENT_STATUS_TYPE_1_VALUES
from .outgoing_payment_status_type_2_type_1 import OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES
from .outgoing_payment_status_type_3_type_1 import OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES
from .outgoing_payment_type_type_1 import OUTGOING_PAYMENT_TYPE_TYPE_1_VALUES
from .outgoing_payment_type_type_2_type_1 import OUTGOING_PAYMENT_TYPE_TYPE_2_TYPE_1_VALUES
from .outgoing_payment_type_type_3_type_1 import OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["bill_id"] = dump(self.bill_id)
        field_dict["payment_type"] = self.payment_type
        field_dict["status"] = self.status
        field_dict["execution_date"] = dump(self.execution_date)
        field_dict["amount"] = self.amount
        if self.sender_bank_account_id is not UNSET:
            field_dict["sender_bank_account_id"] = self.sender_bank_account_id
        if self.receiver_account_no is not UNSET:
            field_dict["receiver_account_no"] = self.receiver_account_no
        if self.receiver_iban is not UNSET:
            field_dict["receiver_iban"] = self.receiver_iban
        if self.banking_payment_id is not UNSET:
            field_dict["banking_payment_id"] = dump(self.banking_payment_id)
        if self.transaction_id is not UNSET:
            field_dict["transaction_id"] = dump(self.transaction_id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OutgoingPaymentListItem from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            bill_id = src_dict["bill_id"]
            if bill_id is not None:
                bill_id = parse_uuid(bill_id)
            payment_type = src_dict["payment_type"]
            status = src_dict["status"]
            execution_date = src_dict["execution_date"]
            if execution_date is not None:
                execution_date = parse_date(execution_date)
            amount = src_dict["amount"]
            sender_bank_account_id = src_dict.get("sender_bank_account_id", UNSET)
            receiver_account_no = src_dict.get("receiver_account_no", UNSET)
            receiver_iban = src_dict.get("receiver_iban", UNSET)
            banking_payment_id = src_dict.get("banking_payment_id", UNSET)
            if banking_payment_id is not None and banking_payment_id is not UNSET:
                banking_payment_id = parse_uuid(banking_payment_id)
            transaction_id = src_dict.get("transaction_id", UNSET)
            if transaction_id is not None and transaction_id is not UNSET:
                transaction_id = parse_uuid(transaction_id)
            if not (
                (
                    payment_type is None
                    or (
                        payment_type in OUTGOING_PAYMENT_TYPE_TYPE_1_VALUES
                        or payment_type in OUTGOING_PAYMENT_TYPE_TYPE_2_TYPE_1_VALUES
                        or payment_type in OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (
                    status is None
                    or (
                        status in OUTGOING_PAYMENT_STATUS_TYPE_1_VALUES
                        or status in OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES
                        or status in OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (amount is None or (type(amount) in _NUMBER or type(amount) is str))
                and (
                    sender_bank_account_id is None
                    or sender_bank_account_id is UNSET
                    or type(sender_bank_account_id) is int
                )
                and (receiver_account_no is None or receiver_account_no is UNSET or type(receiver_account_no) is str)
                and (receiver_iban is None or receiver_iban is UNSET or type(receiver_iban) is str)
            ):
                raise TypeError
            self = cls(
                id,
                bill_id,
                payment_type,
                status,
                execution_date,
                amount,
                sender_bank_account_id,
                receiver_account_no,
                receiver_iban,
                banking_payment_id,
                transaction_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 6 + (sender_bank_account_id is not UNSET) + (receiver_account_no is not UNSET) + (
            receiver_iban is not UNSET
        ) + (banking_payment_id is not UNSET) + (transaction_id is not UNSET):
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
    Field("sender_bank_account_id", "sender_bank_account_id", False, Nullable(INT)),
    Field("receiver_account_no", "receiver_account_no", False, Nullable(STR)),
    Field("receiver_iban", "receiver_iban", False, Nullable(STR)),
    Field("banking_payment_id", "banking_payment_id", False, Nullable(UUID_TEXT)),
    Field("transaction_id", "transaction_id", False, Nullable(UUID_TEXT)),
)
_KNOWN = frozenset(
    {
        "id",
        "bill_id",
        "payment_type",
        "status",
        "execution_date",
        "amount",
        "sender_bank_account_id",
        "receiver_account_no",
        "receiver_iban",
        "banking_payment_id",
        "transaction_id",
    }
)
