from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kb_position_text_create_type import KbPositionTextCreateType, check_kb_position_text_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbPositionTextCreate")


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
        type_: str = self.type_

        text = self.text

        show_pos_nr = self.show_pos_nr

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if show_pos_nr is not UNSET:
            field_dict["show_pos_nr"] = show_pos_nr
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_kb_position_text_create_type(d.pop("type"))

        text = d.pop("text", UNSET)

        show_pos_nr = d.pop("show_pos_nr", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        kb_position_text_create = cls(
            type_=type_,
            text=text,
            show_pos_nr=show_pos_nr,
            parent_id=parent_id,
        )

        return kb_position_text_create
