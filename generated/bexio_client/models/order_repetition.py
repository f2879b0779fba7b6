from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    DATE,
    Field,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)


@_attrs_define
class OrderRepetition:
    """The repetition of an order as bexio returns it."""

    start: datetime.date
    """ The first date of the repetition. """
    end: datetime.date | None
    """ Date until the repetition is supposed to run. If empty indefinite repetition is assumed. """
    repetition: OrderRepetitionDaily | OrderRepetitionMonthly | OrderRepetitionWeekly | OrderRepetitionYearly
    """ Four different formats can be used to define the repetition. Either type daily, weekly, monthly or type
    yearly. (bexio's published spec states each variant's `type` literal in its description only; here it is a one-
    value enum, required, research/nested-schemas.md §2.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["start"] = dump(self.start)
        field_dict["end"] = dump(self.end)
        field_dict["repetition"] = dump(self.repetition)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OrderRepetition from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            start = src_dict["start"]
            start = parse_date(start)
            end = src_dict["end"]
            if end is not None:
                end = parse_date(end)
            repetition = src_dict["repetition"]
            repetition = _REPETITION_BY_TYPE[repetition["type"]].from_dict(repetition)
            self = cls(
                start,
                end,
                repetition,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 3:
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


from .order_repetition_daily import OrderRepetitionDaily  # noqa: E402
from .order_repetition_monthly import OrderRepetitionMonthly  # noqa: E402
from .order_repetition_weekly import OrderRepetitionWeekly  # noqa: E402
from .order_repetition_yearly import OrderRepetitionYearly  # noqa: E402

_REPETITION_BY_TYPE = {
    "daily": OrderRepetitionDaily,
    "monthly": OrderRepetitionMonthly,
    "weekly": OrderRepetitionWeekly,
    "yearly": OrderRepetitionYearly,
}
_FIELDS = (
    Field("start", "start", True, DATE),
    Field("end", "end", True, Nullable(DATE)),
    Field(
        "repetition",
        "repetition",
        True,
        OneOf(
            (
                Model(OrderRepetitionDaily),
                Model(OrderRepetitionWeekly),
                Model(OrderRepetitionMonthly),
                Model(OrderRepetitionYearly),
            ),
            "type",
            {
                "daily": Model(OrderRepetitionDaily),
                "monthly": Model(OrderRepetitionMonthly),
                "weekly": Model(OrderRepetitionWeekly),
                "yearly": Model(OrderRepetitionYearly),
            },
        ),
    ),
)
_KNOWN = frozenset(
    {
        "start",
        "end",
        "repetition",
    }
)
