from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    NUMBER,
    RAISE,
    STR,
    Enum,
    Field,
    ListOf,
    OneOf,
    dump,
    read_model,
)
from ..models.calendar_year_search_criteria import CalendarYearSearchCriteria
from ..types import UNSET, Unset
from .calendar_year_search_criteria import CALENDAR_YEAR_SEARCH_CRITERIA_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["field"] = self.field
        field_dict["value"] = dump(self.value)
        if self.criteria is not UNSET:
            field_dict["criteria"] = self.criteria
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CalendarYearSearchCriterion from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            field = src_dict["field"]
            value = src_dict["value"]
            value = _VALUE_KIND.convert(value, RAISE)
            criteria = src_dict.get("criteria", UNSET)
            if not (type(field) is str and (criteria is UNSET or criteria in CALENDAR_YEAR_SEARCH_CRITERIA_VALUES)):
                raise TypeError
            self = cls(
                field,
                value,
                criteria,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (criteria is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_VALUE_KIND = OneOf(
    (
        STR,
        NUMBER,
        ListOf(
            OneOf(
                (
                    STR,
                    NUMBER,
                )
            )
        ),
    )
)
_FIELDS = (
    Field("field", "field", True, STR),
    Field(
        "value",
        "value",
        True,
        OneOf(
            (
                STR,
                NUMBER,
                ListOf(
                    OneOf(
                        (
                            STR,
                            NUMBER,
                        )
                    )
                ),
            )
        ),
    ),
    Field("criteria", "criteria", False, Enum(CALENDAR_YEAR_SEARCH_CRITERIA_VALUES)),
)
_KNOWN = frozenset(
    {
        "field",
        "value",
        "criteria",
    }
)
