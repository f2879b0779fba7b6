from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.kb_position_discount_create_type import (
    KbPositionDiscountCreateType,
    check_kb_position_discount_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbPositionDiscountCreate")


@_attrs_define
class KbPositionDiscountCreate:
    """A discount to create with the document (PositionDiscountExtended)."""

    type_: KbPositionDiscountCreateType
    text: str | Unset = UNSET
    is_percentual: bool | Unset = UNSET
    """ true: `value` is a percentage; false: an amount. """
    value: str | Unset = UNSET
    """ The discount, a decimal number as a string ("10.000000"). """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        is_percentual = self.is_percentual

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if is_percentual is not UNSET:
            field_dict["is_percentual"] = is_percentual
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_kb_position_discount_create_type(d.pop("type"))

        text = d.pop("text", UNSET)

        is_percentual = d.pop("is_percentual", UNSET)

        value = d.pop("value", UNSET)

        kb_position_discount_create = cls(
            type_=type_,
            text=text,
            is_percentual=is_percentual,
            value=value,
        )

        return kb_position_discount_create
