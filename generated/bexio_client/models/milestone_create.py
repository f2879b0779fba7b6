from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    DATE,
    INT,
    STR,
    Field,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        if self.end_date is not UNSET:
            field_dict["end_date"] = dump(self.end_date)
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.pr_parent_milestone_id is not UNSET:
            field_dict["pr_parent_milestone_id"] = self.pr_parent_milestone_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A MilestoneCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            end_date = src_dict.get("end_date", UNSET)
            if end_date is not UNSET:
                end_date = parse_date(end_date)
            comment = src_dict.get("comment", UNSET)
            pr_parent_milestone_id = src_dict.get("pr_parent_milestone_id", UNSET)
            if not (
                type(name) is str
                and (comment is UNSET or type(comment) is str)
                and (pr_parent_milestone_id is UNSET or type(pr_parent_milestone_id) is int)
            ):
                raise TypeError
            self = cls(
                name,
                end_date,
                comment,
                pr_parent_milestone_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (end_date is not UNSET) + (comment is not UNSET) + (pr_parent_milestone_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("end_date", "end_date", False, DATE),
    Field("comment", "comment", False, STR),
    Field("pr_parent_milestone_id", "pr_parent_milestone_id", False, INT),
)
_KNOWN = frozenset(
    {
        "name",
        "end_date",
        "comment",
        "pr_parent_milestone_id",
    }
)
