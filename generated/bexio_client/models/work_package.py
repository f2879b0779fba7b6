from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkPackage")


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
        id = self.id

        name: None | str
        name = self.name

        spent_time_in_hours: float | None | str
        spent_time_in_hours = self.spent_time_in_hours

        estimated_time_in_hours: float | None | str
        estimated_time_in_hours = self.estimated_time_in_hours

        comment: None | str
        comment = self.comment

        pr_milestone_id: int | None
        pr_milestone_id = self.pr_milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "spent_time_in_hours": spent_time_in_hours,
                "estimated_time_in_hours": estimated_time_in_hours,
                "comment": comment,
                "pr_milestone_id": pr_milestone_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_spent_time_in_hours(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        spent_time_in_hours = _parse_spent_time_in_hours(d.pop("spent_time_in_hours"))

        def _parse_estimated_time_in_hours(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        estimated_time_in_hours = _parse_estimated_time_in_hours(d.pop("estimated_time_in_hours"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_pr_milestone_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_milestone_id = _parse_pr_milestone_id(d.pop("pr_milestone_id"))

        work_package = cls(
            id=id,
            name=name,
            spent_time_in_hours=spent_time_in_hours,
            estimated_time_in_hours=estimated_time_in_hours,
            comment=comment,
            pr_milestone_id=pr_milestone_id,
        )

        work_package.additional_properties = d
        return work_package

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
