from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillLineItem")


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
        position: int | None | str
        position = self.position

        amount: float | None | str
        amount = self.amount

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_calc: float | None | str | Unset
        if isinstance(self.tax_calc, Unset):
            tax_calc = UNSET
        else:
            tax_calc = self.tax_calc

        booking_account_id: int | None | Unset
        if isinstance(self.booking_account_id, Unset):
            booking_account_id = UNSET
        else:
            booking_account_id = self.booking_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if tax_calc is not UNSET:
            field_dict["tax_calc"] = tax_calc
        if booking_account_id is not UNSET:
            field_dict["booking_account_id"] = booking_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_position(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        position = _parse_position(d.pop("position"))

        def _parse_amount(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        amount = _parse_amount(d.pop("amount"))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_tax_calc(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        tax_calc = _parse_tax_calc(d.pop("tax_calc", UNSET))

        def _parse_booking_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        booking_account_id = _parse_booking_account_id(d.pop("booking_account_id", UNSET))

        bill_line_item = cls(
            position=position,
            amount=amount,
            id=id,
            title=title,
            tax_id=tax_id,
            tax_calc=tax_calc,
            booking_account_id=booking_account_id,
        )

        bill_line_item.additional_properties = d
        return bill_line_item

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
