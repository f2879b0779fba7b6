from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_position_custom_read_type import (
    PurchaseOrderPositionCustomReadType,
    check_purchase_order_position_custom_read_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderPositionCustomRead")


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
        type_: str = self.type_

        id = self.id

        pos: None | str | Unset
        if isinstance(self.pos, Unset):
            pos = UNSET
        else:
            pos = self.pos

        is_optional = self.is_optional

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        items_open_quantity: int | None | str | Unset
        if isinstance(self.items_open_quantity, Unset):
            items_open_quantity = UNSET
        else:
            items_open_quantity = self.items_open_quantity

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        unit_price: float | None | str | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        discount_in_percent: float | None | str | Unset
        if isinstance(self.discount_in_percent, Unset):
            discount_in_percent = UNSET
        else:
            discount_in_percent = self.discount_in_percent

        position_total: float | None | str | Unset
        if isinstance(self.position_total, Unset):
            position_total = UNSET
        else:
            position_total = self.position_total

        service_date: None | str | Unset
        if isinstance(self.service_date, Unset):
            service_date = UNSET
        elif isinstance(self.service_date, datetime.date):
            service_date = self.service_date.isoformat()
        else:
            service_date = self.service_date

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if pos is not UNSET:
            field_dict["pos"] = pos
        if is_optional is not UNSET:
            field_dict["is_optional"] = is_optional
        if title is not UNSET:
            field_dict["title"] = title
        if items_open_quantity is not UNSET:
            field_dict["items_open_quantity"] = items_open_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if text is not UNSET:
            field_dict["text"] = text
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount_in_percent is not UNSET:
            field_dict["discount_in_percent"] = discount_in_percent
        if position_total is not UNSET:
            field_dict["position_total"] = position_total
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_purchase_order_position_custom_read_type(d.pop("type"))

        id = d.pop("id", UNSET)

        def _parse_pos(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        pos = _parse_pos(d.pop("pos", UNSET))

        is_optional = d.pop("is_optional", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_items_open_quantity(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | str | Unset", data)

        items_open_quantity = _parse_items_open_quantity(d.pop("items_open_quantity", UNSET))

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_unit_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        unit_price = _parse_unit_price(d.pop("unit_price", UNSET))

        def _parse_discount_in_percent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        discount_in_percent = _parse_discount_in_percent(d.pop("discount_in_percent", UNSET))

        def _parse_position_total(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        position_total = _parse_position_total(d.pop("position_total", UNSET))

        def _parse_service_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_date_type_0 = datetime.date.fromisoformat(data)

                return service_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None | Unset", data)

        service_date = _parse_service_date(d.pop("service_date", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        purchase_order_position_custom_read = cls(
            type_=type_,
            id=id,
            pos=pos,
            is_optional=is_optional,
            title=title,
            items_open_quantity=items_open_quantity,
            amount=amount,
            unit_id=unit_id,
            tax_id=tax_id,
            text=text,
            unit_price=unit_price,
            discount_in_percent=discount_in_percent,
            position_total=position_total,
            service_date=service_date,
            account_id=account_id,
        )

        purchase_order_position_custom_read.additional_properties = d
        return purchase_order_position_custom_read

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
