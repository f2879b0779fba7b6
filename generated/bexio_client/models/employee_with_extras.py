from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    DATE,
    INT,
    NUMBER,
    STR,
    UUID_TEXT,
    Enum,
    Field,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_uuid,
    read_model,
)
from ..models.employee_gender_read_type_1 import EmployeeGenderReadType1
from ..models.employee_gender_read_type_2_type_1 import (
    EmployeeGenderReadType2Type1,
)
from ..models.employee_gender_read_type_3_type_1 import (
    EmployeeGenderReadType3Type1,
)
from ..models.employee_language_read_type_1 import EmployeeLanguageReadType1
from ..models.employee_language_read_type_2_type_1 import (
    EmployeeLanguageReadType2Type1,
)
from ..models.employee_language_read_type_3_type_1 import (
    EmployeeLanguageReadType3Type1,
)
from ..models.employee_marital_status_read_type_1 import (
    EmployeeMaritalStatusReadType1,
)
from ..models.employee_marital_status_read_type_2_type_1 import (
    EmployeeMaritalStatusReadType2Type1,
)
from ..models.employee_marital_status_read_type_3_type_1 import (
    EmployeeMaritalStatusReadType3Type1,
)
from ..types import UNSET, Unset
from .employee_gender_read_type_1 import EMPLOYEE_GENDER_READ_TYPE_1_VALUES
from .employee_gender_read_type_2_type_1 import EMPLOYEE_GENDER_READ_TYPE_2_TYPE_1_VALUES
from .employee_gender_read_type_3_type_1 import EMPLOYEE_GENDER_READ_TYPE_3_TYPE_1_VALUES
from .employee_language_read_type_1 import EMPLOYEE_LANGUAGE_READ_TYPE_1_VALUES
from .employee_language_read_type_2_type_1 import EMPLOYEE_LANGUAGE_READ_TYPE_2_TYPE_1_VALUES
from .employee_language_read_type_3_type_1 import EMPLOYEE_LANGUAGE_READ_TYPE_3_TYPE_1_VALUES
from .employee_marital_status_read_type_1 import EMPLOYEE_MARITAL_STATUS_READ_TYPE_1_VALUES
from .employee_marital_status_read_type_2_type_1 import EMPLOYEE_MARITAL_STATUS_READ_TYPE_2_TYPE_1_VALUES
from .employee_marital_status_read_type_3_type_1 import EMPLOYEE_MARITAL_STATUS_READ_TYPE_3_TYPE_1_VALUES


