from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.kb_position_subtotal_create_type import (
    KbPositionSubtotalCreateType,
    check_kb_position_subtotal_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbPositionSubtotalCreate")


@_attrs_define
class KbPositionSubtotalCreate:
    """A subtotal position to create with the document (PositionSubtotalExtended)."""

    type_: KbPositionSubtotalCreateType
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_kb_position_subtotal_create_type(d.pop("type"))

        text = d.pop("text", UNSET)

        kb_position_subtotal_create = cls(
            type_=type_,
            text=text,
        )

        return kb_position_subtotal_create
