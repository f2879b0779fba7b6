from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PagebreakPositionCreate")


@_attrs_define
class PagebreakPositionCreate:
    """A pagebreak position as sent to create or edit it (`pagebreak` is not returned)."""

    pagebreak: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pagebreak = self.pagebreak

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if pagebreak is not UNSET:
            field_dict["pagebreak"] = pagebreak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pagebreak = d.pop("pagebreak", UNSET)

        pagebreak_position_create = cls(
            pagebreak=pagebreak,
        )

        return pagebreak_position_create
