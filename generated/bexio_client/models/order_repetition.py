from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order_repetition_daily import OrderRepetitionDaily
    from ..models.order_repetition_monthly import OrderRepetitionMonthly
    from ..models.order_repetition_weekly import OrderRepetitionWeekly
    from ..models.order_repetition_yearly import OrderRepetitionYearly


T = TypeVar("T", bound="OrderRepetition")


@_attrs_define
class OrderRepetition:
    """The repetition of an order as bexio returns it."""

    start: datetime.date
    """ The first date of the repetition. """
    end: datetime.date | None
    """ Date until the repetition is supposed to run. If empty indefinite repetition is assumed. """
    repetition: OrderRepetitionDaily | OrderRepetitionMonthly | OrderRepetitionWeekly | OrderRepetitionYearly
    """ Four different formats can be used to define the repetition. Either type daily, weekly, monthly or type
    yearly. (bexio's published spec states each variant's `type` literal in its description only; here it is a one-
    value enum, required, research/nested-schemas.md §2.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_repetition_daily import OrderRepetitionDaily  # noqa: PLC0415
        from ..models.order_repetition_monthly import OrderRepetitionMonthly  # noqa: PLC0415
        from ..models.order_repetition_weekly import OrderRepetitionWeekly  # noqa: PLC0415

        start = self.start.isoformat()

        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        repetition: dict[str, Any]
        if isinstance(self.repetition, OrderRepetitionDaily):
            repetition = self.repetition.to_dict()
        elif isinstance(self.repetition, OrderRepetitionWeekly):
            repetition = self.repetition.to_dict()
        elif isinstance(self.repetition, OrderRepetitionMonthly):
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
        from ..models.order_repetition_daily import OrderRepetitionDaily  # noqa: PLC0415
        from ..models.order_repetition_monthly import OrderRepetitionMonthly  # noqa: PLC0415
        from ..models.order_repetition_weekly import OrderRepetitionWeekly  # noqa: PLC0415
        from ..models.order_repetition_yearly import OrderRepetitionYearly  # noqa: PLC0415

        d = dict(src_dict)
        start = datetime.date.fromisoformat(d.pop("start"))

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
        ) -> OrderRepetitionDaily | OrderRepetitionMonthly | OrderRepetitionWeekly | OrderRepetitionYearly:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_repetition_rule_type_0 = OrderRepetitionDaily.from_dict(data)

                return componentsschemas_order_repetition_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_repetition_rule_type_1 = OrderRepetitionWeekly.from_dict(data)

                return componentsschemas_order_repetition_rule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_repetition_rule_type_2 = OrderRepetitionMonthly.from_dict(data)

                return componentsschemas_order_repetition_rule_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_order_repetition_rule_type_3 = OrderRepetitionYearly.from_dict(data)

            return componentsschemas_order_repetition_rule_type_3

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
