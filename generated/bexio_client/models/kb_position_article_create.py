from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kb_position_article_create_type import KbPositionArticleCreateType, check_kb_position_article_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbPositionArticleCreate")


@_attrs_define
class KbPositionArticleCreate:
    """An item (article) position to create with the document (PositionArticleExtended). Amounts and prices are sent as
    decimal numbers in strings ("5.000000").

    """

    type_: KbPositionArticleCreateType
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
    article_id: int | Unset = UNSET
    """ References an item object """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        amount = self.amount

        amount_reserved = self.amount_reserved

        amount_open = self.amount_open

        amount_completed = self.amount_completed

        unit_id = self.unit_id

        account_id = self.account_id

        tax_id = self.tax_id

        text = self.text

        unit_price = self.unit_price

        discount_in_percent: None | str | Unset
        if isinstance(self.discount_in_percent, Unset):
            discount_in_percent = UNSET
        else:
            discount_in_percent = self.discount_in_percent

        is_optional = self.is_optional

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        article_id = self.article_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_reserved is not UNSET:
            field_dict["amount_reserved"] = amount_reserved
        if amount_open is not UNSET:
            field_dict["amount_open"] = amount_open
        if amount_completed is not UNSET:
            field_dict["amount_completed"] = amount_completed
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
        if is_optional is not UNSET:
            field_dict["is_optional"] = is_optional
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if article_id is not UNSET:
            field_dict["article_id"] = article_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_kb_position_article_create_type(d.pop("type"))

        amount = d.pop("amount", UNSET)

        amount_reserved = d.pop("amount_reserved", UNSET)

        amount_open = d.pop("amount_open", UNSET)

        amount_completed = d.pop("amount_completed", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        text = d.pop("text", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        def _parse_discount_in_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        discount_in_percent = _parse_discount_in_percent(d.pop("discount_in_percent", UNSET))

        is_optional = d.pop("is_optional", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        article_id = d.pop("article_id", UNSET)

        kb_position_article_create = cls(
            type_=type_,
            amount=amount,
            amount_reserved=amount_reserved,
            amount_open=amount_open,
            amount_completed=amount_completed,
            unit_id=unit_id,
            account_id=account_id,
            tax_id=tax_id,
            text=text,
            unit_price=unit_price,
            discount_in_percent=discount_in_percent,
            is_optional=is_optional,
            parent_id=parent_id,
            article_id=article_id,
        )

        return kb_position_article_create
