from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillDiscountEdit")


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
        position = self.position

        amount = self.amount

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        amount = d.pop("amount")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UUID", data)

        id = _parse_id(d.pop("id", UNSET))

        bill_discount_edit = cls(
            position=position,
            amount=amount,
            id=id,
        )

        return bill_discount_edit
