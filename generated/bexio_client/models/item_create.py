from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    BOOL,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.article_type_id is not UNSET:
            field_dict["article_type_id"] = self.article_type_id
        if self.contact_id is not UNSET:
            field_dict["contact_id"] = self.contact_id
        if self.deliverer_code is not UNSET:
            field_dict["deliverer_code"] = self.deliverer_code
        if self.deliverer_name is not UNSET:
            field_dict["deliverer_name"] = self.deliverer_name
        if self.deliverer_description is not UNSET:
            field_dict["deliverer_description"] = self.deliverer_description
        if self.intern_code is not UNSET:
            field_dict["intern_code"] = self.intern_code
        if self.intern_name is not UNSET:
            field_dict["intern_name"] = self.intern_name
        if self.intern_description is not UNSET:
            field_dict["intern_description"] = self.intern_description
        if self.purchase_price is not UNSET:
            field_dict["purchase_price"] = self.purchase_price
        if self.sale_price is not UNSET:
            field_dict["sale_price"] = self.sale_price
        if self.purchase_total is not UNSET:
            field_dict["purchase_total"] = self.purchase_total
        if self.sale_total is not UNSET:
            field_dict["sale_total"] = self.sale_total
        if self.currency_id is not UNSET:
            field_dict["currency_id"] = self.currency_id
        if self.tax_income_id is not UNSET:
            field_dict["tax_income_id"] = self.tax_income_id
        if self.tax_expense_id is not UNSET:
            field_dict["tax_expense_id"] = self.tax_expense_id
        if self.unit_id is not UNSET:
            field_dict["unit_id"] = self.unit_id
        if self.is_stock is not UNSET:
            field_dict["is_stock"] = self.is_stock
        if self.stock_id is not UNSET:
            field_dict["stock_id"] = self.stock_id
        if self.stock_place_id is not UNSET:
            field_dict["stock_place_id"] = self.stock_place_id
        if self.stock_nr is not UNSET:
            field_dict["stock_nr"] = self.stock_nr
        if self.stock_min_nr is not UNSET:
            field_dict["stock_min_nr"] = self.stock_min_nr
        if self.width is not UNSET:
            field_dict["width"] = self.width
        if self.height is not UNSET:
            field_dict["height"] = self.height
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
        if self.volume is not UNSET:
            field_dict["volume"] = self.volume
        if self.html_text is not UNSET:
            field_dict["html_text"] = self.html_text
        if self.remarks is not UNSET:
            field_dict["remarks"] = self.remarks
        if self.delivery_price is not UNSET:
            field_dict["delivery_price"] = self.delivery_price
        if self.article_group_id is not UNSET:
            field_dict["article_group_id"] = self.article_group_id
        if self.account_id is not UNSET:
            field_dict["account_id"] = self.account_id
        if self.expense_account_id is not UNSET:
            field_dict["expense_account_id"] = self.expense_account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ItemCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            user_id = src_dict.get("user_id", UNSET)
            article_type_id = src_dict.get("article_type_id", UNSET)
            contact_id = src_dict.get("contact_id", UNSET)
            deliverer_code = src_dict.get("deliverer_code", UNSET)
            deliverer_name = src_dict.get("deliverer_name", UNSET)
            deliverer_description = src_dict.get("deliverer_description", UNSET)
            intern_code = src_dict.get("intern_code", UNSET)
            intern_name = src_dict.get("intern_name", UNSET)
            intern_description = src_dict.get("intern_description", UNSET)
            purchase_price = src_dict.get("purchase_price", UNSET)
            sale_price = src_dict.get("sale_price", UNSET)
            purchase_total = src_dict.get("purchase_total", UNSET)
            sale_total = src_dict.get("sale_total", UNSET)
            currency_id = src_dict.get("currency_id", UNSET)
            tax_income_id = src_dict.get("tax_income_id", UNSET)
            tax_expense_id = src_dict.get("tax_expense_id", UNSET)
            unit_id = src_dict.get("unit_id", UNSET)
            is_stock = src_dict.get("is_stock", UNSET)
            stock_id = src_dict.get("stock_id", UNSET)
            stock_place_id = src_dict.get("stock_place_id", UNSET)
            stock_nr = src_dict.get("stock_nr", UNSET)
            stock_min_nr = src_dict.get("stock_min_nr", UNSET)
            width = src_dict.get("width", UNSET)
            height = src_dict.get("height", UNSET)
            weight = src_dict.get("weight", UNSET)
            volume = src_dict.get("volume", UNSET)
            html_text = src_dict.get("html_text", UNSET)
            remarks = src_dict.get("remarks", UNSET)
            delivery_price = src_dict.get("delivery_price", UNSET)
            article_group_id = src_dict.get("article_group_id", UNSET)
            account_id = src_dict.get("account_id", UNSET)
            expense_account_id = src_dict.get("expense_account_id", UNSET)
            if not (
                (user_id is UNSET or type(user_id) is int)
                and (article_type_id is UNSET or type(article_type_id) is int)
                and (contact_id is None or contact_id is UNSET or type(contact_id) is int)
                and (deliverer_code is None or deliverer_code is UNSET or type(deliverer_code) is str)
                and (deliverer_name is None or deliverer_name is UNSET or type(deliverer_name) is str)
                and (
                    deliverer_description is None
                    or deliverer_description is UNSET
                    or type(deliverer_description) is str
                )
                and (intern_code is UNSET or type(intern_code) is str)
                and (intern_name is UNSET or type(intern_name) is str)
                and (intern_description is None or intern_description is UNSET or type(intern_description) is str)
                and (purchase_price is None or purchase_price is UNSET or type(purchase_price) in _NUMBER)
                and (sale_price is None or sale_price is UNSET or type(sale_price) in _NUMBER)
                and (purchase_total is None or purchase_total is UNSET or type(purchase_total) in _NUMBER)
                and (sale_total is None or sale_total is UNSET or type(sale_total) in _NUMBER)
                and (currency_id is None or currency_id is UNSET or type(currency_id) is int)
                and (tax_income_id is None or tax_income_id is UNSET or type(tax_income_id) is int)
                and (tax_expense_id is None or tax_expense_id is UNSET or type(tax_expense_id) is int)
                and (unit_id is None or unit_id is UNSET or type(unit_id) is int)
                and (is_stock is UNSET or type(is_stock) is bool)
                and (stock_id is None or stock_id is UNSET or type(stock_id) is int)
                and (stock_place_id is None or stock_place_id is UNSET or type(stock_place_id) is int)
                and (stock_nr is UNSET or type(stock_nr) is int)
                and (stock_min_nr is UNSET or type(stock_min_nr) is int)
                and (width is None or width is UNSET or type(width) is int)
                and (height is None or height is UNSET or type(height) is int)
                and (weight is None or weight is UNSET or type(weight) is int)
                and (volume is None or volume is UNSET or type(volume) is int)
                and (html_text is None or html_text is UNSET or type(html_text) is str)
                and (remarks is None or remarks is UNSET or type(remarks) is str)
                and (delivery_price is None or delivery_price is UNSET or type(delivery_price) in _NUMBER)
                and (article_group_id is None or article_group_id is UNSET or type(article_group_id) is int)
                and (account_id is None or account_id is UNSET or type(account_id) is int)
                and (expense_account_id is None or expense_account_id is UNSET or type(expense_account_id) is int)
            ):
                raise TypeError
            self = cls(
                user_id,
                article_type_id,
                contact_id,
                deliverer_code,
                deliverer_name,
                deliverer_description,
                intern_code,
                intern_name,
                intern_description,
                purchase_price,
                sale_price,
                purchase_total,
                sale_total,
                currency_id,
                tax_income_id,
                tax_expense_id,
                unit_id,
                is_stock,
                stock_id,
                stock_place_id,
                stock_nr,
                stock_min_nr,
                width,
                height,
                weight,
                volume,
                html_text,
                remarks,
                delivery_price,
                article_group_id,
                account_id,
                expense_account_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("user_id", "user_id", False, INT),
    Field("article_type_id", "article_type_id", False, INT),
    Field("contact_id", "contact_id", False, Nullable(INT)),
    Field("deliverer_code", "deliverer_code", False, Nullable(STR)),
    Field("deliverer_name", "deliverer_name", False, Nullable(STR)),
    Field("deliverer_description", "deliverer_description", False, Nullable(STR)),
    Field("intern_code", "intern_code", False, STR),
    Field("intern_name", "intern_name", False, STR),
    Field("intern_description", "intern_description", False, Nullable(STR)),
    Field("purchase_price", "purchase_price", False, Nullable(NUMBER)),
    Field("sale_price", "sale_price", False, Nullable(NUMBER)),
    Field("purchase_total", "purchase_total", False, Nullable(NUMBER)),
    Field("sale_total", "sale_total", False, Nullable(NUMBER)),
    Field("currency_id", "currency_id", False, Nullable(INT)),
    Field("tax_income_id", "tax_income_id", False, Nullable(INT)),
    Field("tax_expense_id", "tax_expense_id", False, Nullable(INT)),
    Field("unit_id", "unit_id", False, Nullable(INT)),
    Field("is_stock", "is_stock", False, BOOL),
    Field("stock_id", "stock_id", False, Nullable(INT)),
    Field("stock_place_id", "stock_place_id", False, Nullable(INT)),
    Field("stock_nr", "stock_nr", False, INT),
    Field("stock_min_nr", "stock_min_nr", False, INT),
    Field("width", "width", False, Nullable(INT)),
    Field("height", "height", False, Nullable(INT)),
    Field("weight", "weight", False, Nullable(INT)),
    Field("volume", "volume", False, Nullable(INT)),
    Field("html_text", "html_text", False, Nullable(STR)),
    Field("remarks", "remarks", False, Nullable(STR)),
    Field("delivery_price", "delivery_price", False, Nullable(NUMBER)),
    Field("article_group_id", "article_group_id", False, Nullable(INT)),
    Field("account_id", "account_id", False, Nullable(INT)),
    Field("expense_account_id", "expense_account_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "user_id",
        "article_type_id",
        "contact_id",
        "deliverer_code",
        "deliverer_name",
        "deliverer_description",
        "intern_code",
        "intern_name",
        "intern_description",
        "purchase_price",
        "sale_price",
        "purchase_total",
        "sale_total",
        "currency_id",
        "tax_income_id",
        "tax_expense_id",
        "unit_id",
        "is_stock",
        "stock_id",
        "stock_place_id",
        "stock_nr",
        "stock_min_nr",
        "width",
        "height",
        "weight",
        "volume",
        "html_text",
        "remarks",
        "delivery_price",
        "article_group_id",
        "account_id",
        "expense_account_id",
    }
)
