from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """An item as bexio returns it (fields read from the response samples). Besides the fields of a create request it
    returns `tax_id` and the stock counters `stock_reserved_nr`, `stock_available_nr`, `stock_picked_nr`,
    `stock_disposed_nr` and `stock_ordered_nr`; it does not return `account_id` and `expense_account_id`.

    """

    id: int
    user_id: int
    """ References a user object """
    article_type_id: int
    """ 1 for physical products or 2 for services """
    contact_id: int | None
    """ References a contact object """
    deliverer_code: None | str
    deliverer_name: None | str
    deliverer_description: None | str
    intern_code: str
    intern_name: str
    intern_description: None | str
    purchase_price: float | None | str
    sale_price: float | None | str
    purchase_total: float | None | str
    sale_total: float | None | str
    currency_id: int | None
    """ References a currency object """
    tax_income_id: int | None
    """ References a tax object """
    tax_id: int | None
    """ References a tax object """
    tax_expense_id: int | None
    """ References a tax object """
    unit_id: int | None
    """ References a unit object """
    is_stock: bool
    stock_id: int | None
    """ References a stock location object """
    stock_place_id: int | None
    """ References a stock area object """
    stock_available_nr: int | str
    width: int | None | str
    height: int | None | str
    weight: int | None | str
    volume: int | None | str
    html_text: None | str
    """ Deprecated """
    remarks: None | str
    delivery_price: float | None | str
    article_group_id: int | None
    stock_nr: int | str
    """ Stock quantity; an integer, or a numeric string in create and edit answers. """
    stock_min_nr: int | str
    """ Stock quantity; an integer, or a numeric string in create and edit answers. """
    stock_reserved_nr: int | str
    """ Stock quantity; an integer, or a numeric string in create and edit answers. """
    stock_picked_nr: int | str
    """ Stock quantity; an integer, or a numeric string in create and edit answers. """
    stock_disposed_nr: int | str
    """ Stock quantity; an integer, or a numeric string in create and edit answers. """
    stock_ordered_nr: int | str
    """ Stock quantity; an integer, or a numeric string in create and edit answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        article_type_id = self.article_type_id

        contact_id: int | None
        contact_id = self.contact_id

        deliverer_code: None | str
        deliverer_code = self.deliverer_code

        deliverer_name: None | str
        deliverer_name = self.deliverer_name

        deliverer_description: None | str
        deliverer_description = self.deliverer_description

        intern_code = self.intern_code

        intern_name = self.intern_name

        intern_description: None | str
        intern_description = self.intern_description

        purchase_price: float | None | str
        purchase_price = self.purchase_price

        sale_price: float | None | str
        sale_price = self.sale_price

        purchase_total: float | None | str
        purchase_total = self.purchase_total

        sale_total: float | None | str
        sale_total = self.sale_total

        currency_id: int | None
        currency_id = self.currency_id

        tax_income_id: int | None
        tax_income_id = self.tax_income_id

        tax_id: int | None
        tax_id = self.tax_id

        tax_expense_id: int | None
        tax_expense_id = self.tax_expense_id

        unit_id: int | None
        unit_id = self.unit_id

        is_stock = self.is_stock

        stock_id: int | None
        stock_id = self.stock_id

        stock_place_id: int | None
        stock_place_id = self.stock_place_id

        stock_available_nr: int | str
        stock_available_nr = self.stock_available_nr

        width: int | None | str
        width = self.width

        height: int | None | str
        height = self.height

        weight: int | None | str
        weight = self.weight

        volume: int | None | str
        volume = self.volume

        html_text: None | str
        html_text = self.html_text

        remarks: None | str
        remarks = self.remarks

        delivery_price: float | None | str
        delivery_price = self.delivery_price

        article_group_id: int | None
        article_group_id = self.article_group_id

        stock_nr: int | str
        stock_nr = self.stock_nr

        stock_min_nr: int | str
        stock_min_nr = self.stock_min_nr

        stock_reserved_nr: int | str
        stock_reserved_nr = self.stock_reserved_nr

        stock_picked_nr: int | str
        stock_picked_nr = self.stock_picked_nr

        stock_disposed_nr: int | str
        stock_disposed_nr = self.stock_disposed_nr

        stock_ordered_nr: int | str
        stock_ordered_nr = self.stock_ordered_nr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "article_type_id": article_type_id,
                "contact_id": contact_id,
                "deliverer_code": deliverer_code,
                "deliverer_name": deliverer_name,
                "deliverer_description": deliverer_description,
                "intern_code": intern_code,
                "intern_name": intern_name,
                "intern_description": intern_description,
                "purchase_price": purchase_price,
                "sale_price": sale_price,
                "purchase_total": purchase_total,
                "sale_total": sale_total,
                "currency_id": currency_id,
                "tax_income_id": tax_income_id,
                "tax_id": tax_id,
                "tax_expense_id": tax_expense_id,
                "unit_id": unit_id,
                "is_stock": is_stock,
                "stock_id": stock_id,
                "stock_place_id": stock_place_id,
                "stock_available_nr": stock_available_nr,
                "width": width,
                "height": height,
                "weight": weight,
                "volume": volume,
                "html_text": html_text,
                "remarks": remarks,
                "delivery_price": delivery_price,
                "article_group_id": article_group_id,
                "stock_nr": stock_nr,
                "stock_min_nr": stock_min_nr,
                "stock_reserved_nr": stock_reserved_nr,
                "stock_picked_nr": stock_picked_nr,
                "stock_disposed_nr": stock_disposed_nr,
                "stock_ordered_nr": stock_ordered_nr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        article_type_id = d.pop("article_type_id")

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_deliverer_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        deliverer_code = _parse_deliverer_code(d.pop("deliverer_code"))

        def _parse_deliverer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        deliverer_name = _parse_deliverer_name(d.pop("deliverer_name"))

        def _parse_deliverer_description(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        deliverer_description = _parse_deliverer_description(d.pop("deliverer_description"))

        intern_code = d.pop("intern_code")

        intern_name = d.pop("intern_name")

        def _parse_intern_description(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        intern_description = _parse_intern_description(d.pop("intern_description"))

        def _parse_purchase_price(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        purchase_price = _parse_purchase_price(d.pop("purchase_price"))

        def _parse_sale_price(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        sale_price = _parse_sale_price(d.pop("sale_price"))

        def _parse_purchase_total(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        purchase_total = _parse_purchase_total(d.pop("purchase_total"))

        def _parse_sale_total(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        sale_total = _parse_sale_total(d.pop("sale_total"))

        def _parse_currency_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        currency_id = _parse_currency_id(d.pop("currency_id"))

        def _parse_tax_income_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        tax_income_id = _parse_tax_income_id(d.pop("tax_income_id"))

        def _parse_tax_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        tax_id = _parse_tax_id(d.pop("tax_id"))

        def _parse_tax_expense_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        tax_expense_id = _parse_tax_expense_id(d.pop("tax_expense_id"))

        def _parse_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        is_stock = d.pop("is_stock")

        def _parse_stock_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        stock_id = _parse_stock_id(d.pop("stock_id"))

        def _parse_stock_place_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        stock_place_id = _parse_stock_place_id(d.pop("stock_place_id"))

        def _parse_stock_available_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_available_nr = _parse_stock_available_nr(d.pop("stock_available_nr"))

        def _parse_width(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        width = _parse_width(d.pop("width"))

        def _parse_height(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        height = _parse_height(d.pop("height"))

        def _parse_weight(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        weight = _parse_weight(d.pop("weight"))

        def _parse_volume(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        volume = _parse_volume(d.pop("volume"))

        def _parse_html_text(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        html_text = _parse_html_text(d.pop("html_text"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        remarks = _parse_remarks(d.pop("remarks"))

        def _parse_delivery_price(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        delivery_price = _parse_delivery_price(d.pop("delivery_price"))

        def _parse_article_group_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        article_group_id = _parse_article_group_id(d.pop("article_group_id"))

        def _parse_stock_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_nr = _parse_stock_nr(d.pop("stock_nr"))

        def _parse_stock_min_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_min_nr = _parse_stock_min_nr(d.pop("stock_min_nr"))

        def _parse_stock_reserved_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_reserved_nr = _parse_stock_reserved_nr(d.pop("stock_reserved_nr"))

        def _parse_stock_picked_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_picked_nr = _parse_stock_picked_nr(d.pop("stock_picked_nr"))

        def _parse_stock_disposed_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_disposed_nr = _parse_stock_disposed_nr(d.pop("stock_disposed_nr"))

        def _parse_stock_ordered_nr(data: object) -> int | str:
            return cast("int | str", data)

        stock_ordered_nr = _parse_stock_ordered_nr(d.pop("stock_ordered_nr"))

        item = cls(
            id=id,
            user_id=user_id,
            article_type_id=article_type_id,
            contact_id=contact_id,
            deliverer_code=deliverer_code,
            deliverer_name=deliverer_name,
            deliverer_description=deliverer_description,
            intern_code=intern_code,
            intern_name=intern_name,
            intern_description=intern_description,
            purchase_price=purchase_price,
            sale_price=sale_price,
            purchase_total=purchase_total,
            sale_total=sale_total,
            currency_id=currency_id,
            tax_income_id=tax_income_id,
            tax_id=tax_id,
            tax_expense_id=tax_expense_id,
            unit_id=unit_id,
            is_stock=is_stock,
            stock_id=stock_id,
            stock_place_id=stock_place_id,
            stock_available_nr=stock_available_nr,
            width=width,
            height=height,
            weight=weight,
            volume=volume,
            html_text=html_text,
            remarks=remarks,
            delivery_price=delivery_price,
            article_group_id=article_group_id,
            stock_nr=stock_nr,
            stock_min_nr=stock_min_nr,
            stock_reserved_nr=stock_reserved_nr,
            stock_picked_nr=stock_picked_nr,
            stock_disposed_nr=stock_disposed_nr,
            stock_ordered_nr=stock_ordered_nr,
        )

        item.additional_properties = d
        return item

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
