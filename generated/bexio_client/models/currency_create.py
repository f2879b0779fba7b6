from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    NUMBER,
    STR,
    Field,
    read_model,
)


@_attrs_define
class CurrencyCreate:
    """A currency to create."""

    name: str
    """ A name of the currency. Must be in the format "ISO 4217" and must be unique. """
    round_factor: float
    """ The round factor of the currency. E.g.: In order to round CHF to 5 Rp. the round_factor must be set to 0.05
    """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        field_dict["round_factor"] = self.round_factor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CurrencyCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            round_factor = src_dict["round_factor"]
            if not (type(name) is str and type(round_factor) in _NUMBER):
                raise TypeError
            self = cls(
                name,
                round_factor,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("round_factor", "round_factor", True, NUMBER),
)
_KNOWN = frozenset(
    {
        "name",
        "round_factor",
    }
)
