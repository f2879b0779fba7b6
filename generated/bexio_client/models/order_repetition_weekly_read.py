from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Enum,
    Field,
    ListOf,
    Nullable,
    OneOf,
    dump,
    read_model,
)
from ..models.order_repetition_weekly_read_type import (
    OrderRepetitionWeeklyReadType,
)
from ..models.order_repetition_weekly_read_weekdays_item import (
    OrderRepetitionWeeklyReadWeekdaysItem,
)
from .order_repetition_weekly_read_type import ORDER_REPETITION_WEEKLY_READ_TYPE_VALUES
from .order_repetition_weekly_read_weekdays_item import ORDER_REPETITION_WEEKLY_READ_WEEKDAYS_ITEM_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["interval"] = self.interval
        field_dict["weekdays"] = dump(self.weekdays)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OrderRepetitionWeeklyRead from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            interval = src_dict["interval"]
            weekdays = src_dict["weekdays"]
            if not (
                type_ in ORDER_REPETITION_WEEKLY_READ_TYPE_VALUES
                and (interval is None or (type(interval) is int or type(interval) is str))
                and (
                    type(weekdays) is list
                    and all(item in ORDER_REPETITION_WEEKLY_READ_WEEKDAYS_ITEM_VALUES for item in weekdays)
                )
            ):
                raise TypeError
            self = cls(
                type_,
                interval,
                weekdays,
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
    Field("type_", "type", True, Enum(ORDER_REPETITION_WEEKLY_READ_TYPE_VALUES)),
    Field(
        "interval",
        "interval",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("weekdays", "weekdays", True, ListOf(Enum(ORDER_REPETITION_WEEKLY_READ_WEEKDAYS_ITEM_VALUES))),
)
_KNOWN = frozenset(
    {
        "type",
        "interval",
        "weekdays",
    }
)
