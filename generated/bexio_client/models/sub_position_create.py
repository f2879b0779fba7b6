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
class SubPositionCreate:
    """A sub position as sent to create or edit it."""

    text: str | Unset = UNSET
    show_pos_nr: bool | Unset = UNSET
    """ Whether the position shows a position number. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.show_pos_nr is not UNSET:
            field_dict["show_pos_nr"] = self.show_pos_nr
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A SubPositionCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            text = src_dict.get("text", UNSET)
            show_pos_nr = src_dict.get("show_pos_nr", UNSET)
            if not ((text is UNSET or type(text) is str) and (show_pos_nr is UNSET or type(show_pos_nr) is bool)):
                raise TypeError
            self = cls(
                text,
                show_pos_nr,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (text is not UNSET) + (show_pos_nr is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("text", "text", False, STR),
    Field("show_pos_nr", "show_pos_nr", False, BOOL),
)
_KNOWN = frozenset(
    {
        "text",
        "show_pos_nr",
    }
)
