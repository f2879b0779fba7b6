from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_repetition_monthly_read_schedule import (
    OrderRepetitionMonthlyReadSchedule,
    check_order_repetition_monthly_read_schedule,
)
from ..models.order_repetition_monthly_read_type import (
    OrderRepetitionMonthlyReadType,
    check_order_repetition_monthly_read_type,
)

T = TypeVar("T", bound="OrderRepetitionMonthlyRead")


@_attrs_define
class OrderRepetitionMonthlyRead:
    """Repeats every `interval` months, on the day `schedule` describes."""

    type_: OrderRepetitionMonthlyReadType
    interval: int | None | str
    """ Every how many months. """
    schedule: OrderRepetitionMonthlyReadSchedule
    """ Which day of the month the order repeats on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        interval: int | None | str
        interval = self.interval

        schedule: str = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "interval": interval,
                "schedule": schedule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_order_repetition_monthly_read_type(d.pop("type"))

        def _parse_interval(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        interval = _parse_interval(d.pop("interval"))

        schedule = check_order_repetition_monthly_read_schedule(d.pop("schedule"))

        order_repetition_monthly_read = cls(
            type_=type_,
            interval=interval,
            schedule=schedule,
        )

        order_repetition_monthly_read.additional_properties = d
        return order_repetition_monthly_read

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
