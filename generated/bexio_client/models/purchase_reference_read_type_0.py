from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    UUID_TEXT,
    Field,
    Nullable,
    dump,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class PurchaseReferenceReadType0:
    """The purchase bill and bill payment the payment belongs to."""

    bill_id: None | Unset | UUID = UNSET
    bill_payment_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.bill_id is not UNSET:
            field_dict["bill_id"] = dump(self.bill_id)
        if self.bill_payment_id is not UNSET:
            field_dict["bill_payment_id"] = dump(self.bill_payment_id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseReferenceReadType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            bill_id = src_dict.get("bill_id", UNSET)
            if bill_id is not None and bill_id is not UNSET:
                bill_id = parse_uuid(bill_id)
            bill_payment_id = src_dict.get("bill_payment_id", UNSET)
            if bill_payment_id is not None and bill_payment_id is not UNSET:
                bill_payment_id = parse_uuid(bill_payment_id)
            self = cls(
                bill_id,
                bill_payment_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (bill_id is not UNSET) + (bill_payment_id is not UNSET):
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
    Field("bill_id", "bill_id", False, Nullable(UUID_TEXT)),
    Field("bill_payment_id", "bill_payment_id", False, Nullable(UUID_TEXT)),
)
_KNOWN = frozenset(
    {
        "bill_id",
        "bill_payment_id",
    }
)
