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
from ..models.timesheet_range_read_type import TimesheetRangeReadType
from .timesheet_range_read_type import TIMESHEET_RANGE_READ_TYPE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["start"] = self.start
        field_dict["end"] = self.end
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A TimesheetRangeRead from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            start = src_dict["start"]
            end = src_dict["end"]
            if not (
                type_ in TIMESHEET_RANGE_READ_TYPE_VALUES
                and (start is None or type(start) is str)
                and (end is None or type(end) is str)
            ):
                raise TypeError
            self = cls(
                type_,
                start,
                end,
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
    Field("type_", "type", True, Enum(TIMESHEET_RANGE_READ_TYPE_VALUES)),
    Field("start", "start", True, Nullable(STR)),
    Field("end", "end", True, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "type",
        "start",
        "end",
    }
)
