from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATE,
    DATETIME,
    INT,
    Enum,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_datetime,
    read_model,
)
from ..models.calendar_year_vat_accounting_method_read_type_1 import (
    CalendarYearVatAccountingMethodReadType1,
)
from ..models.calendar_year_vat_accounting_method_read_type_2_type_1 import (
    CalendarYearVatAccountingMethodReadType2Type1,
)
from ..models.calendar_year_vat_accounting_method_read_type_3_type_1 import (
    CalendarYearVatAccountingMethodReadType3Type1,
)
from ..models.calendar_year_vat_accounting_type_read_type_1 import (
    CalendarYearVatAccountingTypeReadType1,
)
from ..models.calendar_year_vat_accounting_type_read_type_2_type_1 import (
    CalendarYearVatAccountingTypeReadType2Type1,
)
from ..models.calendar_year_vat_accounting_type_read_type_3_type_1 import (
    CalendarYearVatAccountingTypeReadType3Type1,
)
from ..types import UNSET, Unset
from .calendar_year_vat_accounting_method_read_type_1 import CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_1_VALUES
from .calendar_year_vat_accounting_method_read_type_2_type_1 import (
    CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_2_TYPE_1_VALUES,
)
from .calendar_year_vat_accounting_method_read_type_3_type_1 import (
    CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_3_TYPE_1_VALUES,
)
from .calendar_year_vat_accounting_type_read_type_1 import CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_1_VALUES
from .calendar_year_vat_accounting_type_read_type_2_type_1 import (
    CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_2_TYPE_1_VALUES,
)
from .calendar_year_vat_accounting_type_read_type_3_type_1 import (
    CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_3_TYPE_1_VALUES,
)


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
    is_annual_reporting: bool | Unset = UNSET
    """ Whether VAT is reported once a year (an annual VAT period; added 2025-08-04, docs/bexio-api-
    changes-2024-11-to-2026-06.md §3.5). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["start"] = dump(self.start)
        field_dict["end"] = dump(self.end)
        field_dict["is_vat_subject"] = self.is_vat_subject
        field_dict["created_at"] = dump(self.created_at)
        field_dict["updated_at"] = dump(self.updated_at)
        field_dict["vat_accounting_method"] = self.vat_accounting_method
        field_dict["vat_accounting_type"] = self.vat_accounting_type
        if self.is_annual_reporting is not UNSET:
            field_dict["is_annual_reporting"] = self.is_annual_reporting
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CalendarYear from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            start = src_dict["start"]
            if start is not None:
                start = parse_date(start)
            end = src_dict["end"]
            if end is not None:
                end = parse_date(end)
            is_vat_subject = src_dict["is_vat_subject"]
            created_at = src_dict["created_at"]
            if created_at is not None:
                created_at = parse_datetime(created_at)
            updated_at = src_dict["updated_at"]
            if updated_at is not None:
                updated_at = parse_datetime(updated_at)
            vat_accounting_method = src_dict["vat_accounting_method"]
            vat_accounting_type = src_dict["vat_accounting_type"]
            is_annual_reporting = src_dict.get("is_annual_reporting", UNSET)
            if not (
                type(id) is int
                and type(is_vat_subject) is bool
                and (
                    vat_accounting_method is None
                    or (
                        vat_accounting_method in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_1_VALUES
                        or vat_accounting_method in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_2_TYPE_1_VALUES
                        or vat_accounting_method in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (
                    vat_accounting_type is None
                    or (
                        vat_accounting_type in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_1_VALUES
                        or vat_accounting_type in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_2_TYPE_1_VALUES
                        or vat_accounting_type in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (is_annual_reporting is UNSET or type(is_annual_reporting) is bool)
            ):
                raise TypeError
            self = cls(
                id,
                start,
                end,
                is_vat_subject,
                created_at,
                updated_at,
                vat_accounting_method,
                vat_accounting_type,
                is_annual_reporting,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 8 + (is_annual_reporting is not UNSET):
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
    Field("start", "start", True, Nullable(DATE)),
    Field("end", "end", True, Nullable(DATE)),
    Field("is_vat_subject", "is_vat_subject", True, BOOL),
    Field("created_at", "created_at", True, Nullable(DATETIME)),
    Field("updated_at", "updated_at", True, Nullable(DATETIME)),
    Field(
        "vat_accounting_method",
        "vat_accounting_method",
        True,
        Nullable(
            OneOf(
                (
                    Enum(CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_1_VALUES),
                    Enum(CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field(
        "vat_accounting_type",
        "vat_accounting_type",
        True,
        Nullable(
            OneOf(
                (
                    Enum(CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_1_VALUES),
                    Enum(CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("is_annual_reporting", "is_annual_reporting", False, BOOL),
)
_KNOWN = frozenset(
    {
        "id",
        "start",
        "end",
        "is_vat_subject",
        "created_at",
        "updated_at",
        "vat_accounting_method",
        "vat_accounting_type",
        "is_annual_reporting",
    }
)
