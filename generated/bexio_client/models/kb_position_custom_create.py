from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.kb_position_custom_create_type import KbPositionCustomCreateType
from ..types import UNSET, Unset
from .kb_position_custom_create_type import KB_POSITION_CUSTOM_CREATE_TYPE_VALUES


@_attrs_define
class KbPositionCustomCreate:
    """A default (custom) position to create with the document (PositionCustomExtended). Amounts and prices are sent as
    decimal numbers in strings ("5.000000").

    """

    type_: KbPositionCustomCreateType
    amount: str | Unset = UNSET
    """ The quantity, a decimal number as a string ("5.000000"). """
    amount_reserved: str | Unset = UNSET
    """ Reserved quantity, a decimal number as a string. """
    amount_open: str | Unset = UNSET
    """ Open quantity, a decimal number as a string. """
    amount_completed: str | Unset = UNSET
    """ Completed quantity, a decimal number as a string. """
    unit_id: int | Unset = UNSET
    """ References a unit object """
    account_id: int | Unset = UNSET
    """ References an account object """
    tax_id: int | Unset = UNSET
    """ References a tax object. Please note that only active sales taxes can be used as references on the document
    types quote, order and invoice (GET /3.0/taxes?types=sales_tax&scope=active lists them). """
    text: str | Unset = UNSET
    unit_price: str | Unset = UNSET
    """ The unit price, a decimal number as a string with at most 6 decimals ("3.560000"). """
    discount_in_percent: None | str | Unset = UNSET
    """ The discount in percent, a decimal number as a string ("0.000000"). """
    is_optional: bool | Unset = UNSET
    """ Whether the position is optional. Writable on quotes and orders; read-only on invoices (research/nested-
    schemas.md §9). """
    parent_id: int | None | Unset = UNSET
    """ The sub position (KbPositionSubposition) that contains this position, or null. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.amount_reserved is not UNSET:
            field_dict["amount_reserved"] = self.amount_reserved
        if self.amount_open is not UNSET:
            field_dict["amount_open"] = self.amount_open
        if self.amount_completed is not UNSET:
            field_dict["amount_completed"] = self.amount_completed
        if self.unit_id is not UNSET:
            field_dict["unit_id"] = self.unit_id
        if self.account_id is not UNSET:
            field_dict["account_id"] = self.account_id
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.unit_price is not UNSET:
            field_dict["unit_price"] = self.unit_price
        if self.discount_in_percent is not UNSET:
            field_dict["discount_in_percent"] = self.discount_in_percent
        if self.is_optional is not UNSET:
            field_dict["is_optional"] = self.is_optional
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionCustomCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            amount = src_dict.get("amount", UNSET)
            amount_reserved = src_dict.get("amount_reserved", UNSET)
            amount_open = src_dict.get("amount_open", UNSET)
            amount_completed = src_dict.get("amount_completed", UNSET)
            unit_id = src_dict.get("unit_id", UNSET)
            account_id = src_dict.get("account_id", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            text = src_dict.get("text", UNSET)
            unit_price = src_dict.get("unit_price", UNSET)
            discount_in_percent = src_dict.get("discount_in_percent", UNSET)
            is_optional = src_dict.get("is_optional", UNSET)
            parent_id = src_dict.get("parent_id", UNSET)
            if not (
                type_ in KB_POSITION_CUSTOM_CREATE_TYPE_VALUES
                and (amount is UNSET or type(amount) is str)
                and (amount_reserved is UNSET or type(amount_reserved) is str)
                and (amount_open is UNSET or type(amount_open) is str)
                and (amount_completed is UNSET or type(amount_completed) is str)
                and (unit_id is UNSET or type(unit_id) is int)
                and (account_id is UNSET or type(account_id) is int)
                and (tax_id is UNSET or type(tax_id) is int)
                and (text is UNSET or type(text) is str)
                and (unit_price is UNSET or type(unit_price) is str)
                and (discount_in_percent is None or discount_in_percent is UNSET or type(discount_in_percent) is str)
                and (is_optional is UNSET or type(is_optional) is bool)
                and (parent_id is None or parent_id is UNSET or type(parent_id) is int)
            ):
                raise TypeError
            self = cls(
                type_,
                amount,
                amount_reserved,
                amount_open,
                amount_completed,
                unit_id,
                account_id,
                tax_id,
                text,
                unit_price,
                discount_in_percent,
                is_optional,
                parent_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("type_", "type", True, Enum(KB_POSITION_CUSTOM_CREATE_TYPE_VALUES)),
    Field("amount", "amount", False, STR),
    Field("amount_reserved", "amount_reserved", False, STR),
    Field("amount_open", "amount_open", False, STR),
    Field("amount_completed", "amount_completed", False, STR),
    Field("unit_id", "unit_id", False, INT),
    Field("account_id", "account_id", False, INT),
    Field("tax_id", "tax_id", False, INT),
    Field("text", "text", False, STR),
    Field("unit_price", "unit_price", False, STR),
    Field("discount_in_percent", "discount_in_percent", False, Nullable(STR)),
    Field("is_optional", "is_optional", False, BOOL),
    Field("parent_id", "parent_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "type",
        "amount",
        "amount_reserved",
        "amount_open",
        "amount_completed",
        "unit_id",
        "account_id",
        "tax_id",
        "text",
        "unit_price",
        "discount_in_percent",
        "is_optional",
        "parent_id",
    }
)
