from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        if self.spent_time_in_hours is not UNSET:
            field_dict["spent_time_in_hours"] = self.spent_time_in_hours
        if self.estimated_time_in_hours is not UNSET:
            field_dict["estimated_time_in_hours"] = self.estimated_time_in_hours
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.pr_milestone_id is not UNSET:
            field_dict["pr_milestone_id"] = self.pr_milestone_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A WorkPackageCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            spent_time_in_hours = src_dict.get("spent_time_in_hours", UNSET)
            estimated_time_in_hours = src_dict.get("estimated_time_in_hours", UNSET)
            comment = src_dict.get("comment", UNSET)
            pr_milestone_id = src_dict.get("pr_milestone_id", UNSET)
            if not (
                type(name) is str
                and (spent_time_in_hours is UNSET or type(spent_time_in_hours) in _NUMBER)
                and (estimated_time_in_hours is UNSET or type(estimated_time_in_hours) in _NUMBER)
                and (comment is UNSET or type(comment) is str)
                and (pr_milestone_id is UNSET or type(pr_milestone_id) is int)
            ):
                raise TypeError
            self = cls(
                name,
                spent_time_in_hours,
                estimated_time_in_hours,
                comment,
                pr_milestone_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (spent_time_in_hours is not UNSET) + (estimated_time_in_hours is not UNSET) + (
            comment is not UNSET
        ) + (pr_milestone_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("spent_time_in_hours", "spent_time_in_hours", False, NUMBER),
    Field("estimated_time_in_hours", "estimated_time_in_hours", False, NUMBER),
    Field("comment", "comment", False, STR),
    Field("pr_milestone_id", "pr_milestone_id", False, INT),
)
_KNOWN = frozenset(
    {
        "name",
        "spent_time_in_hours",
        "estimated_time_in_hours",
        "comment",
        "pr_milestone_id",
    }
)
