from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.kb_position_discount_type import KbPositionDiscountType
from .kb_position_discount_type import KB_POSITION_DISCOUNT_TYPE_VALUES


@_attrs_define
class KbPositionDiscount:
    """A discount on the document, in percent or as an amount."""

    id: int
    text: None | str
    is_percentual: bool
    """ true: `value` is a percentage; false: an amount. """
    value: None | str
    """ The discount, a decimal number as a string ("10.000000"). """
    discount_total: None | str
    """ The discount amount, a decimal number as a string ("1.780000"). """
    type_: KbPositionDiscountType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["text"] = self.text
        field_dict["is_percentual"] = self.is_percentual
        field_dict["value"] = self.value
        field_dict["discount_total"] = self.discount_total
        field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionDiscount from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            text = src_dict["text"]
            is_percentual = src_dict["is_percentual"]
            value = src_dict["value"]
            discount_total = src_dict["discount_total"]
            type_ = src_dict["type"]
            if not (
                type(id) is int
                and (text is None or type(text) is str)
                and type(is_percentual) is bool
                and (value is None or type(value) is str)
                and (discount_total is None or type(discount_total) is str)
                and type_ in KB_POSITION_DISCOUNT_TYPE_VALUES
            ):
                raise TypeError
            self = cls(
                id,
                text,
                is_percentual,
                value,
                discount_total,
                type_,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 6:
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
    Field("text", "text", True, Nullable(STR)),
    Field("is_percentual", "is_percentual", True, BOOL),
    Field("value", "value", True, Nullable(STR)),
    Field("discount_total", "discount_total", True, Nullable(STR)),
    Field("type_", "type", True, Enum(KB_POSITION_DISCOUNT_TYPE_VALUES)),
)
_KNOWN = frozenset(
    {
        "id",
        "text",
        "is_percentual",
        "value",
        "discount_total",
        "type",
    }
)
