from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class EmployeeExtras:
    """The vacation and working-time figures of an employee on the requested date."""

    annual_vacation_days_used: int | None | str | Unset = UNSET
    annual_vacation_days_left: int | None | str | Unset = UNSET
    effective_working_hours_per_week: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.annual_vacation_days_used is not UNSET:
            field_dict["annual_vacation_days_used"] = self.annual_vacation_days_used
        if self.annual_vacation_days_left is not UNSET:
            field_dict["annual_vacation_days_left"] = self.annual_vacation_days_left
        if self.effective_working_hours_per_week is not UNSET:
            field_dict["effective_working_hours_per_week"] = self.effective_working_hours_per_week
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A EmployeeExtras from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            annual_vacation_days_used = src_dict.get("annual_vacation_days_used", UNSET)
            annual_vacation_days_left = src_dict.get("annual_vacation_days_left", UNSET)
            effective_working_hours_per_week = src_dict.get("effective_working_hours_per_week", UNSET)
            if not (
                (
                    annual_vacation_days_used is None
                    or annual_vacation_days_used is UNSET
                    or (type(annual_vacation_days_used) is int or type(annual_vacation_days_used) is str)
                )
                and (
                    annual_vacation_days_left is None
                    or annual_vacation_days_left is UNSET
                    or (type(annual_vacation_days_left) is int or type(annual_vacation_days_left) is str)
                )
                and (
                    effective_working_hours_per_week is None
                    or effective_working_hours_per_week is UNSET
                    or (type(effective_working_hours_per_week) is int or type(effective_working_hours_per_week) is str)
                )
            ):
                raise TypeError
            self = cls(
                annual_vacation_days_used,
                annual_vacation_days_left,
                effective_working_hours_per_week,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (annual_vacation_days_used is not UNSET) + (annual_vacation_days_left is not UNSET) + (
            effective_working_hours_per_week is not UNSET
        ):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field(
        "annual_vacation_days_used",
        "annual_vacation_days_used",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "annual_vacation_days_left",
        "annual_vacation_days_left",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "effective_working_hours_per_week",
        "effective_working_hours_per_week",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "annual_vacation_days_used",
        "annual_vacation_days_left",
        "effective_working_hours_per_week",
    }
)
