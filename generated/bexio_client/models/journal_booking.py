from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    ANY,
    Field,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class JournalBooking:
    """A booking of the accounting journal. The reference shows the sample collapsed; the fields below are those its
    changelog adds to the journal (read only, no type given). Every other field bexio returns is kept as an additional
    property.

    """

    ref_uuid: Any | Unset = UNSET
    """ Read only; added to the report endpoint on 2021-07-23 (changelog; no type given). """
    base_currency_id: Any | Unset = UNSET
    """ The base currency of the booking. Read only; added on 2024-08-06 (changelog; no type given). """
    currency_factor: Any | Unset = UNSET
    """ The exchange rate factor of the booking. Read only; added on 2024-08-06 (changelog; no type given). """
    base_currency_amount: Any | Unset = UNSET
    """ The amount in the base currency. Read only; added on 2024-08-06 (changelog; no type given). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.ref_uuid is not UNSET:
            field_dict["ref_uuid"] = dump(self.ref_uuid)
        if self.base_currency_id is not UNSET:
            field_dict["base_currency_id"] = dump(self.base_currency_id)
        if self.currency_factor is not UNSET:
            field_dict["currency_factor"] = dump(self.currency_factor)
        if self.base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = dump(self.base_currency_amount)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A JournalBooking from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            ref_uuid = src_dict.get("ref_uuid", UNSET)
            base_currency_id = src_dict.get("base_currency_id", UNSET)
            currency_factor = src_dict.get("currency_factor", UNSET)
            base_currency_amount = src_dict.get("base_currency_amount", UNSET)
            self = cls(
                ref_uuid,
                base_currency_id,
                currency_factor,
                base_currency_amount,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (ref_uuid is not UNSET) + (base_currency_id is not UNSET) + (
            currency_factor is not UNSET
        ) + (base_currency_amount is not UNSET):
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
    Field("ref_uuid", "ref_uuid", False, ANY),
    Field("base_currency_id", "base_currency_id", False, ANY),
    Field("currency_factor", "currency_factor", False, ANY),
    Field("base_currency_amount", "base_currency_amount", False, ANY),
)
_KNOWN = frozenset(
    {
        "ref_uuid",
        "base_currency_id",
        "currency_factor",
        "base_currency_amount",
    }
)
