from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.employee_gender import EmployeeGender, check_employee_gender
from ..models.employee_language import EmployeeLanguage, check_employee_language
from ..models.employee_marital_status import EmployeeMaritalStatus, check_employee_marital_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_address_write import EmployeeAddressWrite


T = TypeVar("T", bound="EmployeeWrite")


@_attrs_define
class EmployeeWrite:
    """The master data of an employee to create or change."""

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    personal_number: str | Unset = UNSET
    nationality: str | Unset = UNSET
    """ The nationality (ISO 3166-1 alpha-2); the special codes `11` mean unknown and `22` stateless. """
    iban: str | Unset = UNSET
    ahv_number: str | Unset = UNSET
    """ The Swiss social security number (AHV). """
    marital_status: EmployeeMaritalStatus | Unset = UNSET
    gender: EmployeeGender | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    address: EmployeeAddressWrite | Unset = UNSET
    """ The address of an employee, as sent. """
    language: EmployeeLanguage | Unset = UNSET
    """ The language of the employee. """
    phone_number: str | Unset = UNSET
    annual_vacation_days: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        personal_number = self.personal_number

        nationality = self.nationality

        iban = self.iban

        ahv_number = self.ahv_number

        marital_status: str | Unset = UNSET
        if not isinstance(self.marital_status, Unset):
            marital_status = self.marital_status

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        phone_number = self.phone_number

        annual_vacation_days = self.annual_vacation_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if personal_number is not UNSET:
            field_dict["personal_number"] = personal_number
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if iban is not UNSET:
            field_dict["iban"] = iban
        if ahv_number is not UNSET:
            field_dict["ahv_number"] = ahv_number
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if address is not UNSET:
            field_dict["address"] = address
        if language is not UNSET:
            field_dict["language"] = language
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if annual_vacation_days is not UNSET:
            field_dict["annual_vacation_days"] = annual_vacation_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_address_write import EmployeeAddressWrite  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        personal_number = d.pop("personal_number", UNSET)

        nationality = d.pop("nationality", UNSET)

        iban = d.pop("iban", UNSET)

        ahv_number = d.pop("ahv_number", UNSET)

        _marital_status = d.pop("marital_status", UNSET)
        marital_status: EmployeeMaritalStatus | Unset
        if isinstance(_marital_status, Unset):
            marital_status = UNSET
        else:
            marital_status = check_employee_marital_status(_marital_status)

        _gender = d.pop("gender", UNSET)
        gender: EmployeeGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_employee_gender(_gender)

        _date_of_birth = d.pop("date_of_birth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        _address = d.pop("address", UNSET)
        address: EmployeeAddressWrite | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = EmployeeAddressWrite.from_dict(_address)

        _language = d.pop("language", UNSET)
        language: EmployeeLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_employee_language(_language)

        phone_number = d.pop("phone_number", UNSET)

        annual_vacation_days = d.pop("annual_vacation_days", UNSET)

        employee_write = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            personal_number=personal_number,
            nationality=nationality,
            iban=iban,
            ahv_number=ahv_number,
            marital_status=marital_status,
            gender=gender,
            date_of_birth=date_of_birth,
            address=address,
            language=language,
            phone_number=phone_number,
            annual_vacation_days=annual_vacation_days,
        )

        return employee_write
