from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class SubtotalPositionCreate:
    """A subtotal position as sent to create or edit it."""

    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.text is not UNSET:
            field_dict["text"] = self.text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A SubtotalPositionCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            text = src_dict.get("text", UNSET)
            if not (text is UNSET or type(text) is str):
                raise TypeError
            self = cls(
                text,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (text is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (Field("text", "text", False, STR),)
_KNOWN = frozenset(
    {
        "text",
    }
)
