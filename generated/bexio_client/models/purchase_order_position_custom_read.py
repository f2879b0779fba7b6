from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    INT,
    NUMBER,
    STR,
    Enum,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..models.purchase_order_position_custom_read_type import (
    PurchaseOrderPositionCustomReadType,
)
from ..types import UNSET, Unset
from .purchase_order_position_custom_read_type import PURCHASE_ORDER_POSITION_CUSTOM_READ_TYPE_VALUES


@_attrs_define
class PurchaseOrderPositionCustomRead:
    """A custom position (an article position without an item)."""

    type_: PurchaseOrderPositionCustomReadType
    id: int | Unset = UNSET
    pos: None | str | Unset = UNSET
    """ the position number """
    is_optional: bool | Unset = UNSET
    title: None | str | Unset = UNSET
    items_open_quantity: int | None | str | Unset = UNSET
    amount: float | None | str | Unset = UNSET
    """ quantity """
    unit_id: int | None | Unset = UNSET
    """ References a unit object """
    tax_id: int | None | Unset = UNSET
    """ References a tax object """
    text: None | str | Unset = UNSET
    unit_price: float | None | str | Unset = UNSET
    """ price of one unit (at most 6 decimals) """
    discount_in_percent: float | None | str | Unset = UNSET
    position_total: float | None | str | Unset = UNSET
    service_date: datetime.date | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    """ References an account object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.pos is not UNSET:
            field_dict["pos"] = self.pos
        if self.is_optional is not UNSET:
            field_dict["is_optional"] = self.is_optional
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.items_open_quantity is not UNSET:
            field_dict["items_open_quantity"] = self.items_open_quantity
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.unit_id is not UNSET:
            field_dict["unit_id"] = self.unit_id
        if self.tax_id is not UNSET:
            field_dict["tax_id"] = self.tax_id
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.unit_price is not UNSET:
            field_dict["unit_price"] = self.unit_price
        if self.discount_in_percent is not UNSET:
            field_dict["discount_in_percent"] = self.discount_in_percent
        if self.position_total is not UNSET:
            field_dict["position_total"] = self.position_total
        if self.service_date is not UNSET:
            field_dict["service_date"] = dump(self.service_date)
        if self.account_id is not UNSET:
            field_dict["account_id"] = self.account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrderPositionCustomRead from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            id = src_dict.get("id", UNSET)
            pos = src_dict.get("pos", UNSET)
            is_optional = src_dict.get("is_optional", UNSET)
            title = src_dict.get("title", UNSET)
            items_open_quantity = src_dict.get("items_open_quantity", UNSET)
            amount = src_dict.get("amount", UNSET)
            unit_id = src_dict.get("unit_id", UNSET)
            tax_id = src_dict.get("tax_id", UNSET)
            text = src_dict.get("text", UNSET)
            unit_price = src_dict.get("unit_price", UNSET)
            discount_in_percent = src_dict.get("discount_in_percent", UNSET)
            position_total = src_dict.get("position_total", UNSET)
            service_date = src_dict.get("service_date", UNSET)
            if service_date is not None and service_date is not UNSET:
                service_date = parse_date(service_date)
            account_id = src_dict.get("account_id", UNSET)
            if not (
                type_ in PURCHASE_ORDER_POSITION_CUSTOM_READ_TYPE_VALUES
                and (id is UNSET or type(id) is int)
                and (pos is None or pos is UNSET or type(pos) is str)
                and (is_optional is UNSET or type(is_optional) is bool)
                and (title is None or title is UNSET or type(title) is str)
                and (
                    items_open_quantity is None
                    or items_open_quantity is UNSET
                    or (type(items_open_quantity) is int or type(items_open_quantity) is str)
                )
                and (amount is None or amount is UNSET or (type(amount) in _NUMBER or type(amount) is str))
                and (unit_id is None or unit_id is UNSET or type(unit_id) is int)
                and (tax_id is None or tax_id is UNSET or type(tax_id) is int)
                and (text is None or text is UNSET or type(text) is str)
                and (
                    unit_price is None
                    or unit_price is UNSET
                    or (type(unit_price) in _NUMBER or type(unit_price) is str)
                )
                and (
                    discount_in_percent is None
                    or discount_in_percent is UNSET
                    or (type(discount_in_percent) in _NUMBER or type(discount_in_percent) is str)
                )
                and (
                    position_total is None
                    or position_total is UNSET
                    or (type(position_total) in _NUMBER or type(position_total) is str)
                )
                and (account_id is None or account_id is UNSET or type(account_id) is int)
            ):
                raise TypeError
            self = cls(
                type_,
                id,
                pos,
                is_optional,
                title,
                items_open_quantity,
                amount,
                unit_id,
                tax_id,
                text,
                unit_price,
                discount_in_percent,
                position_total,
                service_date,
                account_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 1 and not _KNOWN.issuperset(src_dict):
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
    Field("type_", "type", True, Enum(PURCHASE_ORDER_POSITION_CUSTOM_READ_TYPE_VALUES)),
    Field("id", "id", False, INT),
    Field("pos", "pos", False, Nullable(STR)),
    Field("is_optional", "is_optional", False, BOOL),
    Field("title", "title", False, Nullable(STR)),
    Field(
        "items_open_quantity",
        "items_open_quantity",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "amount",
        "amount",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("unit_id", "unit_id", False, Nullable(INT)),
    Field("tax_id", "tax_id", False, Nullable(INT)),
    Field("text", "text", False, Nullable(STR)),
    Field(
        "unit_price",
        "unit_price",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field(
        "discount_in_percent",
        "discount_in_percent",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field(
        "position_total",
        "position_total",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("service_date", "service_date", False, Nullable(DATE)),
    Field("account_id", "account_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "type",
        "id",
        "pos",
        "is_optional",
        "title",
        "items_open_quantity",
        "amount",
        "unit_id",
        "tax_id",
        "text",
        "unit_price",
        "discount_in_percent",
        "position_total",
        "service_date",
        "account_id",
    }
)
