from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsenceWithId")


@_attrs_define
class AbsenceWithId:
    """An absence with its id."""

    reason: str
    """ The reason of the absence. Documented values today: Injury, Sickness, MaternityLeave, MilitaryLeave,
    Vacation, InterruptionOfWork; the list may grow. """
    start_date: datetime.date
    id: UUID
    """ The id of the absence. """
    end_date: datetime.date | Unset = UNSET
    half_day: bool | Unset = False
    continued_pay: float | Unset = UNSET
    disability: float | Unset = UNSET
    paid_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        start_date = self.start_date.isoformat()

        id = str(self.id)

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        half_day = self.half_day

        continued_pay = self.continued_pay

        disability = self.disability

        paid_hours = self.paid_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "start_date": start_date,
                "id": id,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if half_day is not UNSET:
            field_dict["half_day"] = half_day
        if continued_pay is not UNSET:
            field_dict["continued_pay"] = continued_pay
        if disability is not UNSET:
            field_dict["disability"] = disability
        if paid_hours is not UNSET:
            field_dict["paid_hours"] = paid_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        id = UUID(d.pop("id"))

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        half_day = d.pop("half_day", UNSET)

        continued_pay = d.pop("continued_pay", UNSET)

        disability = d.pop("disability", UNSET)

        paid_hours = d.pop("paid_hours", UNSET)

        absence_with_id = cls(
            reason=reason,
            start_date=start_date,
            id=id,
            end_date=end_date,
            half_day=half_day,
            continued_pay=continued_pay,
            disability=disability,
            paid_hours=paid_hours,
        )

        absence_with_id.additional_properties = d
        return absence_with_id

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
