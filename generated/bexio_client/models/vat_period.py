from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_period_type import VatPeriodType, check_vat_period_type

T = TypeVar("T", bound="VatPeriod")


@_attrs_define
class VatPeriod:
    """A vat period as bexio returns it (fields read from the response sample)."""

    id: int
    start: datetime.date
    """ The first day of the period. """
    end: datetime.date
    """ The last day of the period. """
    type_: VatPeriodType
    """ The length of the period; `annual` (a period of one year) was added on 2025-08-04 (docs/bexio-api-
    changes-2024-11-to-2026-06.md §3.4). """
    status: str
    """ The state of the period, e.g. `closed`. """
    closed_at: datetime.date
    """ The day the period was closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start.isoformat()

        end = self.end.isoformat()

        type_: str = self.type_

        status = self.status

        closed_at = self.closed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start": start,
                "end": end,
                "type": type_,
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

        type_ = check_vat_period_type(d.pop("type"))

        status = d.pop("status")

        closed_at = datetime.date.fromisoformat(d.pop("closed_at"))

        vat_period = cls(
            id=id,
            start=start,
            end=end,
            type_=type_,
            status=status,
            closed_at=closed_at,
        )

        vat_period.additional_properties = d
        return vat_period

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
