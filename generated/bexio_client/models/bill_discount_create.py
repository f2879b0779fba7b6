from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    Field,
    read_model,
)


@_attrs_define
class BillDiscountCreate:
    """A discount of a Bill, as sent to create it."""

    position: int
    amount: float
    """ Maximum of 17 digits and maximum of 2 decimal digits. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["position"] = self.position
        field_dict["amount"] = self.amount
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillDiscountCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            position = src_dict["position"]
            amount = src_dict["amount"]
            if not (type(position) is int and type(amount) in _NUMBER):
                raise TypeError
            self = cls(
                position,
                amount,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("position", "position", True, INT),
    Field("amount", "amount", True, NUMBER),
)
_KNOWN = frozenset(
    {
        "position",
        "amount",
    }
)
