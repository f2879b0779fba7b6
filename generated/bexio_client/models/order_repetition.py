from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order_repetition_daily_read import OrderRepetitionDailyRead
    from ..models.order_repetition_monthly_read import OrderRepetitionMonthlyRead
    from ..models.order_repetition_weekly_read import OrderRepetitionWeeklyRead
    from ..models.order_repetition_yearly_read import OrderRepetitionYearlyRead


T = TypeVar("T", bound="OrderRepetition")


@_attrs_define
class OrderRepetition:
    """The repetition of an order as bexio returns it."""

    start: datetime.date | None
    """ The first date of the repetition. """
    end: datetime.date | None
    """ Date until the repetition is supposed to run. If empty indefinite repetition is assumed. """
    repetition: (
        OrderRepetitionDailyRead | OrderRepetitionMonthlyRead | OrderRepetitionWeeklyRead | OrderRepetitionYearlyRead
    )
    """ Four different formats can be used to define the repetition. Either type daily, weekly, monthly or type
    yearly. (bexio's published spec states each variant's `type` literal in its description only; here it is a one-
    value enum, required, research/nested-schemas.md §2.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_repetition_daily_read import OrderRepetitionDailyRead  # noqa: PLC0415
        from ..models.order_repetition_monthly_read import OrderRepetitionMonthlyRead  # noqa: PLC0415
        from ..models.order_repetition_weekly_read import OrderRepetitionWeeklyRead  # noqa: PLC0415

        start: None | str
        if isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        repetition: dict[str, Any]
        if isinstance(self.repetition, OrderRepetitionDailyRead):
            repetition = self.repetition.to_dict()
        elif isinstance(self.repetition, OrderRepetitionWeeklyRead):
            repetition = self.repetition.to_dict()
        elif isinstance(self.repetition, OrderRepetitionMonthlyRead):
            repetition = self.repetition.to_dict()
        else:
            repetition = self.repetition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "repetition": repetition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_repetition_daily_read import OrderRepetitionDailyRead  # noqa: PLC0415
        from ..models.order_repetition_monthly_read import OrderRepetitionMonthlyRead  # noqa: PLC0415
        from ..models.order_repetition_weekly_read import OrderRepetitionWeeklyRead  # noqa: PLC0415
        from ..models.order_repetition_yearly_read import OrderRepetitionYearlyRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        end = _parse_end(d.pop("end"))

        def _parse_repetition(
            data: object,
        ) -> (
            OrderRepetitionDailyRead
            | OrderRepetitionMonthlyRead
            | OrderRepetitionWeeklyRead
            | OrderRepetitionYearlyRead
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_repetition_rule_read_type_0 = OrderRepetitionDailyRead.from_dict(data)

                return componentsschemas_order_repetition_rule_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_repetition_rule_read_type_1 = OrderRepetitionWeeklyRead.from_dict(data)

                return componentsschemas_order_repetition_rule_read_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_repetition_rule_read_type_2 = OrderRepetitionMonthlyRead.from_dict(data)

                return componentsschemas_order_repetition_rule_read_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_order_repetition_rule_read_type_3 = OrderRepetitionYearlyRead.from_dict(data)

            return componentsschemas_order_repetition_rule_read_type_3

        repetition = _parse_repetition(d.pop("repetition"))

        order_repetition = cls(
            start=start,
            end=end,
            repetition=repetition,
        )

        order_repetition.additional_properties = d
        return order_repetition

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
