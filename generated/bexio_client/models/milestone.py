from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    DATE,
    INT,
    STR,
    Field,
    Nullable,
    dump,
    parse_date,
    read_model,
)


@_attrs_define
class Milestone:
    """A milestone of a project as bexio returns it (fields read from the response samples)."""

    id: int
    name: None | str
    """ The name of the milestone """
    end_date: datetime.date | None
    """ The end date for the milestone """
    comment: None | str
    """ Description for milestone """
    pr_parent_milestone_id: int | None
    """ Higher level milestone """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["end_date"] = dump(self.end_date)
        field_dict["comment"] = self.comment
        field_dict["pr_parent_milestone_id"] = self.pr_parent_milestone_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Milestone from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            end_date = src_dict["end_date"]
            if end_date is not None:
                end_date = parse_date(end_date)
            comment = src_dict["comment"]
            pr_parent_milestone_id = src_dict["pr_parent_milestone_id"]
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (comment is None or type(comment) is str)
                and (pr_parent_milestone_id is None or type(pr_parent_milestone_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                end_date,
                comment,
                pr_parent_milestone_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 5:
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
    Field("id", "id", True, INT),
    Field("name", "name", True, Nullable(STR)),
    Field("end_date", "end_date", True, Nullable(DATE)),
    Field("comment", "comment", True, Nullable(STR)),
    Field("pr_parent_milestone_id", "pr_parent_milestone_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "end_date",
        "comment",
        "pr_parent_milestone_id",
    }
)
