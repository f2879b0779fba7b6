from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalBooking")


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
        ref_uuid = self.ref_uuid

        base_currency_id = self.base_currency_id

        currency_factor = self.currency_factor

        base_currency_amount = self.base_currency_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_uuid is not UNSET:
            field_dict["ref_uuid"] = ref_uuid
        if base_currency_id is not UNSET:
            field_dict["base_currency_id"] = base_currency_id
        if currency_factor is not UNSET:
            field_dict["currency_factor"] = currency_factor
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ref_uuid = d.pop("ref_uuid", UNSET)

        base_currency_id = d.pop("base_currency_id", UNSET)

        currency_factor = d.pop("currency_factor", UNSET)

        base_currency_amount = d.pop("base_currency_amount", UNSET)

        journal_booking = cls(
            ref_uuid=ref_uuid,
            base_currency_id=base_currency_id,
            currency_factor=currency_factor,
            base_currency_amount=base_currency_amount,
        )

        journal_booking.additional_properties = d
        return journal_booking

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
