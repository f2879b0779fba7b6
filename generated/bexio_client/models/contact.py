from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATE,
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Contact:
    """A contact as bexio returns it (fields read from the response samples)."""

    id: int
    nr: None | str
    """ If set to null, the number will be assigned automatically. Must be a number, can also be used as integer """
    contact_type_id: int
    """ Please use the value 1 for companies or 2 for persons """
    name_1: str
    """ This field is used as the company name if the field contact_type_id is set to 1. Otherwise, the field is
    used as the last name of the person """
    name_2: None | str
    """ This field is used as the company addition if the field contact_type_id is set to 1. Otherwise, the field is
    used as the first name of the person """
    salutation_id: int | None
    """ References a salutation object """
    salutation_form: int | None | str
    title_id: int | None
    """ References a title object """
    birthday: datetime.date | None
    address: None | str
    city: None | str
    country_id: int | None
    """ References a country object """
    mail: None | str
    """ The e-mail address, the empty string (no address) or null. """
    mail_second: None | str
    """ A second e-mail address, or the empty string (as every sample sends it). """
    phone_fixed: None | str
    phone_fixed_second: None | str
    phone_mobile: None | str
    fax: None | str
    url: None | str
    skype_name: None | str
    remarks: None | str
    language_id: int | None
    """ References a language object """
    is_lead: bool
    contact_group_ids: None | str
    """ References one or multiple contact group objects: their ids, comma-separated, e.g. "1,2". """
    contact_branch_ids: None | str
    """ References one or multiple contact sector objects: their ids, comma-separated, e.g. "1,2". """
    user_id: int
    """ References a user object """
    owner_id: int
    updated_at: str
    """ Time of the last change, `YYYY-MM-DD HH:MM:SS` """
    postcode: int | None | str
    """ The postal code; a string, though bexio's samples give a number. """
    street_name: None | str | Unset = UNSET
    """ The street (added 2025-06-04). """
    house_number: None | str | Unset = UNSET
    """ The house number (added 2025-06-04). """
    address_addition: None | str | Unset = UNSET
    """ An addition to the address, e.g. the building (added 2025-06-04). """
    profile_image: None | str | Unset = UNSET
    """ The profile image, base64 encoded (returned when a single contact is fetched) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["nr"] = self.nr
        field_dict["contact_type_id"] = self.contact_type_id
        field_dict["name_1"] = self.name_1
        field_dict["name_2"] = self.name_2
        field_dict["salutation_id"] = self.salutation_id
        field_dict["salutation_form"] = self.salutation_form
        field_dict["title_id"] = self.title_id
        field_dict["birthday"] = dump(self.birthday)
        field_dict["address"] = self.address
        field_dict["city"] = self.city
        field_dict["country_id"] = self.country_id
        field_dict["mail"] = self.mail
        field_dict["mail_second"] = self.mail_second
        field_dict["phone_fixed"] = self.phone_fixed
        field_dict["phone_fixed_second"] = self.phone_fixed_second
        field_dict["phone_mobile"] = self.phone_mobile
        field_dict["fax"] = self.fax
        field_dict["url"] = self.url
        field_dict["skype_name"] = self.skype_name
        field_dict["remarks"] = self.remarks
        field_dict["language_id"] = self.language_id
        field_dict["is_lead"] = self.is_lead
        field_dict["contact_group_ids"] = self.contact_group_ids
        field_dict["contact_branch_ids"] = self.contact_branch_ids
        field_dict["user_id"] = self.user_id
        field_dict["owner_id"] = self.owner_id
        field_dict["updated_at"] = self.updated_at
        field_dict["postcode"] = self.postcode
        if self.street_name is not UNSET:
            field_dict["street_name"] = self.street_name
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        if self.address_addition is not UNSET:
            field_dict["address_addition"] = self.address_addition
        if self.profile_image is not UNSET:
            field_dict["profile_image"] = self.profile_image
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Contact from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            nr = src_dict["nr"]
            contact_type_id = src_dict["contact_type_id"]
            name_1 = src_dict["name_1"]
            name_2 = src_dict["name_2"]
            salutation_id = src_dict["salutation_id"]
            salutation_form = src_dict["salutation_form"]
            title_id = src_dict["title_id"]
            birthday = src_dict["birthday"]
            if birthday is not None:
                birthday = parse_date(birthday)
            address = src_dict["address"]
            city = src_dict["city"]
            country_id = src_dict["country_id"]
            mail = src_dict["mail"]
            mail_second = src_dict["mail_second"]
            phone_fixed = src_dict["phone_fixed"]
            phone_fixed_second = src_dict["phone_fixed_second"]
            phone_mobile = src_dict["phone_mobile"]
            fax = src_dict["fax"]
            url = src_dict["url"]
            skype_name = src_dict["skype_name"]
            remarks = src_dict["remarks"]
            language_id = src_dict["language_id"]
            is_lead = src_dict["is_lead"]
            contact_group_ids = src_dict["contact_group_ids"]
            contact_branch_ids = src_dict["contact_branch_ids"]
            user_id = src_dict["user_id"]
            owner_id = src_dict["owner_id"]
            updated_at = src_dict["updated_at"]
            postcode = src_dict["postcode"]
            street_name = src_dict.get("street_name", UNSET)
            house_number = src_dict.get("house_number", UNSET)
            address_addition = src_dict.get("address_addition", UNSET)
            profile_image = src_dict.get("profile_image", UNSET)
            if not (
                type(id) is int
                and (nr is None or type(nr) is str)
                and type(contact_type_id) is int
                and type(name_1) is str
                and (name_2 is None or type(name_2) is str)
                and (salutation_id is None or type(salutation_id) is int)
                and (salutation_form is None or (type(salutation_form) is int or type(salutation_form) is str))
                and (title_id is None or type(title_id) is int)
                and (address is None or type(address) is str)
                and (city is None or type(city) is str)
                and (country_id is None or type(country_id) is int)
                and (mail is None or type(mail) is str)
                and (mail_second is None or type(mail_second) is str)
                and (phone_fixed is None or type(phone_fixed) is str)
                and (phone_fixed_second is None or type(phone_fixed_second) is str)
                and (phone_mobile is None or type(phone_mobile) is str)
                and (fax is None or type(fax) is str)
                and (url is None or type(url) is str)
                and (skype_name is None or type(skype_name) is str)
                and (remarks is None or type(remarks) is str)
                and (language_id is None or type(language_id) is int)
                and type(is_lead) is bool
                and (contact_group_ids is None or type(contact_group_ids) is str)
                and (contact_branch_ids is None or type(contact_branch_ids) is str)
                and type(user_id) is int
                and type(owner_id) is int
                and type(updated_at) is str
                and (postcode is None or (type(postcode) is str or type(postcode) is int))
                and (street_name is None or street_name is UNSET or type(street_name) is str)
                and (house_number is None or house_number is UNSET or type(house_number) is str)
                and (address_addition is None or address_addition is UNSET or type(address_addition) is str)
                and (profile_image is None or profile_image is UNSET or type(profile_image) is str)
            ):
                raise TypeError
            self = cls(
                id,
                nr,
                contact_type_id,
                name_1,
                name_2,
                salutation_id,
                salutation_form,
                title_id,
                birthday,
                address,
                city,
                country_id,
                mail,
                mail_second,
                phone_fixed,
                phone_fixed_second,
                phone_mobile,
                fax,
                url,
                skype_name,
                remarks,
                language_id,
                is_lead,
                contact_group_ids,
                contact_branch_ids,
                user_id,
                owner_id,
                updated_at,
                postcode,
                street_name,
                house_number,
                address_addition,
                profile_image,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 29 + (street_name is not UNSET) + (house_number is not UNSET) + (
            address_addition is not UNSET
        ) + (profile_image is not UNSET):
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
    Field("nr", "nr", True, Nullable(STR)),
    Field("contact_type_id", "contact_type_id", True, INT),
    Field("name_1", "name_1", True, STR),
    Field("name_2", "name_2", True, Nullable(STR)),
    Field("salutation_id", "salutation_id", True, Nullable(INT)),
    Field(
        "salutation_form",
        "salutation_form",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("title_id", "title_id", True, Nullable(INT)),
    Field("birthday", "birthday", True, Nullable(DATE)),
    Field("address", "address", True, Nullable(STR)),
    Field("city", "city", True, Nullable(STR)),
    Field("country_id", "country_id", True, Nullable(INT)),
    Field("mail", "mail", True, Nullable(STR)),
    Field("mail_second", "mail_second", True, Nullable(STR)),
    Field("phone_fixed", "phone_fixed", True, Nullable(STR)),
    Field("phone_fixed_second", "phone_fixed_second", True, Nullable(STR)),
    Field("phone_mobile", "phone_mobile", True, Nullable(STR)),
    Field("fax", "fax", True, Nullable(STR)),
    Field("url", "url", True, Nullable(STR)),
    Field("skype_name", "skype_name", True, Nullable(STR)),
    Field("remarks", "remarks", True, Nullable(STR)),
    Field("language_id", "language_id", True, Nullable(INT)),
    Field("is_lead", "is_lead", True, BOOL),
    Field("contact_group_ids", "contact_group_ids", True, Nullable(STR)),
    Field("contact_branch_ids", "contact_branch_ids", True, Nullable(STR)),
    Field("user_id", "user_id", True, INT),
    Field("owner_id", "owner_id", True, INT),
    Field("updated_at", "updated_at", True, STR),
    Field(
        "postcode",
        "postcode",
        True,
        Nullable(
            OneOf(
                (
                    STR,
                    INT,
                )
            )
        ),
    ),
    Field("street_name", "street_name", False, Nullable(STR)),
    Field("house_number", "house_number", False, Nullable(STR)),
    Field("address_addition", "address_addition", False, Nullable(STR)),
    Field("profile_image", "profile_image", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "nr",
        "contact_type_id",
        "name_1",
        "name_2",
        "salutation_id",
        "salutation_form",
        "title_id",
        "birthday",
        "address",
        "city",
        "country_id",
        "mail",
        "mail_second",
        "phone_fixed",
        "phone_fixed_second",
        "phone_mobile",
        "fax",
        "url",
        "skype_name",
        "remarks",
        "language_id",
        "is_lead",
        "contact_group_ids",
        "contact_branch_ids",
        "user_id",
        "owner_id",
        "updated_at",
        "postcode",
        "street_name",
        "house_number",
        "address_addition",
        "profile_image",
    }
)
