from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)


@_attrs_define
class WorkPackage:
    """A work package of a project as bexio returns it (fields read from the response samples)."""

    id: int
    name: None | str
    """ The name of the work package """
    spent_time_in_hours: float | None | str
    """ time spent on work package """
    estimated_time_in_hours: float | None | str
    """ estimated time on work package """
    comment: None | str
    """ Description for work package """
    pr_milestone_id: int | None
    """ References a milestone object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["spent_time_in_hours"] = self.spent_time_in_hours
        field_dict["estimated_time_in_hours"] = self.estimated_time_in_hours
        field_dict["comment"] = self.comment
        field_dict["pr_milestone_id"] = self.pr_milestone_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A WorkPackage from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            spent_time_in_hours = src_dict["spent_time_in_hours"]
            estimated_time_in_hours = src_dict["estimated_time_in_hours"]
            comment = src_dict["comment"]
            pr_milestone_id = src_dict["pr_milestone_id"]
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (
                    spent_time_in_hours is None
                    or (type(spent_time_in_hours) in _NUMBER or type(spent_time_in_hours) is str)
                )
                and (
                    estimated_time_in_hours is None
                    or (type(estimated_time_in_hours) in _NUMBER or type(estimated_time_in_hours) is str)
                )
                and (comment is None or type(comment) is str)
                and (pr_milestone_id is None or type(pr_milestone_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                spent_time_in_hours,
                estimated_time_in_hours,
                comment,
                pr_milestone_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 6:
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
    Field(
        "spent_time_in_hours",
        "spent_time_in_hours",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field(
        "estimated_time_in_hours",
        "estimated_time_in_hours",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("comment", "comment", True, Nullable(STR)),
    Field("pr_milestone_id", "pr_milestone_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "spent_time_in_hours",
        "estimated_time_in_hours",
        "comment",
        "pr_milestone_id",
    }
)
