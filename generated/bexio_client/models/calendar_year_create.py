from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    INT,
    STR,
    Enum,
    Field,
    read_model,
)
from ..models.calendar_year_vat_accounting_method import (
    CalendarYearVatAccountingMethod,
)
from ..models.calendar_year_vat_accounting_type import (
    CalendarYearVatAccountingType,
)
from ..types import UNSET, Unset
from .calendar_year_vat_accounting_method import CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_VALUES
from .calendar_year_vat_accounting_type import CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_VALUES


@_attrs_define
class CalendarYearCreate:
    """A calendar year to create. If only `year` is sent, the year is created with the settings of the year before;
    otherwise every field must be sent.

    """

    year: str | Unset = UNSET
    """ The year for which we want to create an entry. It is possible to create years 10 years ahead and higher than
    2016 year. If it is a future year, we generate all in between with the settings the user has chosen. """
    is_vat_subject: bool | Unset = UNSET
    """ Determines if the calendar year is vat subjected or not. """
    is_annual_reporting: bool | Unset = UNSET
    """ Whether VAT is reported once a year (an annual VAT period; added 2025-08-04, docs/bexio-api-
    changes-2024-11-to-2026-06.md §3.5). """
    vat_accounting_method: CalendarYearVatAccountingMethod | Unset = UNSET
    """ Vat accounting method. """
    vat_accounting_type: CalendarYearVatAccountingType | Unset = UNSET
    """ Vat accounting type. """
    default_tax_income_id: int | Unset = UNSET
    """ Determine default tax ID for income. References a tax object """
    default_tax_expense_id: int | Unset = UNSET
    """ Determine default tax ID for expense. Tax ID is not required if the client has the plan bexio mini. In this
    case, the year is created with the tax ID from the previous year. References a tax object. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if self.is_vat_subject is not UNSET:
            field_dict["is_vat_subject"] = self.is_vat_subject
        if self.is_annual_reporting is not UNSET:
            field_dict["is_annual_reporting"] = self.is_annual_reporting
        if self.vat_accounting_method is not UNSET:
            field_dict["vat_accounting_method"] = self.vat_accounting_method
        if self.vat_accounting_type is not UNSET:
            field_dict["vat_accounting_type"] = self.vat_accounting_type
        if self.default_tax_income_id is not UNSET:
            field_dict["default_tax_income_id"] = self.default_tax_income_id
        if self.default_tax_expense_id is not UNSET:
            field_dict["default_tax_expense_id"] = self.default_tax_expense_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CalendarYearCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            year = src_dict.get("year", UNSET)
            is_vat_subject = src_dict.get("is_vat_subject", UNSET)
            is_annual_reporting = src_dict.get("is_annual_reporting", UNSET)
            vat_accounting_method = src_dict.get("vat_accounting_method", UNSET)
            vat_accounting_type = src_dict.get("vat_accounting_type", UNSET)
            default_tax_income_id = src_dict.get("default_tax_income_id", UNSET)
            default_tax_expense_id = src_dict.get("default_tax_expense_id", UNSET)
            if not (
                (year is UNSET or type(year) is str)
                and (is_vat_subject is UNSET or type(is_vat_subject) is bool)
                and (is_annual_reporting is UNSET or type(is_annual_reporting) is bool)
                and (
                    vat_accounting_method is UNSET
                    or vat_accounting_method in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_VALUES
                )
                and (vat_accounting_type is UNSET or vat_accounting_type in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_VALUES)
                and (default_tax_income_id is UNSET or type(default_tax_income_id) is int)
                and (default_tax_expense_id is UNSET or type(default_tax_expense_id) is int)
            ):
                raise TypeError
            self = cls(
                year,
                is_vat_subject,
                is_annual_reporting,
                vat_accounting_method,
                vat_accounting_type,
                default_tax_income_id,
                default_tax_expense_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (year is not UNSET) + (is_vat_subject is not UNSET) + (
            is_annual_reporting is not UNSET
        ) + (vat_accounting_method is not UNSET) + (vat_accounting_type is not UNSET) + (
            default_tax_income_id is not UNSET
        ) + (default_tax_expense_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("year", "year", False, STR),
    Field("is_vat_subject", "is_vat_subject", False, BOOL),
    Field("is_annual_reporting", "is_annual_reporting", False, BOOL),
    Field("vat_accounting_method", "vat_accounting_method", False, Enum(CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_VALUES)),
    Field("vat_accounting_type", "vat_accounting_type", False, Enum(CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_VALUES)),
    Field("default_tax_income_id", "default_tax_income_id", False, INT),
    Field("default_tax_expense_id", "default_tax_expense_id", False, INT),
)
_KNOWN = frozenset(
    {
        "year",
        "is_vat_subject",
        "is_annual_reporting",
        "vat_accounting_method",
        "vat_accounting_type",
        "default_tax_income_id",
        "default_tax_expense_id",
    }
)
