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
    OneOf,
    read_model,
)
from ..models.kb_position_text_type import KbPositionTextType
from .kb_position_text_type import KB_POSITION_TEXT_TYPE_VALUES


@_attrs_define
class KbPositionText:
    """A text position."""

    id: int
    text: str
    show_pos_nr: bool
    """ Whether the position number is shown. """
    internal_pos: int | str
    """ The order of the position within the document. """
    is_optional: bool
    """ Whether the position is optional. """
    type_: KbPositionTextType
    parent_id: int | None
    """ The sub position (KbPositionSubposition) that contains this position, or null. """
    pos: int | None | str
    """ The position number shown on the document; a string in bexio's published spec, a number in the reference's
    samples, null where no number is shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["text"] = self.text
        field_dict["show_pos_nr"] = self.show_pos_nr
        field_dict["internal_pos"] = self.internal_pos
        field_dict["is_optional"] = self.is_optional
        field_dict["type"] = self.type_
        field_dict["parent_id"] = self.parent_id
        field_dict["pos"] = self.pos
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionText from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            text = src_dict["text"]
            show_pos_nr = src_dict["show_pos_nr"]
            internal_pos = src_dict["internal_pos"]
            is_optional = src_dict["is_optional"]
            type_ = src_dict["type"]
            parent_id = src_dict["parent_id"]
            pos = src_dict["pos"]
            if not (
                type(id) is int
                and type(text) is str
                and type(show_pos_nr) is bool
                and (type(internal_pos) is int or type(internal_pos) is str)
                and type(is_optional) is bool
                and type_ in KB_POSITION_TEXT_TYPE_VALUES
                and (parent_id is None or type(parent_id) is int)
                and (pos is None or (type(pos) is str or type(pos) is int))
            ):
                raise TypeError
            self = cls(
                id,
                text,
                show_pos_nr,
                internal_pos,
                is_optional,
                type_,
                parent_id,
                pos,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 8:
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
    Field("text", "text", True, STR),
    Field("show_pos_nr", "show_pos_nr", True, BOOL),
    Field(
        "internal_pos",
        "internal_pos",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field("is_optional", "is_optional", True, BOOL),
    Field("type_", "type", True, Enum(KB_POSITION_TEXT_TYPE_VALUES)),
    Field("parent_id", "parent_id", True, Nullable(INT)),
    Field(
        "pos",
        "pos",
        True,
        Nullable(
            OneOf(
                (
                    STR,
                    INT,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "text",
        "show_pos_nr",
        "internal_pos",
        "is_optional",
        "type",
        "parent_id",
        "pos",
    }
)
