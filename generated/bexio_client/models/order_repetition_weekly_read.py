from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_repetition_weekly_read_type import (
    OrderRepetitionWeeklyReadType,
    check_order_repetition_weekly_read_type,
)
from ..models.order_repetition_weekly_read_weekdays_item import (
    OrderRepetitionWeeklyReadWeekdaysItem,
    check_order_repetition_weekly_read_weekdays_item,
)

T = TypeVar("T", bound="OrderRepetitionWeeklyRead")


@_attrs_define
class OrderRepetitionWeeklyRead:
    """Repeats every `interval` weeks on the given weekdays."""

    type_: OrderRepetitionWeeklyReadType
    interval: int | None | str
    """ Every how many weeks. """
    weekdays: list[OrderRepetitionWeeklyReadWeekdaysItem]
    """ The weekdays on which the order repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        interval: int | None | str
        interval = self.interval

        weekdays = []
        for weekdays_item_data in self.weekdays:
            weekdays_item: str = weekdays_item_data
            weekdays.append(weekdays_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "interval": interval,
                "weekdays": weekdays,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_order_repetition_weekly_read_type(d.pop("type"))

        def _parse_interval(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        interval = _parse_interval(d.pop("interval"))

        weekdays = []
        _weekdays = d.pop("weekdays")
        for weekdays_item_data in _weekdays:
            weekdays_item = check_order_repetition_weekly_read_weekdays_item(weekdays_item_data)

            weekdays.append(weekdays_item)

        order_repetition_weekly_read = cls(
            type_=type_,
            interval=interval,
            weekdays=weekdays,
        )

        order_repetition_weekly_read.additional_properties = d
        return order_repetition_weekly_read

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
