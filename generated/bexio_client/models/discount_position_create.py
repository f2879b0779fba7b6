from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountPositionCreate")


@_attrs_define
class DiscountPositionCreate:
    """A discount position as sent to create or edit it."""

    text: str | Unset = UNSET
    is_percentual: bool | Unset = UNSET
    """ true when `value` is a percentage, false when it is an amount. """
    value: str | Unset = UNSET
    """ The discount, a decimal number as a string (e.g. "10.000000"). """

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        is_percentual = self.is_percentual

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        text = d.pop("text", UNSET)

        is_percentual = d.pop("is_percentual", UNSET)

        value = d.pop("value", UNSET)

        discount_position_create = cls(
            text=text,
            is_percentual=is_percentual,
            value=value,
        )

        return discount_position_create
