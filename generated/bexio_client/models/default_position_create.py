from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    INT,
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class DefaultPositionCreate:
    """A default position as sent to create or edit it. Quantities and money are decimal numbers as strings ("5.000000"),
    as in the samples.

    """

    amount: str | Unset = UNSET
    """ The quantity, a decimal number as a string (e.g. "5.000000"). """
    unit_id: int | Unset = UNSET
    """ References a unit object """
    account_id: int | Unset = UNSET
    """ References an account object """
    tax_id: int | Unset = UNSET
    """ References a tax object. Please note that only active sales taxes can be used as references on the document
    types quote, order and invoice. An easy way to retrieve all valid taxes is by calling the taxes endpoint with
    the query parameters types=sales_tax&scope=active (this would result in the path
    /3.0/taxes?types=sales_tax&scope=active). """
    text: str | Unset = UNSET
    unit_price: str | Unset = UNSET
    """ The price of one unit, a decimal number as a string (e.g. "3.560000"). """
    discount_in_percent: str | Unset = UNSET
    """ The discount in percent, a decimal number as a string (e.g. "0.000000"). """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A DefaultPositionCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            amount = src_dict.get("amount", UNSET)
            unit_id = src_dict.get("unit_id", UNSET)
            account_id = src_dict.get("account_id", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            text = src_dict.get("text", UNSET)
            unit_price = src_dict.get("unit_price", UNSET)
            discount_in_percent = src_dict.get("discount_in_percent", UNSET)
            if not (
                (amount is UNSET or type(amount) is str)
                and (unit_id is UNSET or type(unit_id) is int)
                and (account_id is UNSET or type(account_id) is int)
                and (tax_id is UNSET or type(tax_id) is int)
                and (text is UNSET or type(text) is str)
                and (unit_price is UNSET or type(unit_price) is str)
                and (discount_in_percent is UNSET or type(discount_in_percent) is str)
            ):
                raise TypeError
            self = cls(
                amount,
                unit_id,
                account_id,
                tax_id,
                text,
                unit_price,
                discount_in_percent,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (amount is not UNSET) + (unit_id is not UNSET) + (account_id is not UNSET) + (
            tax_id is not UNSET
        ) + (text is not UNSET) + (unit_price is not UNSET) + (discount_in_percent is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("amount", "amount", False, STR),
    Field("unit_id", "unit_id", False, INT),
    Field("account_id", "account_id", False, INT),
    Field("tax_id", "tax_id", False, INT),
    Field("text", "text", False, STR),
    Field("unit_price", "unit_price", False, STR),
    Field("discount_in_percent", "discount_in_percent", False, STR),
)
_KNOWN = frozenset(
    {
        "amount",
        "unit_id",
        "account_id",
        "tax_id",
        "text",
        "unit_price",
        "discount_in_percent",
    }
)
