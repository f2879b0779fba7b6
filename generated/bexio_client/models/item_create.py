from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemCreate")


@_attrs_define
class ItemCreate:
    """An item as sent to create or edit it (the reference marks no field as required)."""

    user_id: int | Unset = UNSET
    """ References a user object """
    article_type_id: int | Unset = UNSET
    """ Please use the value 1 for physical products or 2 for services """
    contact_id: int | None | Unset = UNSET
    """ References a contact object """
    deliverer_code: None | str | Unset = UNSET
    deliverer_name: None | str | Unset = UNSET
    deliverer_description: None | str | Unset = UNSET
    intern_code: str | Unset = UNSET
    intern_name: str | Unset = UNSET
    intern_description: None | str | Unset = UNSET
    purchase_price: float | None | Unset = UNSET
    sale_price: float | None | Unset = UNSET
    purchase_total: float | None | Unset = UNSET
    sale_total: float | None | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    """ References a currency object """
    tax_income_id: int | None | Unset = UNSET
    """ References a tax object """
    tax_expense_id: int | None | Unset = UNSET
    """ References a tax object """
    unit_id: int | None | Unset = UNSET
    """ References a unit object """
    is_stock: bool | Unset = UNSET
    stock_id: int | None | Unset = UNSET
    """ References a stock location object """
    stock_place_id: int | None | Unset = UNSET
    """ References a stock area object """
    stock_nr: int | Unset = UNSET
    """ Please note that the stock number can only be set if no bookings for this product have been made. """
    stock_min_nr: int | Unset = UNSET
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    weight: int | None | Unset = UNSET
    volume: int | None | Unset = UNSET
    html_text: None | str | Unset = UNSET
    """ Deprecated """
    remarks: None | str | Unset = UNSET
    delivery_price: float | None | Unset = UNSET
    article_group_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    """ References an account object """
    expense_account_id: int | None | Unset = UNSET
    """ References an account object """

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        article_type_id = self.article_type_id

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        deliverer_code: None | str | Unset
        if isinstance(self.deliverer_code, Unset):
            deliverer_code = UNSET
        else:
            deliverer_code = self.deliverer_code

        deliverer_name: None | str | Unset
        if isinstance(self.deliverer_name, Unset):
            deliverer_name = UNSET
        else:
            deliverer_name = self.deliverer_name

        deliverer_description: None | str | Unset
        if isinstance(self.deliverer_description, Unset):
            deliverer_description = UNSET
        else:
            deliverer_description = self.deliverer_description

        intern_code = self.intern_code

        intern_name = self.intern_name

        intern_description: None | str | Unset
        if isinstance(self.intern_description, Unset):
            intern_description = UNSET
        else:
            intern_description = self.intern_description

        purchase_price: float | None | Unset
        if isinstance(self.purchase_price, Unset):
            purchase_price = UNSET
        else:
            purchase_price = self.purchase_price

        sale_price: float | None | Unset
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        purchase_total: float | None | Unset
        if isinstance(self.purchase_total, Unset):
            purchase_total = UNSET
        else:
            purchase_total = self.purchase_total

        sale_total: float | None | Unset
        if isinstance(self.sale_total, Unset):
            sale_total = UNSET
        else:
            sale_total = self.sale_total

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        tax_income_id: int | None | Unset
        if isinstance(self.tax_income_id, Unset):
            tax_income_id = UNSET
        else:
            tax_income_id = self.tax_income_id

        tax_expense_id: int | None | Unset
        if isinstance(self.tax_expense_id, Unset):
            tax_expense_id = UNSET
        else:
            tax_expense_id = self.tax_expense_id

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        is_stock = self.is_stock

        stock_id: int | None | Unset
        if isinstance(self.stock_id, Unset):
            stock_id = UNSET
        else:
            stock_id = self.stock_id

        stock_place_id: int | None | Unset
        if isinstance(self.stock_place_id, Unset):
            stock_place_id = UNSET
        else:
            stock_place_id = self.stock_place_id

        stock_nr = self.stock_nr

        stock_min_nr = self.stock_min_nr

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        volume: int | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        html_text: None | str | Unset
        if isinstance(self.html_text, Unset):
            html_text = UNSET
        else:
            html_text = self.html_text

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        delivery_price: float | None | Unset
        if isinstance(self.delivery_price, Unset):
            delivery_price = UNSET
        else:
            delivery_price = self.delivery_price

        article_group_id: int | None | Unset
        if isinstance(self.article_group_id, Unset):
            article_group_id = UNSET
        else:
            article_group_id = self.article_group_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        expense_account_id: int | None | Unset
        if isinstance(self.expense_account_id, Unset):
            expense_account_id = UNSET
        else:
            expense_account_id = self.expense_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if article_type_id is not UNSET:
            field_dict["article_type_id"] = article_type_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if deliverer_code is not UNSET:
            field_dict["deliverer_code"] = deliverer_code
        if deliverer_name is not UNSET:
            field_dict["deliverer_name"] = deliverer_name
        if deliverer_description is not UNSET:
            field_dict["deliverer_description"] = deliverer_description
        if intern_code is not UNSET:
            field_dict["intern_code"] = intern_code
        if intern_name is not UNSET:
            field_dict["intern_name"] = intern_name
        if intern_description is not UNSET:
            field_dict["intern_description"] = intern_description
        if purchase_price is not UNSET:
            field_dict["purchase_price"] = purchase_price
        if sale_price is not UNSET:
            field_dict["sale_price"] = sale_price
        if purchase_total is not UNSET:
            field_dict["purchase_total"] = purchase_total
        if sale_total is not UNSET:
            field_dict["sale_total"] = sale_total
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if tax_income_id is not UNSET:
            field_dict["tax_income_id"] = tax_income_id
        if tax_expense_id is not UNSET:
            field_dict["tax_expense_id"] = tax_expense_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if is_stock is not UNSET:
            field_dict["is_stock"] = is_stock
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if stock_place_id is not UNSET:
            field_dict["stock_place_id"] = stock_place_id
        if stock_nr is not UNSET:
            field_dict["stock_nr"] = stock_nr
        if stock_min_nr is not UNSET:
            field_dict["stock_min_nr"] = stock_min_nr
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if weight is not UNSET:
            field_dict["weight"] = weight
        if volume is not UNSET:
            field_dict["volume"] = volume
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if delivery_price is not UNSET:
            field_dict["delivery_price"] = delivery_price
        if article_group_id is not UNSET:
            field_dict["article_group_id"] = article_group_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if expense_account_id is not UNSET:
            field_dict["expense_account_id"] = expense_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        article_type_id = d.pop("article_type_id", UNSET)

        def _parse_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_deliverer_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        deliverer_code = _parse_deliverer_code(d.pop("deliverer_code", UNSET))

        def _parse_deliverer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        deliverer_name = _parse_deliverer_name(d.pop("deliverer_name", UNSET))

        def _parse_deliverer_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        deliverer_description = _parse_deliverer_description(d.pop("deliverer_description", UNSET))

        intern_code = d.pop("intern_code", UNSET)

        intern_name = d.pop("intern_name", UNSET)

        def _parse_intern_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        intern_description = _parse_intern_description(d.pop("intern_description", UNSET))

        def _parse_purchase_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        purchase_price = _parse_purchase_price(d.pop("purchase_price", UNSET))

        def _parse_sale_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        sale_price = _parse_sale_price(d.pop("sale_price", UNSET))

        def _parse_purchase_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        purchase_total = _parse_purchase_total(d.pop("purchase_total", UNSET))

        def _parse_sale_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        sale_total = _parse_sale_total(d.pop("sale_total", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_tax_income_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_income_id = _parse_tax_income_id(d.pop("tax_income_id", UNSET))

        def _parse_tax_expense_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_expense_id = _parse_tax_expense_id(d.pop("tax_expense_id", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        is_stock = d.pop("is_stock", UNSET)

        def _parse_stock_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        stock_id = _parse_stock_id(d.pop("stock_id", UNSET))

        def _parse_stock_place_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        stock_place_id = _parse_stock_place_id(d.pop("stock_place_id", UNSET))

        stock_nr = d.pop("stock_nr", UNSET)

        stock_min_nr = d.pop("stock_min_nr", UNSET)

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_volume(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_html_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        html_text = _parse_html_text(d.pop("html_text", UNSET))

        def _parse_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        remarks = _parse_remarks(d.pop("remarks", UNSET))

        def _parse_delivery_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        delivery_price = _parse_delivery_price(d.pop("delivery_price", UNSET))

        def _parse_article_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        article_group_id = _parse_article_group_id(d.pop("article_group_id", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_expense_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expense_account_id = _parse_expense_account_id(d.pop("expense_account_id", UNSET))

        item_create = cls(
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
            tax_expense_id=tax_expense_id,
            unit_id=unit_id,
            is_stock=is_stock,
            stock_id=stock_id,
            stock_place_id=stock_place_id,
            stock_nr=stock_nr,
            stock_min_nr=stock_min_nr,
            width=width,
            height=height,
            weight=weight,
            volume=volume,
            html_text=html_text,
            remarks=remarks,
            delivery_price=delivery_price,
            article_group_id=article_group_id,
            account_id=account_id,
            expense_account_id=expense_account_id,
        )

        return item_create
