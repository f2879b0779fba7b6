from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_repetition_monthly_schedule import (
    OrderRepetitionMonthlySchedule,
    check_order_repetition_monthly_schedule,
)
from ..models.order_repetition_monthly_type import OrderRepetitionMonthlyType, check_order_repetition_monthly_type

T = TypeVar("T", bound="OrderRepetitionMonthly")


@_attrs_define
class OrderRepetitionMonthly:
    """Repeats every `interval` months, on the day `schedule` describes."""

    type_: OrderRepetitionMonthlyType
    interval: int
    """ Every how many months. """
    schedule: OrderRepetitionMonthlySchedule
    """ Which day of the month the order repeats on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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
        type_ = check_order_repetition_monthly_type(d.pop("type"))

        interval = d.pop("interval")

        schedule = check_order_repetition_monthly_schedule(d.pop("schedule"))

        order_repetition_monthly = cls(
            type_=type_,
            interval=interval,
            schedule=schedule,
        )

        order_repetition_monthly.additional_properties = d
        return order_repetition_monthly

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
