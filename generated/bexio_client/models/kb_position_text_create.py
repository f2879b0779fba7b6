from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.kb_position_text_create_type import KbPositionTextCreateType
from ..types import UNSET, Unset
from .kb_position_text_create_type import KB_POSITION_TEXT_CREATE_TYPE_VALUES


@_attrs_define
class KbPositionTextCreate:
    """A text position to create with the document (PositionTextExtended)."""

    type_: KbPositionTextCreateType
    text: str | Unset = UNSET
    show_pos_nr: bool | Unset = UNSET
    """ Whether the position number is shown. """
    parent_id: int | None | Unset = UNSET
    """ The sub position (KbPositionSubposition) that contains this position, or null. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.show_pos_nr is not UNSET:
            field_dict["show_pos_nr"] = self.show_pos_nr
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionTextCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            text = src_dict.get("text", UNSET)
            show_pos_nr = src_dict.get("show_pos_nr", UNSET)
            parent_id = src_dict.get("parent_id", UNSET)
            if not (
                type_ in KB_POSITION_TEXT_CREATE_TYPE_VALUES
                and (text is UNSET or type(text) is str)
                and (show_pos_nr is UNSET or type(show_pos_nr) is bool)
                and (parent_id is None or parent_id is UNSET or type(parent_id) is int)
            ):
                raise TypeError
            self = cls(
                type_,
                text,
                show_pos_nr,
                parent_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (text is not UNSET) + (show_pos_nr is not UNSET) + (parent_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("type_", "type", True, Enum(KB_POSITION_TEXT_CREATE_TYPE_VALUES)),
    Field("text", "text", False, STR),
    Field("show_pos_nr", "show_pos_nr", False, BOOL),
    Field("parent_id", "parent_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "type",
        "text",
        "show_pos_nr",
        "parent_id",
    }
)
