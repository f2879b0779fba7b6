from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    UUID_TEXT,
    Field,
    Nullable,
    dump,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BillDiscountEdit:
    """A discount of a Bill, as sent to update it."""

    position: int
    amount: float
    """ Maximum of 17 digits and maximum of 2 decimal digits. """
    id: None | Unset | UUID = UNSET
    """ Each of Discount's 'id' must be unique (no duplicates) and already existing on the Bill or it should be null
    for creating new Discount. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["position"] = self.position
        field_dict["amount"] = self.amount
        if self.id is not UNSET:
            field_dict["id"] = dump(self.id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillDiscountEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            position = src_dict["position"]
            amount = src_dict["amount"]
            id = src_dict.get("id", UNSET)
            if id is not None and id is not UNSET:
                id = parse_uuid(id)
            if not (type(position) is int and type(amount) in _NUMBER):
                raise TypeError
            self = cls(
                position,
                amount,
                id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("position", "position", True, INT),
    Field("amount", "amount", True, NUMBER),
    Field("id", "id", False, Nullable(UUID_TEXT)),
)
_KNOWN = frozenset(
    {
        "position",
        "amount",
        "id",
    }
)
