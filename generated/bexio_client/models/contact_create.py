from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
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
class ContactCreate:
    """A contact as sent to create or edit it (also the item of a bulk create)."""

    contact_type_id: int
    """ Please use the value 1 for companies or 2 for persons """
    name_1: str
    """ This field is used as the company name if the field contact_type_id is set to 1. Otherwise, the field is
    used as the last name of the person """
    user_id: int
    """ References a user object """
    owner_id: int
    nr: None | str | Unset = UNSET
    """ If set to null, the number will be assigned automatically. Must be a number, can also be used as integer """
    name_2: None | str | Unset = UNSET
    """ This field is used as the company addition if the field contact_type_id is set to 1. Otherwise, the field is
    used as the first name of the person """
    salutation_id: int | None | Unset = UNSET
    """ References a salutation object """
    salutation_form: int | None | Unset = UNSET
    title_id: int | None | Unset = UNSET
    """ References a title object (sent as `titel_id`; responses return it as `title_id`). """
    birthday: datetime.date | None | Unset = UNSET
    address: None | str | Unset = UNSET
    """ Deprecated in requests since 2025-06-04 / 2025-12-09: bexio's docs of 2026-06-19 no longer list it in
    request bodies (it is still returned). Send `street_name`, `house_number` and `address_addition` instead; it is
    kept here because bexio still accepts it. """
    street_name: None | str | Unset = UNSET
    """ The street (added 2025-06-04). Mandatory when `house_number` or `address_addition` is not null. """
    house_number: None | str | Unset = UNSET
    """ The house number (added 2025-06-04); needs `street_name`. """
    address_addition: None | str | Unset = UNSET
    """ An addition to the address, e.g. the building (added 2025-06-04); needs `street_name`. """
    city: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    """ References a country object """
    mail: None | str | Unset = UNSET
    mail_second: None | str | Unset = UNSET
    """ A second e-mail address, or the empty string (as every sample sends it). """
    phone_fixed: None | str | Unset = UNSET
    phone_fixed_second: None | str | Unset = UNSET
    phone_mobile: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    skype_name: None | str | Unset = UNSET
    remarks: None | str | Unset = UNSET
    language_id: int | None | Unset = UNSET
    """ References a language object """
    contact_group_ids: None | str | Unset = UNSET
    """ References one or multiple contact group objects: their ids, comma-separated, e.g. "1,2". """
    contact_branch_ids: None | str | Unset = UNSET
    """ References one or multiple contact sector objects: their ids, comma-separated, e.g. "1,2". """
    postcode: int | None | str | Unset = UNSET
    """ The postal code; a string, though bexio's samples give a number. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["contact_type_id"] = self.contact_type_id
        field_dict["name_1"] = self.name_1
        field_dict["user_id"] = self.user_id
        field_dict["owner_id"] = self.owner_id
        if self.nr is not UNSET:
            field_dict["nr"] = self.nr
        if self.name_2 is not UNSET:
            field_dict["name_2"] = self.name_2
        if self.salutation_id is not UNSET:
            field_dict["salutation_id"] = self.salutation_id
        if self.salutation_form is not UNSET:
            field_dict["salutation_form"] = self.salutation_form
        if self.title_id is not UNSET:
            field_dict["titel_id"] = self.title_id
        if self.birthday is not UNSET:
            field_dict["birthday"] = dump(self.birthday)
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.street_name is not UNSET:
            field_dict["street_name"] = self.street_name
        if self.house_number is not UNSET:
            field_dict["house_number"] = self.house_number
        if self.address_addition is not UNSET:
            field_dict["address_addition"] = self.address_addition
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country_id is not UNSET:
            field_dict["country_id"] = self.country_id
        if self.mail is not UNSET:
            field_dict["mail"] = self.mail
        if self.mail_second is not UNSET:
            field_dict["mail_second"] = self.mail_second
        if self.phone_fixed is not UNSET:
            field_dict["phone_fixed"] = self.phone_fixed
        if self.phone_fixed_second is not UNSET:
            field_dict["phone_fixed_second"] = self.phone_fixed_second
        if self.phone_mobile is not UNSET:
            field_dict["phone_mobile"] = self.phone_mobile
        if self.fax is not UNSET:
            field_dict["fax"] = self.fax
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.skype_name is not UNSET:
            field_dict["skype_name"] = self.skype_name
        if self.remarks is not UNSET:
            field_dict["remarks"] = self.remarks
        if self.language_id is not UNSET:
            field_dict["language_id"] = self.language_id
        if self.contact_group_ids is not UNSET:
            field_dict["contact_group_ids"] = self.contact_group_ids
        if self.contact_branch_ids is not UNSET:
            field_dict["contact_branch_ids"] = self.contact_branch_ids
        if self.postcode is not UNSET:
            field_dict["postcode"] = self.postcode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ContactCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            contact_type_id = src_dict["contact_type_id"]
            name_1 = src_dict["name_1"]
            user_id = src_dict["user_id"]
            owner_id = src_dict["owner_id"]
            nr = src_dict.get("nr", UNSET)
            name_2 = src_dict.get("name_2", UNSET)
            salutation_id = src_dict.get("salutation_id", UNSET)
            salutation_form = src_dict.get("salutation_form", UNSET)
            title_id = src_dict.get("titel_id", UNSET)
            birthday = src_dict.get("birthday", UNSET)
            if birthday is not None and birthday is not UNSET:
                birthday = parse_date(birthday)
            address = src_dict.get("address", UNSET)
            street_name = src_dict.get("street_name", UNSET)
            house_number = src_dict.get("house_number", UNSET)
            address_addition = src_dict.get("address_addition", UNSET)
            city = src_dict.get("city", UNSET)
            country_id = src_dict.get("country_id", UNSET)
            mail = src_dict.get("mail", UNSET)
            mail_second = src_dict.get("mail_second", UNSET)
            phone_fixed = src_dict.get("phone_fixed", UNSET)
            phone_fixed_second = src_dict.get("phone_fixed_second", UNSET)
            phone_mobile = src_dict.get("phone_mobile", UNSET)
            fax = src_dict.get("fax", UNSET)
            url = src_dict.get("url", UNSET)
            skype_name = src_dict.get("skype_name", UNSET)
            remarks = src_dict.get("remarks", UNSET)
            language_id = src_dict.get("language_id", UNSET)
            contact_group_ids = src_dict.get("contact_group_ids", UNSET)
            contact_branch_ids = src_dict.get("contact_branch_ids", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            if not (
                type(contact_type_id) is int
                and type(name_1) is str
                and type(user_id) is int
                and type(owner_id) is int
                and (nr is None or nr is UNSET or type(nr) is str)
                and (name_2 is None or name_2 is UNSET or type(name_2) is str)
                and (salutation_id is None or salutation_id is UNSET or type(salutation_id) is int)
                and (salutation_form is None or salutation_form is UNSET or type(salutation_form) is int)
                and (title_id is None or title_id is UNSET or type(title_id) is int)
                and (address is None or address is UNSET or type(address) is str)
                and (street_name is None or street_name is UNSET or type(street_name) is str)
                and (house_number is None or house_number is UNSET or type(house_number) is str)
                and (address_addition is None or address_addition is UNSET or type(address_addition) is str)
                and (city is None or city is UNSET or type(city) is str)
                and (country_id is None or country_id is UNSET or type(country_id) is int)
                and (mail is None or mail is UNSET or type(mail) is str)
                and (mail_second is None or mail_second is UNSET or type(mail_second) is str)
                and (phone_fixed is None or phone_fixed is UNSET or type(phone_fixed) is str)
                and (phone_fixed_second is None or phone_fixed_second is UNSET or type(phone_fixed_second) is str)
                and (phone_mobile is None or phone_mobile is UNSET or type(phone_mobile) is str)
                and (fax is None or fax is UNSET or type(fax) is str)
                and (url is None or url is UNSET or type(url) is str)
                and (skype_name is None or skype_name is UNSET or type(skype_name) is str)
                and (remarks is None or remarks is UNSET or type(remarks) is str)
                and (language_id is None or language_id is UNSET or type(language_id) is int)
                and (contact_group_ids is None or contact_group_ids is UNSET or type(contact_group_ids) is str)
                and (contact_branch_ids is None or contact_branch_ids is UNSET or type(contact_branch_ids) is str)
                and (postcode is None or postcode is UNSET or (type(postcode) is str or type(postcode) is int))
            ):
                raise TypeError
            self = cls(
                contact_type_id,
                name_1,
                user_id,
                owner_id,
                nr,
                name_2,
                salutation_id,
                salutation_form,
                title_id,
                birthday,
                address,
                street_name,
                house_number,
                address_addition,
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
                contact_group_ids,
                contact_branch_ids,
                postcode,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 4 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("contact_type_id", "contact_type_id", True, INT),
    Field("name_1", "name_1", True, STR),
    Field("user_id", "user_id", True, INT),
    Field("owner_id", "owner_id", True, INT),
    Field("nr", "nr", False, Nullable(STR)),
    Field("name_2", "name_2", False, Nullable(STR)),
    Field("salutation_id", "salutation_id", False, Nullable(INT)),
    Field("salutation_form", "salutation_form", False, Nullable(INT)),
    Field("title_id", "titel_id", False, Nullable(INT)),
    Field("birthday", "birthday", False, Nullable(DATE)),
    Field("address", "address", False, Nullable(STR)),
    Field("street_name", "street_name", False, Nullable(STR)),
    Field("house_number", "house_number", False, Nullable(STR)),
    Field("address_addition", "address_addition", False, Nullable(STR)),
    Field("city", "city", False, Nullable(STR)),
    Field("country_id", "country_id", False, Nullable(INT)),
    Field("mail", "mail", False, Nullable(STR)),
    Field("mail_second", "mail_second", False, Nullable(STR)),
    Field("phone_fixed", "phone_fixed", False, Nullable(STR)),
    Field("phone_fixed_second", "phone_fixed_second", False, Nullable(STR)),
    Field("phone_mobile", "phone_mobile", False, Nullable(STR)),
    Field("fax", "fax", False, Nullable(STR)),
    Field("url", "url", False, Nullable(STR)),
    Field("skype_name", "skype_name", False, Nullable(STR)),
    Field("remarks", "remarks", False, Nullable(STR)),
    Field("language_id", "language_id", False, Nullable(INT)),
    Field("contact_group_ids", "contact_group_ids", False, Nullable(STR)),
    Field("contact_branch_ids", "contact_branch_ids", False, Nullable(STR)),
    Field(
        "postcode",
        "postcode",
        False,
        Nullable(
            OneOf(
                (
                    STR,
                    INT,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "contact_type_id",
        "name_1",
        "user_id",
        "owner_id",
        "nr",
        "name_2",
        "salutation_id",
        "salutation_form",
        "titel_id",
        "birthday",
        "address",
        "street_name",
        "house_number",
        "address_addition",
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
        "contact_group_ids",
        "contact_branch_ids",
        "postcode",
    }
)
