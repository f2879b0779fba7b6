from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeExtras")


@_attrs_define
class EmployeeExtras:
    """The vacation and working-time figures of an employee on the requested date."""

    annual_vacation_days_used: int | Unset = UNSET
    annual_vacation_days_left: int | Unset = UNSET
    effective_working_hours_per_week: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual_vacation_days_used = self.annual_vacation_days_used

        annual_vacation_days_left = self.annual_vacation_days_left

        effective_working_hours_per_week = self.effective_working_hours_per_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annual_vacation_days_used is not UNSET:
            field_dict["annual_vacation_days_used"] = annual_vacation_days_used
        if annual_vacation_days_left is not UNSET:
            field_dict["annual_vacation_days_left"] = annual_vacation_days_left
        if effective_working_hours_per_week is not UNSET:
            field_dict["effective_working_hours_per_week"] = effective_working_hours_per_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annual_vacation_days_used = d.pop("annual_vacation_days_used", UNSET)

        annual_vacation_days_left = d.pop("annual_vacation_days_left", UNSET)

        effective_working_hours_per_week = d.pop("effective_working_hours_per_week", UNSET)

        employee_extras = cls(
            annual_vacation_days_used=annual_vacation_days_used,
            annual_vacation_days_left=annual_vacation_days_left,
            effective_working_hours_per_week=effective_working_hours_per_week,
        )

        employee_extras.additional_properties = d
        return employee_extras

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
