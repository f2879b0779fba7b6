from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Milestone")


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
        id = self.id

        name: None | str
        name = self.name

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        comment: None | str
        comment = self.comment

        pr_parent_milestone_id: int | None
        pr_parent_milestone_id = self.pr_parent_milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "end_date": end_date,
                "comment": comment,
                "pr_parent_milestone_id": pr_parent_milestone_id,
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

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        end_date = _parse_end_date(d.pop("end_date"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_pr_parent_milestone_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_parent_milestone_id = _parse_pr_parent_milestone_id(d.pop("pr_parent_milestone_id"))

        milestone = cls(
            id=id,
            name=name,
            end_date=end_date,
            comment=comment,
            pr_parent_milestone_id=pr_parent_milestone_id,
        )

        milestone.additional_properties = d
        return milestone

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
