from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneCreate")


@_attrs_define
class MilestoneCreate:
    """A milestone as sent to create or edit it."""

    name: str
    """ The name of the milestone """
    end_date: datetime.date | Unset = UNSET
    """ The end date for the milestone """
    comment: str | Unset = UNSET
    """ Description for milestone """
    pr_parent_milestone_id: int | Unset = UNSET
    """ Higher level milestone """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        comment = self.comment

        pr_parent_milestone_id = self.pr_parent_milestone_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if pr_parent_milestone_id is not UNSET:
            field_dict["pr_parent_milestone_id"] = pr_parent_milestone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        comment = d.pop("comment", UNSET)

        pr_parent_milestone_id = d.pop("pr_parent_milestone_id", UNSET)

        milestone_create = cls(
            name=name,
            end_date=end_date,
            comment=comment,
            pr_parent_milestone_id=pr_parent_milestone_id,
        )

        return milestone_create
