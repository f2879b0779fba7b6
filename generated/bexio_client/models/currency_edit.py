from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    NUMBER,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class CurrencyEdit:
    """The fields of a currency that can be updated."""

    round_factor: float | Unset = UNSET
    """ The round factor of the currency. E.g.: In order to round CHF to 5 Rp. the round_factor must be set to 0.05
    """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.round_factor is not UNSET:
            field_dict["round_factor"] = self.round_factor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CurrencyEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            round_factor = src_dict.get("round_factor", UNSET)
            if not (round_factor is UNSET or type(round_factor) in _NUMBER):
                raise TypeError
            self = cls(
                round_factor,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (round_factor is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (Field("round_factor", "round_factor", False, NUMBER),)
_KNOWN = frozenset(
    {
        "round_factor",
    }
)
