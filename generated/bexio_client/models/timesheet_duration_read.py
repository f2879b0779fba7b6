from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheet_duration_read_type import TimesheetDurationReadType, check_timesheet_duration_read_type

T = TypeVar("T", bound="TimesheetDurationRead")


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
        type_: str = self.type_

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        duration: None | str
        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "date": date,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_timesheet_duration_read_type(d.pop("type"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        date = _parse_date(d.pop("date"))

        def _parse_duration(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        duration = _parse_duration(d.pop("duration"))

        timesheet_duration_read = cls(
            type_=type_,
            date=date,
            duration=duration,
        )

        timesheet_duration_read.additional_properties = d
        return timesheet_duration_read

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
