from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessYear")


@_attrs_define
class BusinessYear:
    """A business year as bexio returns it (fields read from the response sample)."""

    id: int
    start: datetime.date
    """ The first day of the business year. """
    end: datetime.date
    """ The last day of the business year. """
    status: str
    """ The state of the business year, e.g. `open`. """
    closed_at: datetime.date
    """ The day the business year was closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start.isoformat()

        end = self.end.isoformat()

        status = self.status

        closed_at = self.closed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start": start,
                "end": end,
                "status": status,
                "closed_at": closed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        start = datetime.date.fromisoformat(d.pop("start"))

        end = datetime.date.fromisoformat(d.pop("end"))

        status = d.pop("status")

        closed_at = datetime.date.fromisoformat(d.pop("closed_at"))

        business_year = cls(
            id=id,
            start=start,
            end=end,
            status=status,
            closed_at=closed_at,
        )

        business_year.additional_properties = d
        return business_year

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
