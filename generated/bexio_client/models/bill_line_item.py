from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    UUID_TEXT,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BillLineItem:
    """A line item of a Bill, as bexio returns it."""

    position: int | None | str
    """ order of the line; positions start at 0 """
    amount: float | None | str
    """ net or gross amount of the line, as 'item_net' says """
    id: UUID | Unset = UNSET
    title: None | str | Unset = UNSET
    tax_id: int | None | Unset = UNSET
    """ References a tax object; null when the Bill is not subject to VAT. """
    tax_calc: float | None | str | Unset = UNSET
    """ tax computed from 'amount' and 'tax_id' """
    booking_account_id: int | None | Unset = UNSET
    """ References an account object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["position"] = self.position
        field_dict["amount"] = self.amount
        if self.id is not UNSET:
            field_dict["id"] = dump(self.id)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.tax_calc is not UNSET:
            field_dict["tax_calc"] = self.tax_calc
        if self.booking_account_id is not UNSET:
            field_dict["booking_account_id"] = self.booking_account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillLineItem from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            position = src_dict["position"]
            amount = src_dict["amount"]
            id = src_dict.get("id", UNSET)
            if id is not UNSET:
                id = parse_uuid(id)
            title = src_dict.get("title", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            tax_calc = src_dict.get("tax_calc", UNSET)
            booking_account_id = src_dict.get("booking_account_id", UNSET)
            if not (
                (position is None or (type(position) is int or type(position) is str))
                and (amount is None or (type(amount) in _NUMBER or type(amount) is str))
                and (title is None or title is UNSET or type(title) is str)
                and (tax_id is None or tax_id is UNSET or type(tax_id) is int)
                and (tax_calc is None or tax_calc is UNSET or (type(tax_calc) in _NUMBER or type(tax_calc) is str))
                and (booking_account_id is None or booking_account_id is UNSET or type(booking_account_id) is int)
            ):
                raise TypeError
            self = cls(
                position,
                amount,
                id,
                title,
                tax_id,
                tax_calc,
                booking_account_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2 + (id is not UNSET) + (title is not UNSET) + (tax_id is not UNSET) + (
            tax_calc is not UNSET
        ) + (booking_account_id is not UNSET):
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
    Field(
        "position",
        "position",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
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
    Field("id", "id", False, UUID_TEXT),
    Field("title", "title", False, Nullable(STR)),
    Field("tax_id", "tax_id", False, Nullable(INT)),
    Field(
        "tax_calc",
        "tax_calc",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("booking_account_id", "booking_account_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "position",
        "amount",
        "id",
        "title",
        "tax_id",
        "tax_calc",
        "booking_account_id",
    }
)
