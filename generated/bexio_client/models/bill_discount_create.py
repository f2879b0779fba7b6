from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BillDiscountCreate")


@_attrs_define
class BillDiscountCreate:
    """A discount of a Bill, as sent to create it."""

    position: int
    amount: float
    """ Maximum of 17 digits and maximum of 2 decimal digits. """

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        amount = d.pop("amount")

        bill_discount_create = cls(
            position=position,
            amount=amount,
        )

        return bill_discount_create
