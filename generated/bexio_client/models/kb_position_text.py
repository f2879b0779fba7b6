from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kb_position_text_type import KbPositionTextType, check_kb_position_text_type

T = TypeVar("T", bound="KbPositionText")


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
        id = self.id

        text = self.text

        show_pos_nr = self.show_pos_nr

        internal_pos: int | str
        internal_pos = self.internal_pos

        is_optional = self.is_optional

        type_: str = self.type_

        parent_id: int | None
        parent_id = self.parent_id

        pos: int | None | str
        pos = self.pos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "show_pos_nr": show_pos_nr,
                "internal_pos": internal_pos,
                "is_optional": is_optional,
                "type": type_,
                "parent_id": parent_id,
                "pos": pos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        show_pos_nr = d.pop("show_pos_nr")

        def _parse_internal_pos(data: object) -> int | str:
            return cast("int | str", data)

        internal_pos = _parse_internal_pos(d.pop("internal_pos"))

        is_optional = d.pop("is_optional")

        type_ = check_kb_position_text_type(d.pop("type"))

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_pos(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        pos = _parse_pos(d.pop("pos"))

        kb_position_text = cls(
            id=id,
            text=text,
            show_pos_nr=show_pos_nr,
            internal_pos=internal_pos,
            is_optional=is_optional,
            type_=type_,
            parent_id=parent_id,
            pos=pos,
        )

        kb_position_text.additional_properties = d
        return kb_position_text

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
