from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_year_vat_accounting_method import (
    CalendarYearVatAccountingMethod,
    check_calendar_year_vat_accounting_method,
)
from ..models.calendar_year_vat_accounting_type import (
    CalendarYearVatAccountingType,
    check_calendar_year_vat_accounting_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarYear")


@_attrs_define
class CalendarYear:
    """A calendar year as bexio returns it (fields read from the response sample)."""

    id: int
    start: datetime.date
    """ The first day of the year. """
    end: datetime.date
    """ The last day of the year. """
    is_vat_subject: bool
    """ Determines if the calendar year is vat subjected or not. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    vat_accounting_method: CalendarYearVatAccountingMethod
    """ Vat accounting method. """
    vat_accounting_type: CalendarYearVatAccountingType
    """ Vat accounting type. """
    is_annual_reporting: bool | Unset = UNSET
    """ Whether VAT is reported once a year (an annual VAT period; added 2025-08-04, docs/bexio-api-
    changes-2024-11-to-2026-06.md §3.5). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start.isoformat()

        end = self.end.isoformat()

        is_vat_subject = self.is_vat_subject

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        vat_accounting_method: str = self.vat_accounting_method

        vat_accounting_type: str = self.vat_accounting_type

        is_annual_reporting = self.is_annual_reporting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start": start,
                "end": end,
                "is_vat_subject": is_vat_subject,
                "created_at": created_at,
                "updated_at": updated_at,
                "vat_accounting_method": vat_accounting_method,
                "vat_accounting_type": vat_accounting_type,
            }
        )
        if is_annual_reporting is not UNSET:
            field_dict["is_annual_reporting"] = is_annual_reporting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        start = datetime.date.fromisoformat(d.pop("start"))

        end = datetime.date.fromisoformat(d.pop("end"))

        is_vat_subject = d.pop("is_vat_subject")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        vat_accounting_method = check_calendar_year_vat_accounting_method(d.pop("vat_accounting_method"))

        vat_accounting_type = check_calendar_year_vat_accounting_type(d.pop("vat_accounting_type"))

        is_annual_reporting = d.pop("is_annual_reporting", UNSET)

        calendar_year = cls(
            id=id,
            start=start,
            end=end,
            is_vat_subject=is_vat_subject,
            created_at=created_at,
            updated_at=updated_at,
            vat_accounting_method=vat_accounting_method,
            vat_accounting_type=vat_accounting_type,
            is_annual_reporting=is_annual_reporting,
        )

        calendar_year.additional_properties = d
        return calendar_year

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
