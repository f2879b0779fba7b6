from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseReference")


@_attrs_define
class PurchaseReference:
    """The purchase bill and bill payment the payment belongs to."""

    bill_id: UUID | Unset = UNSET
    bill_payment_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_id: str | Unset = UNSET
        if not isinstance(self.bill_id, Unset):
            bill_id = str(self.bill_id)

        bill_payment_id: str | Unset = UNSET
        if not isinstance(self.bill_payment_id, Unset):
            bill_payment_id = str(self.bill_payment_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_payment_id is not UNSET:
            field_dict["bill_payment_id"] = bill_payment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bill_id = d.pop("bill_id", UNSET)
        bill_id: UUID | Unset
        if isinstance(_bill_id, Unset):
            bill_id = UNSET
        else:
            bill_id = UUID(_bill_id)

        _bill_payment_id = d.pop("bill_payment_id", UNSET)
        bill_payment_id: UUID | Unset
        if isinstance(_bill_payment_id, Unset):
            bill_payment_id = UNSET
        else:
            bill_payment_id = UUID(_bill_payment_id)

        purchase_reference = cls(
            bill_id=bill_id,
            bill_payment_id=bill_payment_id,
        )

        purchase_reference.additional_properties = d
        return purchase_reference

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
