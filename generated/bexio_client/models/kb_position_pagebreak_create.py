from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.kb_position_pagebreak_create_type import (
    KbPositionPagebreakCreateType,
    check_kb_position_pagebreak_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbPositionPagebreakCreate")


@_attrs_define
class KbPositionPagebreakCreate:
    """A page break to create with the document (PositionPagebreakExtended)."""

    type_: KbPositionPagebreakCreateType
    pagebreak: bool | Unset = UNSET
    """ Marks the page break (sent only; not returned). """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        pagebreak = self.pagebreak

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if pagebreak is not UNSET:
            field_dict["pagebreak"] = pagebreak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_kb_position_pagebreak_create_type(d.pop("type"))

        pagebreak = d.pop("pagebreak", UNSET)

        kb_position_pagebreak_create = cls(
            type_=type_,
            pagebreak=pagebreak,
        )

        return kb_position_pagebreak_create
