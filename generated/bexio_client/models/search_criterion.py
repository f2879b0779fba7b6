from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v2_search_criteria import V2SearchCriteria, check_v2_search_criteria
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCriterion")


@_attrs_define
class SearchCriterion:
    """One search criterion; a search body is an array of them, all of which must match."""

    field: str
    """ Field which should be search over """
    value: str
    """ Value to search for """
    criteria: V2SearchCriteria | Unset = UNSET
    """ How `value` is compared with `field`. The criteria `like` is used when none is given.
    `=` / `equal`: exact match; `!=` / `not_equal`: not equal; `>` / `greater_than`: greater
    than; `>=` / `greater_equal`: greater or equal; `<` / `less_than`: less than; `<=` /
    `less_equal`: less or equal; `like`: partial match; `not_like`: does not partially match;
    `is_null`: value is NULL; `not_null`: value is not NULL; `in`: matches one of several
    values, value must be an array e.g. [1, 2]; `not_in`: matches none of several values,
    value must be an array e.g. [1, 2].
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value

        criteria: str | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        value = d.pop("value")

        _criteria = d.pop("criteria", UNSET)
        criteria: V2SearchCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        else:
            criteria = check_v2_search_criteria(_criteria)

        search_criterion = cls(
            field=field,
            value=value,
            criteria=criteria,
        )

        search_criterion.additional_properties = d
        return search_criterion

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
