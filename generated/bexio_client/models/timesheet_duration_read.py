from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    DATE,
    STR,
    Enum,
    Field,
    Nullable,
    dump,
    parse_date,
    read_model,
)
from ..models.timesheet_duration_read_type import TimesheetDurationReadType
from .timesheet_duration_read_type import TIMESHEET_DURATION_READ_TYPE_VALUES


@_attrs_define
class TimesheetDurationRead:
    """Time tracked as a duration on a day."""

    type_: TimesheetDurationReadType
    date: datetime.date | None
    """ The day worked """
    duration: None | str
    """ The time spent, `hh:mm` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["date"] = dump(self.date)
        field_dict["duration"] = self.duration
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A TimesheetDurationRead from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            date = src_dict["date"]
            if date is not None:
                date = parse_date(date)
            duration = src_dict["duration"]
            if not (type_ in TIMESHEET_DURATION_READ_TYPE_VALUES and (duration is None or type(duration) is str)):
                raise TypeError
            self = cls(
                type_,
                date,
                duration,
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


_FIELDS = (
    Field("type_", "type", True, Enum(TIMESHEET_DURATION_READ_TYPE_VALUES)),
    Field("date", "date", True, Nullable(DATE)),
    Field("duration", "duration", True, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "type",
        "date",
        "duration",
    }
)