@_attrs_define
class EmployeeWithExtras:
    """An employee with the figures of the requested date."""

    id: UUID
    """ The id of the employee. """
    nationality: None | str
    """ The nationality (ISO 3166-1 alpha-2); the special codes `11` mean unknown and `22` stateless. """
    language: EmployeeLanguageReadType1 | EmployeeLanguageReadType2Type1 | EmployeeLanguageReadType3Type1 | None
    """ The language of the employee. """
    marital_status: (
        EmployeeMaritalStatusReadType1
        | EmployeeMaritalStatusReadType2Type1
        | EmployeeMaritalStatusReadType3Type1
        | None
    )
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    ahv_number: None | str | Unset = UNSET
    """ The Swiss social security number (AHV). """
    gender: EmployeeGenderReadType1 | EmployeeGenderReadType2Type1 | EmployeeGenderReadType3Type1 | None | Unset = UNSET
    stay_permit_category: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    hours_per_week: float | None | str | Unset = UNSET
    employment_level: float | None | str | Unset = UNSET
    annual_vacation_days_total: int | None | str | Unset = UNSET
    address: EmployeeAddressType0 | None | Unset = UNSET
    """ The address of an employee. """
    personal_number: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    annual_vacation_days_used: int | None | str | Unset = UNSET
    annual_vacation_days_left: int | None | str | Unset = UNSET
    effective_working_hours_per_week: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = dump(self.id)
        field_dict["nationality"] = self.nationality
        field_dict["language"] = self.language
        field_dict["marital_status"] = self.marital_status
        if self.first_name is not UNSET:
            field_dict["first_name"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["last_name"] = self.last_name
        if self.date_of_birth is not UNSET:
            field_dict["date_of_birth"] = dump(self.date_of_birth)
        if self.ahv_number is not UNSET:
            field_dict["ahv_number"] = self.ahv_number
        if self.gender is not UNSET:
            field_dict["gender"] = self.gender
        if self.stay_permit_category is not UNSET:
            field_dict["stay_permit_category"] = self.stay_permit_category
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.phone_number is not UNSET:
            field_dict["phone_number"] = self.phone_number
        if self.hours_per_week is not UNSET:
            field_dict["hours_per_week"] = self.hours_per_week
        if self.employment_level is not UNSET:
            field_dict["employment_level"] = self.employment_level
        if self.annual_vacation_days_total is not UNSET:
            field_dict["annual_vacation_days_total"] = self.annual_vacation_days_total
        if self.address is not UNSET:
            field_dict["address"] = dump(self.address)
        if self.personal_number is not UNSET:
            field_dict["personal_number"] = self.personal_number
        if self.iban is not UNSET:
            field_dict["iban"] = self.iban
        if self.annual_vacation_days_used is not UNSET:
            field_dict["annual_vacation_days_used"] = self.annual_vacation_days_used
        if self.annual_vacation_days_left is not UNSET:
            field_dict["annual_vacation_days_left"] = self.annual_vacation_days_left
        if self.effective_working_hours_per_week is not UNSET:
            field_dict["effective_working_hours_per_week"] = self.effective_working_hours_per_week
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A EmployeeWithExtras from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            id = parse_uuid(id)
            nationality = src_dict["nationality"]
            language = src_dict["language"]
            marital_status = src_dict["marital_status"]
            first_name = src_dict.get("first_name", UNSET)
            last_name = src_dict.get("last_name", UNSET)
            date_of_birth = src_dict.get("date_of_birth", UNSET)
            if date_of_birth is not None and date_of_birth is not UNSET:
                date_of_birth = parse_date(date_of_birth)
            ahv_number = src_dict.get("ahv_number", UNSET)
            gender = src_dict.get("gender", UNSET)
            stay_permit_category = src_dict.get("stay_permit_category", UNSET)
            email = src_dict.get("email", UNSET)
            phone_number = src_dict.get("phone_number", UNSET)
            hours_per_week = src_dict.get("hours_per_week", UNSET)
            employment_level = src_dict.get("employment_level", UNSET)
            annual_vacation_days_total = src_dict.get("annual_vacation_days_total", UNSET)
            address = src_dict.get("address", UNSET)
            if address is not None and address is not UNSET:
                address = EmployeeAddressType0.from_dict(address)
            personal_number = src_dict.get("personal_number", UNSET)
            iban = src_dict.get("iban", UNSET)
            annual_vacation_days_used = src_dict.get("annual_vacation_days_used", UNSET)
            annual_vacation_days_left = src_dict.get("annual_vacation_days_left", UNSET)
            effective_working_hours_per_week = src_dict.get("effective_working_hours_per_week", UNSET)
            if not (
                (nationality is None or type(nationality) is str)
                and (
                    language is None
                    or (
                        language in EMPLOYEE_LANGUAGE_READ_TYPE_1_VALUES
                        or language in EMPLOYEE_LANGUAGE_READ_TYPE_2_TYPE_1_VALUES
                        or language in EMPLOYEE_LANGUAGE_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (
                    marital_status is None
                    or (
                        marital_status in EMPLOYEE_MARITAL_STATUS_READ_TYPE_1_VALUES
                        or marital_status in EMPLOYEE_MARITAL_STATUS_READ_TYPE_2_TYPE_1_VALUES
                        or marital_status in EMPLOYEE_MARITAL_STATUS_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (first_name is None or first_name is UNSET or type(first_name) is str)
                and (last_name is None or last_name is UNSET or type(last_name) is str)
                and (ahv_number is None or ahv_number is UNSET or type(ahv_number) is str)
                and (
                    gender is None
                    or gender is UNSET
                    or (
                        gender in EMPLOYEE_GENDER_READ_TYPE_1_VALUES
                        or gender in EMPLOYEE_GENDER_READ_TYPE_2_TYPE_1_VALUES
                        or gender in EMPLOYEE_GENDER_READ_TYPE_3_TYPE_1_VALUES
                    )
                )
                and (stay_permit_category is None or stay_permit_category is UNSET or type(stay_permit_category) is str)
                and (email is None or email is UNSET or type(email) is str)
                and (phone_number is None or phone_number is UNSET or type(phone_number) is str)
                and (
                    hours_per_week is None
                    or hours_per_week is UNSET
                    or (type(hours_per_week) in _NUMBER or type(hours_per_week) is str)
                )
                and (
                    employment_level is None
                    or employment_level is UNSET
                    or (type(employment_level) in _NUMBER or type(employment_level) is str)
                )
                and (
                    annual_vacation_days_total is None
                    or annual_vacation_days_total is UNSET
                    or (type(annual_vacation_days_total) is int or type(annual_vacation_days_total) is str)
                )
                and (personal_number is None or personal_number is UNSET or type(personal_number) is str)
                and (iban is None or iban is UNSET or type(iban) is str)
                and (
                    annual_vacation_days_used is None
                    or annual_vacation_days_used is UNSET
                    or (type(annual_vacation_days_used) is int or type(annual_vacation_days_used) is str)
                )
                and (
                    annual_vacation_days_left is None
                    or annual_vacation_days_left is UNSET
                    or (type(annual_vacation_days_left) is int or type(annual_vacation_days_left) is str)
                )
                and (
                    effective_working_hours_per_week is None
                    or effective_working_hours_per_week is UNSET
                    or (type(effective_working_hours_per_week) is int or type(effective_working_hours_per_week) is str)
                )
            ):
                raise TypeError
            self = cls(
                id,
                nationality,
                language,
                marital_status,
                first_name,
                last_name,
                date_of_birth,
                ahv_number,
                gender,
                stay_permit_category,
                email,
                phone_number,
                hours_per_week,
                employment_level,
                annual_vacation_days_total,
                address,
                personal_number,
                iban,
                annual_vacation_days_used,
                annual_vacation_days_left,
                effective_working_hours_per_week,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 4 and not _KNOWN.issuperset(src_dict):
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


from .employee_address_type_0 import EmployeeAddressType0  # noqa: E402

_FIELDS = (
    Field("id", "id", True, UUID_TEXT),
    Field("nationality", "nationality", True, Nullable(STR)),
    Field(
        "language",
        "language",
        True,
        Nullable(
            OneOf(
                (
                    Enum(EMPLOYEE_LANGUAGE_READ_TYPE_1_VALUES),
                    Enum(EMPLOYEE_LANGUAGE_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(EMPLOYEE_LANGUAGE_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field(
        "marital_status",
        "marital_status",
        True,
        Nullable(
            OneOf(
                (
                    Enum(EMPLOYEE_MARITAL_STATUS_READ_TYPE_1_VALUES),
                    Enum(EMPLOYEE_MARITAL_STATUS_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(EMPLOYEE_MARITAL_STATUS_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("first_name", "first_name", False, Nullable(STR)),
    Field("last_name", "last_name", False, Nullable(STR)),
    Field("date_of_birth", "date_of_birth", False, Nullable(DATE)),
    Field("ahv_number", "ahv_number", False, Nullable(STR)),
    Field(
        "gender",
        "gender",
        False,
        Nullable(
            OneOf(
                (
                    Enum(EMPLOYEE_GENDER_READ_TYPE_1_VALUES),
                    Enum(EMPLOYEE_GENDER_READ_TYPE_2_TYPE_1_VALUES),
                    Enum(EMPLOYEE_GENDER_READ_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
    Field("stay_permit_category", "stay_permit_category", False, Nullable(STR)),
    Field("email", "email", False, Nullable(STR)),
    Field("phone_number", "phone_number", False, Nullable(STR)),
    Field(
        "hours_per_week",
        "hours_per_week",
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
        "employment_level",
        "employment_level",
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
        "annual_vacation_days_total",
        "annual_vacation_days_total",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("address", "address", False, Nullable(Model(EmployeeAddressType0))),
    Field("personal_number", "personal_number", False, Nullable(STR)),
    Field("iban", "iban", False, Nullable(STR)),
    Field(
        "annual_vacation_days_used",
        "annual_vacation_days_used",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "annual_vacation_days_left",
        "annual_vacation_days_left",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "effective_working_hours_per_week",
        "effective_working_hours_per_week",
        False,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "nationality",
        "language",
        "marital_status",
        "first_name",
        "last_name",
        "date_of_birth",
        "ahv_number",
        "gender",
        "stay_permit_category",
        "email",
        "phone_number",
        "hours_per_week",
        "employment_level",
        "annual_vacation_days_total",
        "address",
        "personal_number",
        "iban",
        "annual_vacation_days_used",
        "annual_vacation_days_left",
        "effective_working_hours_per_week",
    }
)
