from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    NUMBER,
    STR,
    UUID_TEXT,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class AbsenceWithId:
    """An absence with its id."""

    reason: None | str
    """ The reason of the absence. Documented values today: Injury, Sickness, MaternityLeave, MilitaryLeave,
    Vacation, InterruptionOfWork; the list may grow. """
    start_date: datetime.date | None
    id: UUID
    """ The id of the absence. """
    end_date: datetime.date | None | Unset = UNSET
    half_day: bool | Unset = False
    continued_pay: float | None | str | Unset = UNSET
    disability: float | None | str | Unset = UNSET
    paid_hours: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["reason"] = self.reason
        field_dict["start_date"] = dump(self.start_date)
        field_dict["id"] = dump(self.id)
        if self.end_date is not UNSET:
            field_dict["end_date"] = dump(self.end_date)
        if self.half_day is not UNSET:
            field_dict["half_day"] = self.half_day
        if self.continued_pay is not UNSET:
            field_dict["continued_pay"] = self.continued_pay
        if self.disability is not UNSET:
            field_dict["disability"] = self.disability
        if self.paid_hours is not UNSET:
            field_dict["paid_hours"] = self.paid_hours
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A AbsenceWithId from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            reason = src_dict["reason"]
            start_date = src_dict["start_date"]
            if start_date is not None:
                start_date = parse_date(start_date)
            id = src_dict["id"]
            id = parse_uuid(id)
            end_date = src_dict.get("end_date", UNSET)
            if end_date is not None and end_date is not UNSET:
                end_date = parse_date(end_date)
            half_day = src_dict.get("half_day", UNSET)
            continued_pay = src_dict.get("continued_pay", UNSET)
            disability = src_dict.get("disability", UNSET)
            paid_hours = src_dict.get("paid_hours", UNSET)
            if not (
                (reason is None or type(reason) is str)
                and (half_day is UNSET or type(half_day) is bool)
                and (
                    continued_pay is None
                    or continued_pay is UNSET
                    or (type(continued_pay) in _NUMBER or type(continued_pay) is str)
                )
                and (
                    disability is None
                    or disability is UNSET
                    or (type(disability) in _NUMBER or type(disability) is str)
                )
                and (
                    paid_hours is None
                    or paid_hours is UNSET
                    or (type(paid_hours) in _NUMBER or type(paid_hours) is str)
                )
            ):
                raise TypeError
            self = cls(
                reason,
                start_date,
                id,
                end_date,
                half_day,
                continued_pay,
                disability,
                paid_hours,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 3 + (end_date is not UNSET) + (half_day is not UNSET) + (continued_pay is not UNSET) + (
            disability is not UNSET
        ) + (paid_hours is not UNSET):
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
    Field("reason", "reason", True, Nullable(STR)),
    Field("start_date", "start_date", True, Nullable(DATE)),
    Field("id", "id", True, UUID_TEXT),
    Field("end_date", "end_date", False, Nullable(DATE)),
    Field("half_day", "half_day", False, BOOL),
    Field(
        "continued_pay",
        "continued_pay",
        False,
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
        "disability",
        "disability",
        False,
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
        "paid_hours",
        "paid_hours",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "reason",
        "start_date",
        "id",
        "end_date",
        "half_day",
        "continued_pay",
        "disability",
        "paid_hours",
    }
)
