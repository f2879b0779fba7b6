from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    STR,
    Field,
    read_model,
)


@_attrs_define
class ContactGroupCreate:
    """A contact group as sent to create or edit it."""

    name: str

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ContactGroupCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            if type(name) is not str:
                raise TypeError
            self = cls(
                name,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (Field("name", "name", True, STR),)
_KNOWN = frozenset(
    {
        "name",
    }
)
