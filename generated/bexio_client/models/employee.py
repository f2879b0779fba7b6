from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_gender import EmployeeGender, check_employee_gender
from ..models.employee_language import EmployeeLanguage, check_employee_language
from ..models.employee_marital_status import EmployeeMaritalStatus, check_employee_marital_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_address import EmployeeAddress


T = TypeVar("T", bound="Employee")


@_attrs_define
class Employee:
    """An employee as bexio returns it."""

    id: UUID
    """ The id of the employee. """
    nationality: str
    """ The nationality (ISO 3166-1 alpha-2); the special codes `11` mean unknown and `22` stateless. """
    language: EmployeeLanguage
    """ The language of the employee. """
    marital_status: EmployeeMaritalStatus
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    ahv_number: str | Unset = UNSET
    """ The Swiss social security number (AHV). """
    gender: EmployeeGender | Unset = UNSET
    stay_permit_category: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    hours_per_week: float | Unset = UNSET
    employment_level: float | Unset = UNSET
    annual_vacation_days_total: int | Unset = UNSET
    address: EmployeeAddress | Unset = UNSET
    """ The address of an employee. """
    personal_number: str | Unset = UNSET
    iban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        nationality = self.nationality

        language: str = self.language

        marital_status: str = self.marital_status

        first_name = self.first_name

        last_name = self.last_name

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        ahv_number = self.ahv_number

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        stay_permit_category = self.stay_permit_category

        email = self.email

        phone_number = self.phone_number

        hours_per_week = self.hours_per_week

        employment_level = self.employment_level

        annual_vacation_days_total = self.annual_vacation_days_total

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        personal_number = self.personal_number

        iban = self.iban

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "nationality": nationality,
                "language": language,
                "marital_status": marital_status,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if ahv_number is not UNSET:
            field_dict["ahv_number"] = ahv_number
        if gender is not UNSET:
            field_dict["gender"] = gender
        if stay_permit_category is not UNSET:
            field_dict["stay_permit_category"] = stay_permit_category
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if hours_per_week is not UNSET:
            field_dict["hours_per_week"] = hours_per_week
        if employment_level is not UNSET:
            field_dict["employment_level"] = employment_level
        if annual_vacation_days_total is not UNSET:
            field_dict["annual_vacation_days_total"] = annual_vacation_days_total
        if address is not UNSET:
            field_dict["address"] = address
        if personal_number is not UNSET:
            field_dict["personal_number"] = personal_number
        if iban is not UNSET:
            field_dict["iban"] = iban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_address import EmployeeAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        nationality = d.pop("nationality")

        language = check_employee_language(d.pop("language"))

        marital_status = check_employee_marital_status(d.pop("marital_status"))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _date_of_birth = d.pop("date_of_birth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        ahv_number = d.pop("ahv_number", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: EmployeeGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_employee_gender(_gender)

        stay_permit_category = d.pop("stay_permit_category", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        hours_per_week = d.pop("hours_per_week", UNSET)

        employment_level = d.pop("employment_level", UNSET)

        annual_vacation_days_total = d.pop("annual_vacation_days_total", UNSET)

        _address = d.pop("address", UNSET)
        address: EmployeeAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = EmployeeAddress.from_dict(_address)

        personal_number = d.pop("personal_number", UNSET)

        iban = d.pop("iban", UNSET)

        employee = cls(
            id=id,
            nationality=nationality,
            language=language,
            marital_status=marital_status,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            ahv_number=ahv_number,
            gender=gender,
            stay_permit_category=stay_permit_category,
            email=email,
            phone_number=phone_number,
            hours_per_week=hours_per_week,
            employment_level=employment_level,
            annual_vacation_days_total=annual_vacation_days_total,
            address=address,
            personal_number=personal_number,
            iban=iban,
        )

        employee.additional_properties = d
        return employee

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
