from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyEdit")


@_attrs_define
class CurrencyEdit:
    """The fields of a currency that can be updated."""

    round_factor: float | Unset = UNSET
    """ The round factor of the currency. E.g.: In order to round CHF to 5 Rp. the round_factor must be set to 0.05
    """

    def to_dict(self) -> dict[str, Any]:
        round_factor = self.round_factor

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if round_factor is not UNSET:
            field_dict["round_factor"] = round_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        round_factor = d.pop("round_factor", UNSET)

        currency_edit = cls(
            round_factor=round_factor,
        )

        return currency_edit
