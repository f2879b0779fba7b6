from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    DATE,
    INT,
    STR,
    Enum,
    Field,
    Model,
    dump,
    parse_date,
    read_model,
)
from ..models.employee_gender import EmployeeGender
from ..models.employee_language import EmployeeLanguage
from ..models.employee_marital_status import EmployeeMaritalStatus
from ..types import UNSET, Unset
from .employee_gender import EMPLOYEE_GENDER_VALUES
from .employee_language import EMPLOYEE_LANGUAGE_VALUES
from .employee_marital_status import EMPLOYEE_MARITAL_STATUS_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.first_name is not UNSET:
            field_dict["first_name"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["last_name"] = self.last_name
        if self.personal_number is not UNSET:
            field_dict["personal_number"] = self.personal_number
        if self.nationality is not UNSET:
            field_dict["nationality"] = self.nationality
        if self.iban is not UNSET:
            field_dict["iban"] = self.iban
        if self.ahv_number is not UNSET:
            field_dict["ahv_number"] = self.ahv_number
        if self.marital_status is not UNSET:
            field_dict["marital_status"] = self.marital_status
        if self.gender is not UNSET:
            field_dict["gender"] = self.gender
        if self.date_of_birth is not UNSET:
            field_dict["date_of_birth"] = dump(self.date_of_birth)
        if self.address is not UNSET:
            field_dict["address"] = dump(self.address)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.phone_number is not UNSET:
            field_dict["phone_number"] = self.phone_number
        if self.annual_vacation_days is not UNSET:
            field_dict["annual_vacation_days"] = self.annual_vacation_days
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A EmployeeWrite from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            email = src_dict.get("email", UNSET)
            first_name = src_dict.get("first_name", UNSET)
            last_name = src_dict.get("last_name", UNSET)
            personal_number = src_dict.get("personal_number", UNSET)
            nationality = src_dict.get("nationality", UNSET)
            iban = src_dict.get("iban", UNSET)
            ahv_number = src_dict.get("ahv_number", UNSET)
            marital_status = src_dict.get("marital_status", UNSET)
            gender = src_dict.get("gender", UNSET)
            date_of_birth = src_dict.get("date_of_birth", UNSET)
            if date_of_birth is not UNSET:
                date_of_birth = parse_date(date_of_birth)
            address = src_dict.get("address", UNSET)
            if address is not UNSET:
                address = EmployeeAddressWrite.from_dict(address)
            language = src_dict.get("language", UNSET)
            phone_number = src_dict.get("phone_number", UNSET)
            annual_vacation_days = src_dict.get("annual_vacation_days", UNSET)
            if not (
                (email is UNSET or type(email) is str)
                and (first_name is UNSET or type(first_name) is str)
                and (last_name is UNSET or type(last_name) is str)
                and (personal_number is UNSET or type(personal_number) is str)
                and (nationality is UNSET or type(nationality) is str)
                and (iban is UNSET or type(iban) is str)
                and (ahv_number is UNSET or type(ahv_number) is str)
                and (marital_status is UNSET or marital_status in EMPLOYEE_MARITAL_STATUS_VALUES)
                and (gender is UNSET or gender in EMPLOYEE_GENDER_VALUES)
                and (language is UNSET or language in EMPLOYEE_LANGUAGE_VALUES)
                and (phone_number is UNSET or type(phone_number) is str)
                and (annual_vacation_days is UNSET or type(annual_vacation_days) is int)
            ):
                raise TypeError
            self = cls(
                email,
                first_name,
                last_name,
                personal_number,
                nationality,
                iban,
                ahv_number,
                marital_status,
                gender,
                date_of_birth,
                address,
                language,
                phone_number,
                annual_vacation_days,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .employee_address_write import EmployeeAddressWrite  # noqa: E402

_FIELDS = (
    Field("email", "email", False, STR),
    Field("first_name", "first_name", False, STR),
    Field("last_name", "last_name", False, STR),
    Field("personal_number", "personal_number", False, STR),
    Field("nationality", "nationality", False, STR),
    Field("iban", "iban", False, STR),
    Field("ahv_number", "ahv_number", False, STR),
    Field("marital_status", "marital_status", False, Enum(EMPLOYEE_MARITAL_STATUS_VALUES)),
    Field("gender", "gender", False, Enum(EMPLOYEE_GENDER_VALUES)),
    Field("date_of_birth", "date_of_birth", False, DATE),
    Field("address", "address", False, Model(EmployeeAddressWrite)),
    Field("language", "language", False, Enum(EMPLOYEE_LANGUAGE_VALUES)),
    Field("phone_number", "phone_number", False, STR),
    Field("annual_vacation_days", "annual_vacation_days", False, INT),
)
_KNOWN = frozenset(
    {
        "email",
        "first_name",
        "last_name",
        "personal_number",
        "nationality",
        "iban",
        "ahv_number",
        "marital_status",
        "gender",
        "date_of_birth",
        "address",
        "language",
        "phone_number",
        "annual_vacation_days",
    }
)
