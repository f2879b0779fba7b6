from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkPackageCreate")


@_attrs_define
class WorkPackageCreate:
    """A work package as sent to create or edit it."""

    name: str
    """ The name of the work package """
    spent_time_in_hours: float | Unset = UNSET
    """ time spent on work package """
    estimated_time_in_hours: float | Unset = UNSET
    """ estimated time on work package """
    comment: str | Unset = UNSET
    """ Description for work package """
    pr_milestone_id: int | Unset = UNSET
    """ References a milestone object """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spent_time_in_hours = self.spent_time_in_hours

        estimated_time_in_hours = self.estimated_time_in_hours

        comment = self.comment

        pr_milestone_id = self.pr_milestone_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if spent_time_in_hours is not UNSET:
            field_dict["spent_time_in_hours"] = spent_time_in_hours
        if estimated_time_in_hours is not UNSET:
            field_dict["estimated_time_in_hours"] = estimated_time_in_hours
        if comment is not UNSET:
            field_dict["comment"] = comment
        if pr_milestone_id is not UNSET:
            field_dict["pr_milestone_id"] = pr_milestone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        spent_time_in_hours = d.pop("spent_time_in_hours", UNSET)

        estimated_time_in_hours = d.pop("estimated_time_in_hours", UNSET)

        comment = d.pop("comment", UNSET)

        pr_milestone_id = d.pop("pr_milestone_id", UNSET)

        work_package_create = cls(
            name=name,
            spent_time_in_hours=spent_time_in_hours,
            estimated_time_in_hours=estimated_time_in_hours,
            comment=comment,
            pr_milestone_id=pr_milestone_id,
        )

        return work_package_create
