from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    NUMBER,
    STR,
    Field,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Absence:
    """An absence of an employee."""

    reason: str
    """ The reason of the absence. Documented values today: Injury, Sickness, MaternityLeave, MilitaryLeave,
    Vacation, InterruptionOfWork; the list may grow. """
    start_date: datetime.date
    end_date: datetime.date | Unset = UNSET
    half_day: bool | Unset = False
    continued_pay: float | Unset = UNSET
    disability: float | Unset = UNSET
    paid_hours: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["reason"] = self.reason
        field_dict["start_date"] = dump(self.start_date)
        if self.end_date is not UNSET:
            field_dict["end_date"] = dump(self.end_date)
        if self.half_day is not UNSET:
            field_dict["half_day"] = self.half_day
        if self.continued_pay is not UNSET:
            field_dict["continued_pay"] = self.continued_pay
        if self.disability is not UNSET:
            field_dict["disability"] = self.disability
        if self.paid_hours is not UNSET:
            field_dict["paid_hours"] = self.paid_hours
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Absence from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            reason = src_dict["reason"]
            start_date = src_dict["start_date"]
            start_date = parse_date(start_date)
            end_date = src_dict.get("end_date", UNSET)
            if end_date is not UNSET:
                end_date = parse_date(end_date)
            half_day = src_dict.get("half_day", UNSET)
            continued_pay = src_dict.get("continued_pay", UNSET)
            disability = src_dict.get("disability", UNSET)
            paid_hours = src_dict.get("paid_hours", UNSET)
            if not (
                type(reason) is str
                and (half_day is UNSET or type(half_day) is bool)
                and (continued_pay is UNSET or type(continued_pay) in _NUMBER)
                and (disability is UNSET or type(disability) in _NUMBER)
                and (paid_hours is UNSET or type(paid_hours) in _NUMBER)
            ):
                raise TypeError
            self = cls(
                reason,
                start_date,
                end_date,
                half_day,
                continued_pay,
                disability,
                paid_hours,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (end_date is not UNSET) + (half_day is not UNSET) + (continued_pay is not UNSET) + (
            disability is not UNSET
        ) + (paid_hours is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("reason", "reason", True, STR),
    Field("start_date", "start_date", True, DATE),
    Field("end_date", "end_date", False, DATE),
    Field("half_day", "half_day", False, BOOL),
    Field("continued_pay", "continued_pay", False, NUMBER),
    Field("disability", "disability", False, NUMBER),
    Field("paid_hours", "paid_hours", False, NUMBER),
)
_KNOWN = frozenset(
    {
        "reason",
        "start_date",
        "end_date",
        "half_day",
        "continued_pay",
        "disability",
        "paid_hours",
    }
)
