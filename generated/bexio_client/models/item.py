from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["article_type_id"] = self.article_type_id
        field_dict["contact_id"] = self.contact_id
        field_dict["deliverer_code"] = self.deliverer_code
        field_dict["deliverer_name"] = self.deliverer_name
        field_dict["deliverer_description"] = self.deliverer_description
        field_dict["intern_code"] = self.intern_code
        field_dict["intern_name"] = self.intern_name
        field_dict["intern_description"] = self.intern_description
        field_dict["purchase_price"] = self.purchase_price
        field_dict["sale_price"] = self.sale_price
        field_dict["purchase_total"] = self.purchase_total
        field_dict["sale_total"] = self.sale_total
        field_dict["currency_id"] = self.currency_id
        field_dict["tax_income_id"] = self.tax_income_id
        field_dict["tax_id"] = self.tax_id
        field_dict["tax_expense_id"] = self.tax_expense_id
        field_dict["unit_id"] = self.unit_id
        field_dict["is_stock"] = self.is_stock
        field_dict["stock_id"] = self.stock_id
        field_dict["stock_place_id"] = self.stock_place_id
        field_dict["stock_available_nr"] = self.stock_available_nr
        field_dict["width"] = self.width
        field_dict["height"] = self.height
        field_dict["weight"] = self.weight
        field_dict["volume"] = self.volume
        field_dict["html_text"] = self.html_text
        field_dict["remarks"] = self.remarks
        field_dict["delivery_price"] = self.delivery_price
        field_dict["article_group_id"] = self.article_group_id
        field_dict["stock_nr"] = self.stock_nr
        field_dict["stock_min_nr"] = self.stock_min_nr
        field_dict["stock_reserved_nr"] = self.stock_reserved_nr
        field_dict["stock_picked_nr"] = self.stock_picked_nr
        field_dict["stock_disposed_nr"] = self.stock_disposed_nr
        field_dict["stock_ordered_nr"] = self.stock_ordered_nr
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Item from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            user_id = src_dict["user_id"]
            article_type_id = src_dict["article_type_id"]
            contact_id = src_dict["contact_id"]
            deliverer_code = src_dict["deliverer_code"]
            deliverer_name = src_dict["deliverer_name"]
            deliverer_description = src_dict["deliverer_description"]
            intern_code = src_dict["intern_code"]
            intern_name = src_dict["intern_name"]
            intern_description = src_dict["intern_description"]
            purchase_price = src_dict["purchase_price"]
            sale_price = src_dict["sale_price"]
            purchase_total = src_dict["purchase_total"]
            sale_total = src_dict["sale_total"]
            currency_id = src_dict["currency_id"]
            tax_income_id = src_dict["tax_income_id"]
            tax_id = src_dict["tax_id"]
            tax_expense_id = src_dict["tax_expense_id"]
            unit_id = src_dict["unit_id"]
            is_stock = src_dict["is_stock"]
            stock_id = src_dict["stock_id"]
            stock_place_id = src_dict["stock_place_id"]
            stock_available_nr = src_dict["stock_available_nr"]
            width = src_dict["width"]
            height = src_dict["height"]
            weight = src_dict["weight"]
            volume = src_dict["volume"]
            html_text = src_dict["html_text"]
            remarks = src_dict["remarks"]
            delivery_price = src_dict["delivery_price"]
            article_group_id = src_dict["article_group_id"]
            stock_nr = src_dict["stock_nr"]
            stock_min_nr = src_dict["stock_min_nr"]
            stock_reserved_nr = src_dict["stock_reserved_nr"]
            stock_picked_nr = src_dict["stock_picked_nr"]
            stock_disposed_nr = src_dict["stock_disposed_nr"]
            stock_ordered_nr = src_dict["stock_ordered_nr"]
            if not (
                type(id) is int
                and type(user_id) is int
                and type(article_type_id) is int
                and (contact_id is None or type(contact_id) is int)
                and (deliverer_code is None or type(deliverer_code) is str)
                and (deliverer_name is None or type(deliverer_name) is str)
                and (deliverer_description is None or type(deliverer_description) is str)
                and type(intern_code) is str
                and type(intern_name) is str
                and (intern_description is None or type(intern_description) is str)
                and (purchase_price is None or (type(purchase_price) in _NUMBER or type(purchase_price) is str))
                and (sale_price is None or (type(sale_price) in _NUMBER or type(sale_price) is str))
                and (purchase_total is None or (type(purchase_total) in _NUMBER or type(purchase_total) is str))
                and (sale_total is None or (type(sale_total) in _NUMBER or type(sale_total) is str))
                and (currency_id is None or type(currency_id) is int)
                and (tax_income_id is None or type(tax_income_id) is int)
                and (tax_id is None or type(tax_id) is int)
                and (tax_expense_id is None or type(tax_expense_id) is int)
                and (unit_id is None or type(unit_id) is int)
                and type(is_stock) is bool
                and (stock_id is None or type(stock_id) is int)
                and (stock_place_id is None or type(stock_place_id) is int)
                and (type(stock_available_nr) is int or type(stock_available_nr) is str)
                and (width is None or (type(width) is int or type(width) is str))
                and (height is None or (type(height) is int or type(height) is str))
                and (weight is None or (type(weight) is int or type(weight) is str))
                and (volume is None or (type(volume) is int or type(volume) is str))
                and (html_text is None or type(html_text) is str)
                and (remarks is None or type(remarks) is str)
                and (delivery_price is None or (type(delivery_price) in _NUMBER or type(delivery_price) is str))
                and (article_group_id is None or type(article_group_id) is int)
                and (type(stock_nr) is int or type(stock_nr) is str)
                and (type(stock_min_nr) is int or type(stock_min_nr) is str)
                and (type(stock_reserved_nr) is int or type(stock_reserved_nr) is str)
                and (type(stock_picked_nr) is int or type(stock_picked_nr) is str)
                and (type(stock_disposed_nr) is int or type(stock_disposed_nr) is str)
                and (type(stock_ordered_nr) is int or type(stock_ordered_nr) is str)
            ):
                raise TypeError
            self = cls(
                id,
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
                tax_id,
                tax_expense_id,
                unit_id,
                is_stock,
                stock_id,
                stock_place_id,
                stock_available_nr,
                width,
                height,
                weight,
                volume,
                html_text,
                remarks,
                delivery_price,
                article_group_id,
                stock_nr,
                stock_min_nr,
                stock_reserved_nr,
                stock_picked_nr,
                stock_disposed_nr,
                stock_ordered_nr,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 37:
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
    Field("user_id", "user_id", True, INT),
    Field("article_type_id", "article_type_id", True, INT),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("deliverer_code", "deliverer_code", True, Nullable(STR)),
    Field("deliverer_name", "deliverer_name", True, Nullable(STR)),
    Field("deliverer_description", "deliverer_description", True, Nullable(STR)),
    Field("intern_code", "intern_code", True, STR),
    Field("intern_name", "intern_name", True, STR),
    Field("intern_description", "intern_description", True, Nullable(STR)),
    Field(
        "purchase_price",
        "purchase_price",
        True,
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
        "sale_price",
        "sale_price",
        True,
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
        "purchase_total",
        "purchase_total",
        True,
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
        "sale_total",
        "sale_total",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("currency_id", "currency_id", True, Nullable(INT)),
    Field("tax_income_id", "tax_income_id", True, Nullable(INT)),
    Field("tax_id", "tax_id", True, Nullable(INT)),
    Field("tax_expense_id", "tax_expense_id", True, Nullable(INT)),
    Field("unit_id", "unit_id", True, Nullable(INT)),
    Field("is_stock", "is_stock", True, BOOL),
    Field("stock_id", "stock_id", True, Nullable(INT)),
    Field("stock_place_id", "stock_place_id", True, Nullable(INT)),
    Field(
        "stock_available_nr",
        "stock_available_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "width",
        "width",
        True,
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
        "height",
        "height",
        True,
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
        "weight",
        "weight",
        True,
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
        "volume",
        "volume",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("html_text", "html_text", True, Nullable(STR)),
    Field("remarks", "remarks", True, Nullable(STR)),
    Field(
        "delivery_price",
        "delivery_price",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("article_group_id", "article_group_id", True, Nullable(INT)),
    Field(
        "stock_nr",
        "stock_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "stock_min_nr",
        "stock_min_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "stock_reserved_nr",
        "stock_reserved_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "stock_picked_nr",
        "stock_picked_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "stock_disposed_nr",
        "stock_disposed_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "stock_ordered_nr",
        "stock_ordered_nr",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
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
        "tax_id",
        "tax_expense_id",
        "unit_id",
        "is_stock",
        "stock_id",
        "stock_place_id",
        "stock_available_nr",
        "width",
        "height",
        "weight",
        "volume",
        "html_text",
        "remarks",
        "delivery_price",
        "article_group_id",
        "stock_nr",
        "stock_min_nr",
        "stock_reserved_nr",
        "stock_picked_nr",
        "stock_disposed_nr",
        "stock_ordered_nr",
    }
)
