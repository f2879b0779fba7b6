from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    UUID_TEXT,
    Field,
    Nullable,
    dump,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BillLineItemEdit:
    """A line item of a Bill, as sent to update it."""

    position: int
    """ order of the line; positions start at 0 """
    amount: float
    """ net or gross amount of the line, as 'item_net' says. Maximum of 17 digits and maximum of 2 decimal digits.
    """
    id: None | Unset | UUID = UNSET
    """ Each of Line Item's 'id' must be unique (no duplicates) and already existing on the Bill or it should be
    null for creating new Line Item. """
    title: str | Unset = UNSET
    tax_id: int | None | Unset = UNSET
    """ References a tax object; null when the Bill is not subject to VAT. """
    booking_account_id: int | Unset = UNSET
    """ References an account object """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["position"] = self.position
        field_dict["amount"] = self.amount
        if self.id is not UNSET:
            field_dict["id"] = dump(self.id)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.booking_account_id is not UNSET:
            field_dict["booking_account_id"] = self.booking_account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillLineItemEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            position = src_dict["position"]
            amount = src_dict["amount"]
            id = src_dict.get("id", UNSET)
            if id is not None and id is not UNSET:
                id = parse_uuid(id)
            title = src_dict.get("title", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            booking_account_id = src_dict.get("booking_account_id", UNSET)
            if not (
                type(position) is int
                and type(amount) in _NUMBER
                and (title is UNSET or type(title) is str)
                and (tax_id is None or tax_id is UNSET or type(tax_id) is int)
                and (booking_account_id is UNSET or type(booking_account_id) is int)
            ):
                raise TypeError
            self = cls(
                position,
                amount,
                id,
                title,
                tax_id,
                booking_account_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (id is not UNSET) + (title is not UNSET) + (tax_id is not UNSET) + (
            booking_account_id is not UNSET
        ):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("position", "position", True, INT),
    Field("amount", "amount", True, NUMBER),
    Field("id", "id", False, Nullable(UUID_TEXT)),
    Field("title", "title", False, STR),
    Field("tax_id", "tax_id", False, Nullable(INT)),
    Field("booking_account_id", "booking_account_id", False, INT),
)
_KNOWN = frozenset(
    {
        "position",
        "amount",
        "id",
        "title",
        "tax_id",
        "booking_account_id",
    }
)
