from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPositionCreate")


@_attrs_define
class ItemPositionCreate:
    """An item position as sent to create or edit it. Quantities and money are decimal numbers as strings ("5.000000"), as
    in the samples.

    """

    article_id: int
    """ References an item object """
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
        article_id = self.article_id

        amount = self.amount

        unit_id = self.unit_id

        account_id = self.account_id

        tax_id = self.tax_id

        text = self.text

        unit_price = self.unit_price

        discount_in_percent = self.discount_in_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "article_id": article_id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if text is not UNSET:
            field_dict["text"] = text
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount_in_percent is not UNSET:
            field_dict["discount_in_percent"] = discount_in_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("article_id")

        amount = d.pop("amount", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        text = d.pop("text", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        discount_in_percent = d.pop("discount_in_percent", UNSET)

        item_position_create = cls(
            article_id=article_id,
            amount=amount,
            unit_id=unit_id,
            account_id=account_id,
            tax_id=tax_id,
            text=text,
            unit_price=unit_price,
            discount_in_percent=discount_in_percent,
        )

        return item_position_create
