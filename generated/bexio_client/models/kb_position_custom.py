from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    OneOf,
    read_model,
)
from ..models.kb_position_custom_type import KbPositionCustomType
from ..types import UNSET, Unset
from .kb_position_custom_type import KB_POSITION_CUSTOM_TYPE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["amount"] = self.amount
        field_dict["unit_id"] = self.unit_id
        field_dict["account_id"] = self.account_id
        field_dict["unit_name"] = self.unit_name
        field_dict["tax_id"] = self.tax_id
        field_dict["tax_value"] = self.tax_value
        field_dict["text"] = self.text
        field_dict["unit_price"] = self.unit_price
        field_dict["discount_in_percent"] = self.discount_in_percent
        field_dict["position_total"] = self.position_total
        field_dict["internal_pos"] = self.internal_pos
        field_dict["is_optional"] = self.is_optional
        field_dict["type"] = self.type_
        field_dict["parent_id"] = self.parent_id
        field_dict["pos"] = self.pos
        if self.amount_reserved is not UNSET:
            field_dict["amount_reserved"] = self.amount_reserved
        if self.amount_open is not UNSET:
            field_dict["amount_open"] = self.amount_open
        if self.amount_completed is not UNSET:
            field_dict["amount_completed"] = self.amount_completed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionCustom from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            amount = src_dict["amount"]
            unit_id = src_dict["unit_id"]
            account_id = src_dict["account_id"]
            unit_name = src_dict["unit_name"]
            tax_id = src_dict["tax_id"]
            tax_value = src_dict["tax_value"]
            text = src_dict["text"]
            unit_price = src_dict["unit_price"]
            discount_in_percent = src_dict["discount_in_percent"]
            position_total = src_dict["position_total"]
            internal_pos = src_dict["internal_pos"]
            is_optional = src_dict["is_optional"]
            type_ = src_dict["type"]
            parent_id = src_dict["parent_id"]
            pos = src_dict["pos"]
            amount_reserved = src_dict.get("amount_reserved", UNSET)
            amount_open = src_dict.get("amount_open", UNSET)
            amount_completed = src_dict.get("amount_completed", UNSET)
            if not (
                type(id) is int
                and type(amount) is str
                and type(unit_id) is int
                and type(account_id) is int
                and type(unit_name) is str
                and type(tax_id) is int
                and type(tax_value) is str
                and type(text) is str
                and type(unit_price) is str
                and (discount_in_percent is None or type(discount_in_percent) is str)
                and type(position_total) is str
                and (type(internal_pos) is int or type(internal_pos) is str)
                and type(is_optional) is bool
                and type_ in KB_POSITION_CUSTOM_TYPE_VALUES
                and (parent_id is None or type(parent_id) is int)
                and (pos is None or (type(pos) is str or type(pos) is int))
                and (amount_reserved is None or amount_reserved is UNSET or type(amount_reserved) is str)
                and (amount_open is None or amount_open is UNSET or type(amount_open) is str)
                and (amount_completed is None or amount_completed is UNSET or type(amount_completed) is str)
            ):
                raise TypeError
            self = cls(
                id,
                amount,
                unit_id,
                account_id,
                unit_name,
                tax_id,
                tax_value,
                text,
                unit_price,
                discount_in_percent,
                position_total,
                internal_pos,
                is_optional,
                type_,
                parent_id,
                pos,
                amount_reserved,
                amount_open,
                amount_completed,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 16 + (amount_reserved is not UNSET) + (amount_open is not UNSET) + (
            amount_completed is not UNSET
        ):
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
    Field("id", "id", True, INT),
    Field("amount", "amount", True, STR),
    Field("unit_id", "unit_id", True, INT),
    Field("account_id", "account_id", True, INT),
    Field("unit_name", "unit_name", True, STR),
    Field("tax_id", "tax_id", True, INT),
    Field("tax_value", "tax_value", True, STR),
    Field("text", "text", True, STR),
    Field("unit_price", "unit_price", True, STR),
    Field("discount_in_percent", "discount_in_percent", True, Nullable(STR)),
    Field("position_total", "position_total", True, STR),
    Field(
        "internal_pos",
        "internal_pos",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field("is_optional", "is_optional", True, BOOL),
    Field("type_", "type", True, Enum(KB_POSITION_CUSTOM_TYPE_VALUES)),
    Field("parent_id", "parent_id", True, Nullable(INT)),
    Field(
        "pos",
        "pos",
        True,
        Nullable(
            OneOf(
                (
                    STR,
                    INT,
                )
            )
        ),
    ),
    Field("amount_reserved", "amount_reserved", False, Nullable(STR)),
    Field("amount_open", "amount_open", False, Nullable(STR)),
    Field("amount_completed", "amount_completed", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "amount",
        "unit_id",
        "account_id",
        "unit_name",
        "tax_id",
        "tax_value",
        "text",
        "unit_price",
        "discount_in_percent",
        "position_total",
        "internal_pos",
        "is_optional",
        "type",
        "parent_id",
        "pos",
        "amount_reserved",
        "amount_open",
        "amount_completed",
    }
)
