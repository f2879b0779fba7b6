from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    DATETIME,
    INT,
    STR,
    UUID_TEXT,
    Enum,
    Field,
    Model,
    dump,
    parse_datetime,
    parse_uuid,
    read_model,
)
from ..models.bank_payment_status import BankPaymentStatus
from .bank_payment_status import BANK_PAYMENT_STATUS_VALUES


@_attrs_define
class BankPayment:
    """A payment (IBAN or QR) as bexio returns it (fields read from the response samples; nested objects from
    research/nested-schemas.md §8).

    """

    id: int
    uuid: UUID
    type_: str
    """ The kind of payment: `iban` or `qr` in the samples. """
    bank_account: BankPaymentBankAccount
    """ The bank account a payment is made from (fields from bexio's published spec, research/nested-schemas.md §8).
    """
    payment: BankPaymentDetails
    """ The `payment` object of a payment response. The reference shows it collapsed and bexio's current spec no
    longer holds it (research/nested-schemas.md §8, §13); every field bexio returns is kept as an additional
    property. """
    instruction_id: str
    status: BankPaymentStatus
    """ The state of a payment (values from bexio's published spec, research/nested-schemas.md §8). A payment can
    only be edited or deleted when "open", and only be cancelled when "downloaded", "transferred" or "error". """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["uuid"] = dump(self.uuid)
        field_dict["type"] = self.type_
        field_dict["bank_account"] = dump(self.bank_account)
        field_dict["payment"] = dump(self.payment)
        field_dict["instruction_id"] = self.instruction_id
        field_dict["status"] = self.status
        field_dict["created_at"] = dump(self.created_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BankPayment from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            uuid = src_dict["uuid"]
            uuid = parse_uuid(uuid)
            type_ = src_dict["type"]
            bank_account = src_dict["bank_account"]
            bank_account = BankPaymentBankAccount.from_dict(bank_account)
            payment = src_dict["payment"]
            payment = BankPaymentDetails.from_dict(payment)
            instruction_id = src_dict["instruction_id"]
            status = src_dict["status"]
            created_at = src_dict["created_at"]
            created_at = parse_datetime(created_at)
            if not (
                type(id) is int
                and type(type_) is str
                and type(instruction_id) is str
                and status in BANK_PAYMENT_STATUS_VALUES
            ):
                raise TypeError
            self = cls(
                id,
                uuid,
                type_,
                bank_account,
                payment,
                instruction_id,
                status,
                created_at,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 8:
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


from .bank_payment_bank_account import BankPaymentBankAccount  # noqa: E402
from .bank_payment_details import BankPaymentDetails  # noqa: E402

_FIELDS = (
    Field("id", "id", True, INT),
    Field("uuid", "uuid", True, UUID_TEXT),
    Field("type_", "type", True, STR),
    Field("bank_account", "bank_account", True, Model(BankPaymentBankAccount)),
    Field("payment", "payment", True, Model(BankPaymentDetails)),
    Field("instruction_id", "instruction_id", True, STR),
    Field("status", "status", True, Enum(BANK_PAYMENT_STATUS_VALUES)),
    Field("created_at", "created_at", True, DATETIME),
)
_KNOWN = frozenset(
    {
        "id",
        "uuid",
        "type",
        "bank_account",
        "payment",
        "instruction_id",
        "status",
        "created_at",
    }
)
