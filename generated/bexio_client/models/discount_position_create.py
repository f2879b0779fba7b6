from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class DiscountPositionCreate:
    """A discount position as sent to create or edit it."""

    text: str | Unset = UNSET
    is_percentual: bool | Unset = UNSET
    """ true when `value` is a percentage, false when it is an amount. """
    value: str | Unset = UNSET
    """ The discount, a decimal number as a string (e.g. "10.000000"). """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.is_percentual is not UNSET:
            field_dict["is_percentual"] = self.is_percentual
        if self.value is not UNSET:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A DiscountPositionCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            text = src_dict.get("text", UNSET)
            is_percentual = src_dict.get("is_percentual", UNSET)
            value = src_dict.get("value", UNSET)
            if not (
                (text is UNSET or type(text) is str)
                and (is_percentual is UNSET or type(is_percentual) is bool)
                and (value is UNSET or type(value) is str)
            ):
                raise TypeError
            self = cls(
                text,
                is_percentual,
                value,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (text is not UNSET) + (is_percentual is not UNSET) + (value is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("text", "text", False, STR),
    Field("is_percentual", "is_percentual", False, BOOL),
    Field("value", "value", False, STR),
)
_KNOWN = frozenset(
    {
        "text",
        "is_percentual",
        "value",
    }
)
