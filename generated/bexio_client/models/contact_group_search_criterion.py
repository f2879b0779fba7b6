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
from ..models.contact_group_search_criterion_field import (
    ContactGroupSearchCriterionField,
)
from ..models.v2_search_criteria import V2SearchCriteria
from ..types import UNSET, Unset
from .contact_group_search_criterion_field import CONTACT_GROUP_SEARCH_CRITERION_FIELD_VALUES
from .v2_search_criteria import V2_SEARCH_CRITERIA_VALUES


@_attrs_define
class ContactGroupSearchCriterion:
    field: ContactGroupSearchCriterionField
    """ Field which should be search over """
    value: float | list[float | str] | str
    """ Value to search for: a string (at most 255 characters) or a number, or an array of them for the criteria
    `in` and `not_in`. """
    criteria: V2SearchCriteria | Unset = UNSET
    """ How `value` is compared with `field`. The criteria `like` is used when none is given.
    `=` / `equal`: exact match; `!=` / `not_equal`: not equal; `>` / `greater_than`: greater
    than; `>=` / `greater_equal`: greater or equal; `<` / `less_than`: less than; `<=` /
    `less_equal`: less or equal; `like`: partial match; `not_like`: does not partially match;
    `is_null`: value is NULL; `not_null`: value is not NULL; `in`: matches one of several
    values, value must be an array e.g. [1, 2]; `not_in`: matches none of several values,
    value must be an array e.g. [1, 2].
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
        """A ContactGroupSearchCriterion from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            field = src_dict["field"]
            value = src_dict["value"]
            value = _VALUE_KIND.convert(value, RAISE)
            criteria = src_dict.get("criteria", UNSET)
            if not (
                field in CONTACT_GROUP_SEARCH_CRITERION_FIELD_VALUES
                and (criteria is UNSET or criteria in V2_SEARCH_CRITERIA_VALUES)
            ):
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
    Field("field", "field", True, Enum(CONTACT_GROUP_SEARCH_CRITERION_FIELD_VALUES)),
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
    Field("criteria", "criteria", False, Enum(V2_SEARCH_CRITERIA_VALUES)),
)
_KNOWN = frozenset(
    {
        "field",
        "value",
        "criteria",
    }
)
