from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheet_range_read_type import TimesheetRangeReadType, check_timesheet_range_read_type

T = TypeVar("T", bound="TimesheetRangeRead")


@_attrs_define
class TimesheetRangeRead:
    """Time tracked as a range from start to end."""

    type_: TimesheetRangeReadType
    start: None | str
    """ Begin of work, `YYYY-MM-DD HH:MM:SS` """
    end: None | str
    """ End of work, `YYYY-MM-DD HH:MM:SS` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        start: None | str
        start = self.start

        end: None | str
        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_timesheet_range_read_type(d.pop("type"))

        def _parse_start(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        end = _parse_end(d.pop("end"))

        timesheet_range_read = cls(
            type_=type_,
            start=start,
            end=end,
        )

        timesheet_range_read.additional_properties = d
        return timesheet_range_read

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
