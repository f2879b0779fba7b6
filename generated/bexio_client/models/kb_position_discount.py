from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kb_position_discount_type import KbPositionDiscountType, check_kb_position_discount_type

T = TypeVar("T", bound="KbPositionDiscount")


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
        id = self.id

        text: None | str
        text = self.text

        is_percentual = self.is_percentual

        value: None | str
        value = self.value

        discount_total: None | str
        discount_total = self.discount_total

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "is_percentual": is_percentual,
                "value": value,
                "discount_total": discount_total,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        text = _parse_text(d.pop("text"))

        is_percentual = d.pop("is_percentual")

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        value = _parse_value(d.pop("value"))

        def _parse_discount_total(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        discount_total = _parse_discount_total(d.pop("discount_total"))

        type_ = check_kb_position_discount_type(d.pop("type"))

        kb_position_discount = cls(
            id=id,
            text=text,
            is_percentual=is_percentual,
            value=value,
            discount_total=discount_total,
            type_=type_,
        )

        kb_position_discount.additional_properties = d
        return kb_position_discount

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
