from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.timesheet_stopwatch_type import TimesheetStopwatchType
from .timesheet_stopwatch_type import TIMESHEET_STOPWATCH_TYPE_VALUES


@_attrs_define
class TimesheetStopwatch:
    """Time tracked with the stopwatch (returned only; it cannot be sent)."""

    type_: TimesheetStopwatchType
    duration: None | str
    """ The elapsed time, `hh:mm` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["duration"] = self.duration
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A TimesheetStopwatch from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            duration = src_dict["duration"]
            if not (type_ in TIMESHEET_STOPWATCH_TYPE_VALUES and (duration is None or type(duration) is str)):
                raise TypeError
            self = cls(
                type_,
                duration,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2:
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
    Field("type_", "type", True, Enum(TIMESHEET_STOPWATCH_TYPE_VALUES)),
    Field("duration", "duration", True, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "type",
        "duration",
    }
)
