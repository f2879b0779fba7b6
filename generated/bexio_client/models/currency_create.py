from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CurrencyCreate")


@_attrs_define
class CurrencyCreate:
    """A currency to create."""

    name: str
    """ A name of the currency. Must be in the format "ISO 4217" and must be unique. """
    round_factor: float
    """ The round factor of the currency. E.g.: In order to round CHF to 5 Rp. the round_factor must be set to 0.05
    """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        round_factor = self.round_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "round_factor": round_factor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        round_factor = d.pop("round_factor")

        currency_create = cls(
            name=name,
            round_factor=round_factor,
        )

        return currency_create
