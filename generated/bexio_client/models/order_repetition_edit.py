from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

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
from ..types import UNSET, Unset


@_attrs_define
class OrderRepetitionEdit:
    """The repetition of an order as sent to edit it."""

    start: datetime.date | Unset = UNSET
    """ The first date of the repetition. """
    end: datetime.date | None | Unset = UNSET
    """ Date until the repetition is supposed to run. If empty indefinite repetition is assumed. """
    repetition: (
        OrderRepetitionDaily | OrderRepetitionMonthly | OrderRepetitionWeekly | OrderRepetitionYearly | Unset
    ) = UNSET
    """ Four different formats can be used to define the repetition. Either type daily, weekly, monthly or type
    yearly. (bexio's published spec states each variant's `type` literal in its description only; here it is a one-
    value enum, required, research/nested-schemas.md §2.) """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.start is not UNSET:
            field_dict["start"] = dump(self.start)
        if self.end is not UNSET:
            field_dict["end"] = dump(self.end)
        if self.repetition is not UNSET:
            field_dict["repetition"] = dump(self.repetition)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OrderRepetitionEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            start = src_dict.get("start", UNSET)
            if start is not UNSET:
                start = parse_date(start)
            end = src_dict.get("end", UNSET)
            if end is not None and end is not UNSET:
                end = parse_date(end)
            repetition = src_dict.get("repetition", UNSET)
            if repetition is not UNSET:
                repetition = _REPETITION_BY_TYPE[repetition["type"]].from_dict(repetition)
            self = cls(
                start,
                end,
                repetition,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (start is not UNSET) + (end is not UNSET) + (repetition is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


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
    Field("start", "start", False, DATE),
    Field("end", "end", False, Nullable(DATE)),
    Field(
        "repetition",
        "repetition",
        False,
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
