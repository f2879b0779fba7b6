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

    start: datetime.date | None
    """ The first date of the repetition. """
    end: datetime.date | None
    """ Date until the repetition is supposed to run. If empty indefinite repetition is assumed. """
    repetition: (
        OrderRepetitionDailyRead | OrderRepetitionMonthlyRead | OrderRepetitionWeeklyRead | OrderRepetitionYearlyRead
    )
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
            if start is not None:
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


from .order_repetition_daily_read import OrderRepetitionDailyRead  # noqa: E402
from .order_repetition_monthly_read import OrderRepetitionMonthlyRead  # noqa: E402
from .order_repetition_weekly_read import OrderRepetitionWeeklyRead  # noqa: E402
from .order_repetition_yearly_read import OrderRepetitionYearlyRead  # noqa: E402

_REPETITION_BY_TYPE = {
    "daily": OrderRepetitionDailyRead,
    "monthly": OrderRepetitionMonthlyRead,
    "weekly": OrderRepetitionWeeklyRead,
    "yearly": OrderRepetitionYearlyRead,
}
_FIELDS = (
    Field("start", "start", True, Nullable(DATE)),
    Field("end", "end", True, Nullable(DATE)),
    Field(
        "repetition",
        "repetition",
        True,
        OneOf(
            (
                Model(OrderRepetitionDailyRead),
                Model(OrderRepetitionWeeklyRead),
                Model(OrderRepetitionMonthlyRead),
                Model(OrderRepetitionYearlyRead),
            ),
            "type",
            {
                "daily": Model(OrderRepetitionDailyRead),
                "monthly": Model(OrderRepetitionMonthlyRead),
                "weekly": Model(OrderRepetitionWeeklyRead),
                "yearly": Model(OrderRepetitionYearlyRead),
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
