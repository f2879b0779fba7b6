from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubPositionCreate")


@_attrs_define
class SubPositionCreate:
    """A sub position as sent to create or edit it."""

    text: str | Unset = UNSET
    show_pos_nr: bool | Unset = UNSET
    """ Whether the position shows a position number. """

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        show_pos_nr = self.show_pos_nr

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if show_pos_nr is not UNSET:
            field_dict["show_pos_nr"] = show_pos_nr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        show_pos_nr = d.pop("show_pos_nr", UNSET)

        sub_position_create = cls(
            text=text,
            show_pos_nr=show_pos_nr,
        )

        return sub_position_create
