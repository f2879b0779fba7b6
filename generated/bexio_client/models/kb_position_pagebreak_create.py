from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    Enum,
    Field,
    read_model,
)
from ..models.kb_position_pagebreak_create_type import (
    KbPositionPagebreakCreateType,
)
from ..types import UNSET, Unset
from .kb_position_pagebreak_create_type import KB_POSITION_PAGEBREAK_CREATE_TYPE_VALUES


@_attrs_define
class KbPositionPagebreakCreate:
    """A page break to create with the document (PositionPagebreakExtended)."""

    type_: KbPositionPagebreakCreateType
    pagebreak: bool | Unset = UNSET
    """ Marks the page break (sent only; not returned). """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_
        if self.pagebreak is not UNSET:
            field_dict["pagebreak"] = self.pagebreak
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbPositionPagebreakCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            pagebreak = src_dict.get("pagebreak", UNSET)
            if not (
                type_ in KB_POSITION_PAGEBREAK_CREATE_TYPE_VALUES and (pagebreak is UNSET or type(pagebreak) is bool)
            ):
                raise TypeError
            self = cls(
                type_,
                pagebreak,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (pagebreak is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("type_", "type", True, Enum(KB_POSITION_PAGEBREAK_CREATE_TYPE_VALUES)),
    Field("pagebreak", "pagebreak", False, BOOL),
)
_KNOWN = frozenset(
    {
        "type",
        "pagebreak",
    }
)
