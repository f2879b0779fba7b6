from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kb_position_pagebreak_type import KbPositionPagebreakType, check_kb_position_pagebreak_type

T = TypeVar("T", bound="KbPositionPagebreak")


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
        id = self.id

        internal_pos: int | None | str
        internal_pos = self.internal_pos

        is_optional = self.is_optional

        type_: str = self.type_

        parent_id: int | None
        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "internal_pos": internal_pos,
                "is_optional": is_optional,
                "type": type_,
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_internal_pos(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        internal_pos = _parse_internal_pos(d.pop("internal_pos"))

        is_optional = d.pop("is_optional")

        type_ = check_kb_position_pagebreak_type(d.pop("type"))

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        kb_position_pagebreak = cls(
            id=id,
            internal_pos=internal_pos,
            is_optional=is_optional,
            type_=type_,
            parent_id=parent_id,
        )

        kb_position_pagebreak.additional_properties = d
        return kb_position_pagebreak

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
