from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kb_position_custom_type import KbPositionCustomType, check_kb_position_custom_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbPositionCustom")


@_attrs_define
class KbPositionCustom:
    """A default (custom) position: free text with amount, unit price and tax. Amounts, prices and totals are decimal
    numbers as strings ("5.000000").

    """

    id: int
    amount: str
    """ The quantity, a decimal number as a string ("5.000000"). """
    unit_id: int
    """ References a unit object """
    account_id: int
    """ References an account object """
    unit_name: str
    """ The name of the unit. """
    tax_id: int
    """ References a tax object. Please note that only active sales taxes can be used as references on the document
    types quote, order and invoice (GET /3.0/taxes?types=sales_tax&scope=active lists them). """
    tax_value: str
    """ The tax rate, a decimal number as a string ("7.70"). """
    text: str
    unit_price: str
    """ The unit price, a decimal number as a string with at most 6 decimals ("3.560000"). """
    discount_in_percent: None | str
    """ The discount in percent, a decimal number as a string ("0.000000"). """
    position_total: str
    """ The total of the position, a decimal number as a string ("17.800000"). """
    internal_pos: int | str
    """ The order of the position within the document. """
    is_optional: bool
    """ Whether the position is optional. """
    type_: KbPositionCustomType
    parent_id: int | None
    """ The sub position (KbPositionSubposition) that contains this position, or null. """
    pos: int | None | str
    """ The position number shown on the document; a string in bexio's published spec, a number in the reference's
    samples, null where no number is shown. """
    amount_reserved: None | str | Unset = UNSET
    """ Reserved quantity, a decimal number as a string. """
    amount_open: None | str | Unset = UNSET
    """ Open quantity, a decimal number as a string. """
    amount_completed: None | str | Unset = UNSET
    """ Completed quantity, a decimal number as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        unit_id = self.unit_id

        account_id = self.account_id

        unit_name = self.unit_name

        tax_id = self.tax_id

        tax_value = self.tax_value

        text = self.text

        unit_price = self.unit_price

        discount_in_percent: None | str
        discount_in_percent = self.discount_in_percent

        position_total = self.position_total

        internal_pos: int | str
        internal_pos = self.internal_pos

        is_optional = self.is_optional

        type_: str = self.type_

        parent_id: int | None
        parent_id = self.parent_id

        pos: int | None | str
        pos = self.pos

        amount_reserved: None | str | Unset
        if isinstance(self.amount_reserved, Unset):
            amount_reserved = UNSET
        else:
            amount_reserved = self.amount_reserved

        amount_open: None | str | Unset
        if isinstance(self.amount_open, Unset):
            amount_open = UNSET
        else:
            amount_open = self.amount_open

        amount_completed: None | str | Unset
        if isinstance(self.amount_completed, Unset):
            amount_completed = UNSET
        else:
            amount_completed = self.amount_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "unit_id": unit_id,
                "account_id": account_id,
                "unit_name": unit_name,
                "tax_id": tax_id,
                "tax_value": tax_value,
                "text": text,
                "unit_price": unit_price,
                "discount_in_percent": discount_in_percent,
                "position_total": position_total,
                "internal_pos": internal_pos,
                "is_optional": is_optional,
                "type": type_,
                "parent_id": parent_id,
                "pos": pos,
            }
        )
        if amount_reserved is not UNSET:
            field_dict["amount_reserved"] = amount_reserved
        if amount_open is not UNSET:
            field_dict["amount_open"] = amount_open
        if amount_completed is not UNSET:
            field_dict["amount_completed"] = amount_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        unit_id = d.pop("unit_id")

        account_id = d.pop("account_id")

        unit_name = d.pop("unit_name")

        tax_id = d.pop("tax_id")

        tax_value = d.pop("tax_value")

        text = d.pop("text")

        unit_price = d.pop("unit_price")

        def _parse_discount_in_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        discount_in_percent = _parse_discount_in_percent(d.pop("discount_in_percent"))

        position_total = d.pop("position_total")

        def _parse_internal_pos(data: object) -> int | str:
            return cast("int | str", data)

        internal_pos = _parse_internal_pos(d.pop("internal_pos"))

        is_optional = d.pop("is_optional")

        type_ = check_kb_position_custom_type(d.pop("type"))

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_pos(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        pos = _parse_pos(d.pop("pos"))

        def _parse_amount_reserved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        amount_reserved = _parse_amount_reserved(d.pop("amount_reserved", UNSET))

        def _parse_amount_open(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        amount_open = _parse_amount_open(d.pop("amount_open", UNSET))

        def _parse_amount_completed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        amount_completed = _parse_amount_completed(d.pop("amount_completed", UNSET))

        kb_position_custom = cls(
            id=id,
            amount=amount,
            unit_id=unit_id,
            account_id=account_id,
            unit_name=unit_name,
            tax_id=tax_id,
            tax_value=tax_value,
            text=text,
            unit_price=unit_price,
            discount_in_percent=discount_in_percent,
            position_total=position_total,
            internal_pos=internal_pos,
            is_optional=is_optional,
            type_=type_,
            parent_id=parent_id,
            pos=pos,
            amount_reserved=amount_reserved,
            amount_open=amount_open,
            amount_completed=amount_completed,
        )

        kb_position_custom.additional_properties = d
        return kb_position_custom

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
