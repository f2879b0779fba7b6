from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheet_stopwatch_type import TimesheetStopwatchType, check_timesheet_stopwatch_type

T = TypeVar("T", bound="TimesheetStopwatch")


@_attrs_define
class TimesheetStopwatch:
    """Time tracked with the stopwatch (returned only; it cannot be sent)."""

    type_: TimesheetStopwatchType
    duration: None | str
    """ The elapsed time, `hh:mm` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        duration: None | str
        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_timesheet_stopwatch_type(d.pop("type"))

        def _parse_duration(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        duration = _parse_duration(d.pop("duration"))

        timesheet_stopwatch = cls(
            type_=type_,
            duration=duration,
        )

        timesheet_stopwatch.additional_properties = d
        return timesheet_stopwatch

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
