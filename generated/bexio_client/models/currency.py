from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    ANY,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    OneOf,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Currency:
    """A currency as bexio returns it (fields read from the response samples). With `embed=exchange_rate` the list also
    shows the exchange rate fields, for which the reference gives names but no types.

    """

    id: int
    name: None | str
    """ The name of the currency, in the format "ISO 4217". """
    round_factor: float | None | str
    """ The round factor of the currency. E.g.: In order to round CHF to 5 Rp. the round_factor must be set to 0.05
    """
    exchange_rate: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    exchange_rate_id: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    ratio: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    exchange_rate_to_ratio: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    source: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    source_reason: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    exchange_rate_date: Any | Unset = UNSET
    """ Shown with `embed=exchange_rate` (no type documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["round_factor"] = self.round_factor
        if self.exchange_rate is not UNSET:
            field_dict["exchange_rate"] = dump(self.exchange_rate)
        if self.exchange_rate_id is not UNSET:
            field_dict["exchange_rate_id"] = dump(self.exchange_rate_id)
        if self.ratio is not UNSET:
            field_dict["ratio"] = dump(self.ratio)
        if self.exchange_rate_to_ratio is not UNSET:
            field_dict["exchange_rate_to_ratio"] = dump(self.exchange_rate_to_ratio)
        if self.source is not UNSET:
            field_dict["source"] = dump(self.source)
        if self.source_reason is not UNSET:
            field_dict["source_reason"] = dump(self.source_reason)
        if self.exchange_rate_date is not UNSET:
            field_dict["exchange_rate_date"] = dump(self.exchange_rate_date)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Currency from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            round_factor = src_dict["round_factor"]
            exchange_rate = src_dict.get("exchange_rate", UNSET)
            exchange_rate_id = src_dict.get("exchange_rate_id", UNSET)
            ratio = src_dict.get("ratio", UNSET)
            exchange_rate_to_ratio = src_dict.get("exchange_rate_to_ratio", UNSET)
            source = src_dict.get("source", UNSET)
            source_reason = src_dict.get("source_reason", UNSET)
            exchange_rate_date = src_dict.get("exchange_rate_date", UNSET)
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (round_factor is None or (type(round_factor) in _NUMBER or type(round_factor) is str))
            ):
                raise TypeError
            self = cls(
                id,
                name,
                round_factor,
                exchange_rate,
                exchange_rate_id,
                ratio,
                exchange_rate_to_ratio,
                source,
                source_reason,
                exchange_rate_date,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 3 + (exchange_rate is not UNSET) + (exchange_rate_id is not UNSET) + (ratio is not UNSET) + (
            exchange_rate_to_ratio is not UNSET
        ) + (source is not UNSET) + (source_reason is not UNSET) + (exchange_rate_date is not UNSET):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("name", "name", True, Nullable(STR)),
    Field(
        "round_factor",
        "round_factor",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("exchange_rate", "exchange_rate", False, ANY),
    Field("exchange_rate_id", "exchange_rate_id", False, ANY),
    Field("ratio", "ratio", False, ANY),
    Field("exchange_rate_to_ratio", "exchange_rate_to_ratio", False, ANY),
    Field("source", "source", False, ANY),
    Field("source_reason", "source_reason", False, ANY),
    Field("exchange_rate_date", "exchange_rate_date", False, ANY),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "round_factor",
        "exchange_rate",
        "exchange_rate_id",
        "ratio",
        "exchange_rate_to_ratio",
        "source",
        "source_reason",
        "exchange_rate_date",
    }
)
