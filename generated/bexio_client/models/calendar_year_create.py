from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.calendar_year_vat_accounting_method import (
    CalendarYearVatAccountingMethod,
    check_calendar_year_vat_accounting_method,
)
from ..models.calendar_year_vat_accounting_type import (
    CalendarYearVatAccountingType,
    check_calendar_year_vat_accounting_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarYearCreate")


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
        year = self.year

        is_vat_subject = self.is_vat_subject

        is_annual_reporting = self.is_annual_reporting

        vat_accounting_method: str | Unset = UNSET
        if not isinstance(self.vat_accounting_method, Unset):
            vat_accounting_method = self.vat_accounting_method

        vat_accounting_type: str | Unset = UNSET
        if not isinstance(self.vat_accounting_type, Unset):
            vat_accounting_type = self.vat_accounting_type

        default_tax_income_id = self.default_tax_income_id

        default_tax_expense_id = self.default_tax_expense_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if is_vat_subject is not UNSET:
            field_dict["is_vat_subject"] = is_vat_subject
        if is_annual_reporting is not UNSET:
            field_dict["is_annual_reporting"] = is_annual_reporting
        if vat_accounting_method is not UNSET:
            field_dict["vat_accounting_method"] = vat_accounting_method
        if vat_accounting_type is not UNSET:
            field_dict["vat_accounting_type"] = vat_accounting_type
        if default_tax_income_id is not UNSET:
            field_dict["default_tax_income_id"] = default_tax_income_id
        if default_tax_expense_id is not UNSET:
            field_dict["default_tax_expense_id"] = default_tax_expense_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year", UNSET)

        is_vat_subject = d.pop("is_vat_subject", UNSET)

        is_annual_reporting = d.pop("is_annual_reporting", UNSET)

        _vat_accounting_method = d.pop("vat_accounting_method", UNSET)
        vat_accounting_method: CalendarYearVatAccountingMethod | Unset
        if isinstance(_vat_accounting_method, Unset):
            vat_accounting_method = UNSET
        else:
            vat_accounting_method = check_calendar_year_vat_accounting_method(_vat_accounting_method)

        _vat_accounting_type = d.pop("vat_accounting_type", UNSET)
        vat_accounting_type: CalendarYearVatAccountingType | Unset
        if isinstance(_vat_accounting_type, Unset):
            vat_accounting_type = UNSET
        else:
            vat_accounting_type = check_calendar_year_vat_accounting_type(_vat_accounting_type)

        default_tax_income_id = d.pop("default_tax_income_id", UNSET)

        default_tax_expense_id = d.pop("default_tax_expense_id", UNSET)

        calendar_year_create = cls(
            year=year,
            is_vat_subject=is_vat_subject,
            is_annual_reporting=is_annual_reporting,
            vat_accounting_method=vat_accounting_method,
            vat_accounting_type=vat_accounting_type,
            default_tax_income_id=default_tax_income_id,
            default_tax_expense_id=default_tax_expense_id,
        )

        return calendar_year_create
