from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
