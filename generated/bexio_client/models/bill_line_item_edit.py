from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillLineItemEdit")


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
        position = self.position

        amount = self.amount

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        title = self.title

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        booking_account_id = self.booking_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if booking_account_id is not UNSET:
            field_dict["booking_account_id"] = booking_account_id

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

        title = d.pop("title", UNSET)

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        booking_account_id = d.pop("booking_account_id", UNSET)

        bill_line_item_edit = cls(
            position=position,
            amount=amount,
            id=id,
            title=title,
            tax_id=tax_id,
            booking_account_id=booking_account_id,
        )

        return bill_line_item_edit
