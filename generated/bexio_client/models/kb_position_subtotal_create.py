from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    STR,
    Enum,
    Field,
    read_model,
)
from ..models.kb_position_subtotal_create_type import (
    KbPositionSubtotalCreateType,
)
from ..types import UNSET, Unset
from .kb_position_subtotal_create_type import KB_POSITION_SUBTOTAL_CREATE_TYPE_VALUES


@_attrs_define
class KbPositionSubtotalCreate:
    """A subtotal position to create with the document (PositionSubtotalExtended)."""

    type_: KbPositionSubtotalCreateType
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionSubtotalCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            text = src_dict.get("text", UNSET)
            if not (type_ in KB_POSITION_SUBTOTAL_CREATE_TYPE_VALUES and (text is UNSET or type(text) is str)):
                raise TypeError
            self = cls(
                type_,
                text,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (text is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("type_", "type", True, Enum(KB_POSITION_SUBTOTAL_CREATE_TYPE_VALUES)),
    Field("text", "text", False, STR),
)
_KNOWN = frozenset(
    {
        "type",
        "text",
    }
)
