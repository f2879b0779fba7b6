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
from ..models.kb_position_pagebreak_type import KbPositionPagebreakType
from .kb_position_pagebreak_type import KB_POSITION_PAGEBREAK_TYPE_VALUES


@_attrs_define
class KbPositionPagebreak:
    """A page break."""

    id: int
    internal_pos: int | None | str
    """ The order of the position within the document. """
    is_optional: bool
    """ Whether the position is optional. """
    type_: KbPositionPagebreakType
    parent_id: int | None
    """ The sub position (KbPositionSubposition) that contains this position, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["internal_pos"] = self.internal_pos
        field_dict["is_optional"] = self.is_optional
        field_dict["type"] = self.type_
        field_dict["parent_id"] = self.parent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionPagebreak from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            internal_pos = src_dict["internal_pos"]
            is_optional = src_dict["is_optional"]
            type_ = src_dict["type"]
            parent_id = src_dict["parent_id"]
            if not (
                type(id) is int
                and (internal_pos is None or (type(internal_pos) is int or type(internal_pos) is str))
                and type(is_optional) is bool
                and type_ in KB_POSITION_PAGEBREAK_TYPE_VALUES
                and (parent_id is None or type(parent_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                internal_pos,
                is_optional,
                type_,
                parent_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 5:
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
    Field(
        "internal_pos",
        "internal_pos",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("is_optional", "is_optional", True, BOOL),
    Field("type_", "type", True, Enum(KB_POSITION_PAGEBREAK_TYPE_VALUES)),
    Field("parent_id", "parent_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "internal_pos",
        "is_optional",
        "type",
        "parent_id",
    }
)
