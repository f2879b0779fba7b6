from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_position_text_read_type import (
    PurchaseOrderPositionTextReadType,
    check_purchase_order_position_text_read_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderPositionTextRead")


@_attrs_define
class PurchaseOrderPositionTextRead:
    """A text position."""

    type_: PurchaseOrderPositionTextReadType
    id: int | Unset = UNSET
    pos: None | str | Unset = UNSET
    """ the position number """
    is_optional: bool | Unset = UNSET
    text: None | str | Unset = UNSET
    show_pos_nr: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        pos: None | str | Unset
        if isinstance(self.pos, Unset):
            pos = UNSET
        else:
            pos = self.pos

        is_optional = self.is_optional

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        show_pos_nr = self.show_pos_nr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if pos is not UNSET:
            field_dict["pos"] = pos
        if is_optional is not UNSET:
            field_dict["is_optional"] = is_optional
        if text is not UNSET:
            field_dict["text"] = text
        if show_pos_nr is not UNSET:
            field_dict["show_pos_nr"] = show_pos_nr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_purchase_order_position_text_read_type(d.pop("type"))

        id = d.pop("id", UNSET)

        def _parse_pos(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        pos = _parse_pos(d.pop("pos", UNSET))

        is_optional = d.pop("is_optional", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        text = _parse_text(d.pop("text", UNSET))

        show_pos_nr = d.pop("show_pos_nr", UNSET)

        purchase_order_position_text_read = cls(
            type_=type_,
            id=id,
            pos=pos,
            is_optional=is_optional,
            text=text,
            show_pos_nr=show_pos_nr,
        )

        purchase_order_position_text_read.additional_properties = d
        return purchase_order_position_text_read

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
