from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.calendar_year_search_criteria import CalendarYearSearchCriteria, check_calendar_year_search_criteria
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarYearSearchCriterion")


@_attrs_define
class CalendarYearSearchCriterion:
    """One criterion of a calendar year search; the body is an array of them."""

    field: str
    """ Field which should be search over """
    value: float | list[float | str] | str
    """ Value to search for: a string (at most 255 characters) or a number, or an array of them for the criteria
    `in` and `not_in`. """
    criteria: CalendarYearSearchCriteria | Unset = UNSET
    """ How `value` is compared with `field` (the 3.0 criteria, which add `==` to those of the
    2.0 searches). The criteria `like` is used when none is given.
     """

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value: float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for componentsschemas_search_value_type_2_item_data in self.value:
                componentsschemas_search_value_type_2_item: float | str
                componentsschemas_search_value_type_2_item = componentsschemas_search_value_type_2_item_data
                value.append(componentsschemas_search_value_type_2_item)

        else:
            value = self.value

        criteria: str | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "value": value,
            }
        )
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        def _parse_value(data: object) -> float | list[float | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_search_value_type_2 = []
                _componentsschemas_search_value_type_2 = data
                for componentsschemas_search_value_type_2_item_data in _componentsschemas_search_value_type_2:

                    def _parse_componentsschemas_search_value_type_2_item(data: object) -> float | str:
                        return cast("float | str", data)

                    componentsschemas_search_value_type_2_item = _parse_componentsschemas_search_value_type_2_item(
                        componentsschemas_search_value_type_2_item_data
                    )

                    componentsschemas_search_value_type_2.append(componentsschemas_search_value_type_2_item)

                return componentsschemas_search_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("float | list[float | str] | str", data)

        value = _parse_value(d.pop("value"))

        _criteria = d.pop("criteria", UNSET)
        criteria: CalendarYearSearchCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        else:
            criteria = check_calendar_year_search_criteria(_criteria)

        calendar_year_search_criterion = cls(
            field=field,
            value=value,
            criteria=criteria,
        )

        return calendar_year_search_criterion
