from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Currency")


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
        id = self.id

        name: None | str
        name = self.name

        round_factor: float | None | str
        round_factor = self.round_factor

        exchange_rate = self.exchange_rate

        exchange_rate_id = self.exchange_rate_id

        ratio = self.ratio

        exchange_rate_to_ratio = self.exchange_rate_to_ratio

        source = self.source

        source_reason = self.source_reason

        exchange_rate_date = self.exchange_rate_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "round_factor": round_factor,
            }
        )
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if exchange_rate_id is not UNSET:
            field_dict["exchange_rate_id"] = exchange_rate_id
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if exchange_rate_to_ratio is not UNSET:
            field_dict["exchange_rate_to_ratio"] = exchange_rate_to_ratio
        if source is not UNSET:
            field_dict["source"] = source
        if source_reason is not UNSET:
            field_dict["source_reason"] = source_reason
        if exchange_rate_date is not UNSET:
            field_dict["exchange_rate_date"] = exchange_rate_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_round_factor(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        round_factor = _parse_round_factor(d.pop("round_factor"))

        exchange_rate = d.pop("exchange_rate", UNSET)

        exchange_rate_id = d.pop("exchange_rate_id", UNSET)

        ratio = d.pop("ratio", UNSET)

        exchange_rate_to_ratio = d.pop("exchange_rate_to_ratio", UNSET)

        source = d.pop("source", UNSET)

        source_reason = d.pop("source_reason", UNSET)

        exchange_rate_date = d.pop("exchange_rate_date", UNSET)

        currency = cls(
            id=id,
            name=name,
            round_factor=round_factor,
            exchange_rate=exchange_rate,
            exchange_rate_id=exchange_rate_id,
            ratio=ratio,
            exchange_rate_to_ratio=exchange_rate_to_ratio,
            source=source,
            source_reason=source_reason,
            exchange_rate_date=exchange_rate_date,
        )

        currency.additional_properties = d
        return currency

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
