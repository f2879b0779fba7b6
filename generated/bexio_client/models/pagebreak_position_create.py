from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class PagebreakPositionCreate:
    """A pagebreak position as sent to create or edit it (`pagebreak` is not returned)."""

    pagebreak: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.pagebreak is not UNSET:
            field_dict["pagebreak"] = self.pagebreak
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PagebreakPositionCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            pagebreak = src_dict.get("pagebreak", UNSET)
            if not (pagebreak is UNSET or type(pagebreak) is bool):
                raise TypeError
            self = cls(
                pagebreak,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (pagebreak is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (Field("pagebreak", "pagebreak", False, BOOL),)
_KNOWN = frozenset(
    {
        "pagebreak",
    }
)
