from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_year_vat_accounting_method_read_type_1 import (
    CalendarYearVatAccountingMethodReadType1,
    check_calendar_year_vat_accounting_method_read_type_1,
)
from ..models.calendar_year_vat_accounting_method_read_type_2_type_1 import (
    CalendarYearVatAccountingMethodReadType2Type1,
    check_calendar_year_vat_accounting_method_read_type_2_type_1,
)
from ..models.calendar_year_vat_accounting_method_read_type_3_type_1 import (
    CalendarYearVatAccountingMethodReadType3Type1,
    check_calendar_year_vat_accounting_method_read_type_3_type_1,
)
from ..models.calendar_year_vat_accounting_type_read_type_1 import (
    CalendarYearVatAccountingTypeReadType1,
    check_calendar_year_vat_accounting_type_read_type_1,
)
from ..models.calendar_year_vat_accounting_type_read_type_2_type_1 import (
    CalendarYearVatAccountingTypeReadType2Type1,
    check_calendar_year_vat_accounting_type_read_type_2_type_1,
)
from ..models.calendar_year_vat_accounting_type_read_type_3_type_1 import (
    CalendarYearVatAccountingTypeReadType3Type1,
    check_calendar_year_vat_accounting_type_read_type_3_type_1,
)

T = TypeVar("T", bound="CalendarYear")


@_attrs_define
class CalendarYear:
    """A calendar year as bexio returns it (fields read from the response sample)."""

    id: int
    start: datetime.date | None
    """ The first day of the year. """
    end: datetime.date | None
    """ The last day of the year. """
    is_vat_subject: bool
    """ Determines if the calendar year is vat subjected or not. """
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    vat_accounting_method: (
        CalendarYearVatAccountingMethodReadType1
        | CalendarYearVatAccountingMethodReadType2Type1
        | CalendarYearVatAccountingMethodReadType3Type1
        | None
    )
    """ Vat accounting method. """
    vat_accounting_type: (
        CalendarYearVatAccountingTypeReadType1
        | CalendarYearVatAccountingTypeReadType2Type1
        | CalendarYearVatAccountingTypeReadType3Type1
        | None
    )
    """ Vat accounting type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start: None | str
        if isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        is_vat_subject = self.is_vat_subject

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        vat_accounting_method: None | str
        if isinstance(self.vat_accounting_method, str):
            vat_accounting_method = self.vat_accounting_method
        elif isinstance(self.vat_accounting_method, str):
            vat_accounting_method = self.vat_accounting_method
        elif isinstance(self.vat_accounting_method, str):
            vat_accounting_method = self.vat_accounting_method
        else:
            vat_accounting_method = self.vat_accounting_method

        vat_accounting_type: None | str
        if isinstance(self.vat_accounting_type, str):
            vat_accounting_type = self.vat_accounting_type
        elif isinstance(self.vat_accounting_type, str):
            vat_accounting_type = self.vat_accounting_type
        elif isinstance(self.vat_accounting_type, str):
            vat_accounting_type = self.vat_accounting_type
        else:
            vat_accounting_type = self.vat_accounting_type

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        end = _parse_end(d.pop("end"))

        is_vat_subject = d.pop("is_vat_subject")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_vat_accounting_method(
            data: object,
        ) -> (
            CalendarYearVatAccountingMethodReadType1
            | CalendarYearVatAccountingMethodReadType2Type1
            | CalendarYearVatAccountingMethodReadType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_calendar_year_vat_accounting_method_read_type_1 = (
                    check_calendar_year_vat_accounting_method_read_type_1(data)
                )

                return componentsschemas_calendar_year_vat_accounting_method_read_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_calendar_year_vat_accounting_method_read_type_2_type_1 = (
                    check_calendar_year_vat_accounting_method_read_type_2_type_1(data)
                )

                return componentsschemas_calendar_year_vat_accounting_method_read_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_calendar_year_vat_accounting_method_read_type_3_type_1 = (
                    check_calendar_year_vat_accounting_method_read_type_3_type_1(data)
                )

                return componentsschemas_calendar_year_vat_accounting_method_read_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "CalendarYearVatAccountingMethodReadType1 | CalendarYearVatAccountingMethodReadType2Type1 | CalendarYearVatAccountingMethodReadType3Type1 | None",
                data,
            )

        vat_accounting_method = _parse_vat_accounting_method(d.pop("vat_accounting_method"))

        def _parse_vat_accounting_type(
            data: object,
        ) -> (
            CalendarYearVatAccountingTypeReadType1
            | CalendarYearVatAccountingTypeReadType2Type1
            | CalendarYearVatAccountingTypeReadType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_calendar_year_vat_accounting_type_read_type_1 = (
                    check_calendar_year_vat_accounting_type_read_type_1(data)
                )

                return componentsschemas_calendar_year_vat_accounting_type_read_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_calendar_year_vat_accounting_type_read_type_2_type_1 = (
                    check_calendar_year_vat_accounting_type_read_type_2_type_1(data)
                )

                return componentsschemas_calendar_year_vat_accounting_type_read_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_calendar_year_vat_accounting_type_read_type_3_type_1 = (
                    check_calendar_year_vat_accounting_type_read_type_3_type_1(data)
                )

                return componentsschemas_calendar_year_vat_accounting_type_read_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "CalendarYearVatAccountingTypeReadType1 | CalendarYearVatAccountingTypeReadType2Type1 | CalendarYearVatAccountingTypeReadType3Type1 | None",
                data,
            )

        vat_accounting_type = _parse_vat_accounting_type(d.pop("vat_accounting_type"))

        calendar_year = cls(
            id=id,
            start=start,
            end=end,
            is_vat_subject=is_vat_subject,
            created_at=created_at,
            updated_at=updated_at,
            vat_accounting_method=vat_accounting_method,
            vat_accounting_type=vat_accounting_type,
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
