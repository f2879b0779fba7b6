from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_repetition_yearly_read_type import (
    OrderRepetitionYearlyReadType,
    check_order_repetition_yearly_read_type,
)

T = TypeVar("T", bound="OrderRepetitionYearlyRead")


@_attrs_define
class OrderRepetitionYearlyRead:
    """Repeats every `interval` years."""

    type_: OrderRepetitionYearlyReadType
    interval: int | None | str
    """ Every how many years. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        interval: int | None | str
        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_order_repetition_yearly_read_type(d.pop("type"))

        def _parse_interval(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        interval = _parse_interval(d.pop("interval"))

        order_repetition_yearly_read = cls(
            type_=type_,
            interval=interval,
        )

        order_repetition_yearly_read.additional_properties = d
        return order_repetition_yearly_read

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
