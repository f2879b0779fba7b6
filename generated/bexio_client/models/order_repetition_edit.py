from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_repetition_daily import OrderRepetitionDaily
    from ..models.order_repetition_monthly import OrderRepetitionMonthly
    from ..models.order_repetition_weekly import OrderRepetitionWeekly
    from ..models.order_repetition_yearly import OrderRepetitionYearly


T = TypeVar("T", bound="OrderRepetitionEdit")


@_attrs_define
class OrderRepetitionEdit:
    """The repetition of an order as sent to edit it."""

    start: datetime.date | Unset = UNSET
    """ The first date of the repetition. """
    end: datetime.date | None | Unset = UNSET
    """ Date until the repetition is supposed to run. If empty indefinite repetition is assumed. """
    repetition: (
        OrderRepetitionDaily | OrderRepetitionMonthly | OrderRepetitionWeekly | OrderRepetitionYearly | Unset
    ) = UNSET
    """ Four different formats can be used to define the repetition. Either type daily, weekly, monthly or type
    yearly. (bexio's published spec states each variant's `type` literal in its description only; here it is a one-
    value enum, required, research/nested-schemas.md §2.) """

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_repetition_daily import OrderRepetitionDaily  # noqa: PLC0415
        from ..models.order_repetition_monthly import OrderRepetitionMonthly  # noqa: PLC0415
        from ..models.order_repetition_weekly import OrderRepetitionWeekly  # noqa: PLC0415

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        repetition: dict[str, Any] | Unset
        if isinstance(self.repetition, Unset):
            repetition = UNSET
        elif isinstance(self.repetition, OrderRepetitionDaily):
            repetition = self.repetition.to_dict()
        elif isinstance(self.repetition, OrderRepetitionWeekly):
            repetition = self.repetition.to_dict()
        elif isinstance(self.repetition, OrderRepetitionMonthly):
            repetition = self.repetition.to_dict()
        else:
            repetition = self.repetition.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if repetition is not UNSET:
            field_dict["repetition"] = repetition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_repetition_daily import OrderRepetitionDaily  # noqa: PLC0415
        from ..models.order_repetition_monthly import OrderRepetitionMonthly  # noqa: PLC0415
        from ..models.order_repetition_weekly import OrderRepetitionWeekly  # noqa: PLC0415
        from ..models.order_repetition_yearly import OrderRepetitionYearly  # noqa: PLC0415

        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        start: datetime.date | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.date.fromisoformat(_start)

        def _parse_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None | Unset", data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_repetition(
            data: object,
        ) -> OrderRepetitionDaily | OrderRepetitionMonthly | OrderRepetitionWeekly | OrderRepetitionYearly | Unset:
            if isinstance(data, Unset):
                return data
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

        repetition = _parse_repetition(d.pop("repetition", UNSET))

        order_repetition_edit = cls(
            start=start,
            end=end,
            repetition=repetition,
        )

        return order_repetition_edit
