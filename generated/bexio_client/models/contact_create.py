from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCreate")


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
        contact_type_id = self.contact_type_id

        name_1 = self.name_1

        user_id = self.user_id

        owner_id = self.owner_id

        nr: None | str | Unset
        if isinstance(self.nr, Unset):
            nr = UNSET
        else:
            nr = self.nr

        name_2: None | str | Unset
        if isinstance(self.name_2, Unset):
            name_2 = UNSET
        else:
            name_2 = self.name_2

        salutation_id: int | None | Unset
        if isinstance(self.salutation_id, Unset):
            salutation_id = UNSET
        else:
            salutation_id = self.salutation_id

        salutation_form: int | None | Unset
        if isinstance(self.salutation_form, Unset):
            salutation_form = UNSET
        else:
            salutation_form = self.salutation_form

        title_id: int | None | Unset
        if isinstance(self.title_id, Unset):
            title_id = UNSET
        else:
            title_id = self.title_id

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        street_name: None | str | Unset
        if isinstance(self.street_name, Unset):
            street_name = UNSET
        else:
            street_name = self.street_name

        house_number: None | str | Unset
        if isinstance(self.house_number, Unset):
            house_number = UNSET
        else:
            house_number = self.house_number

        address_addition: None | str | Unset
        if isinstance(self.address_addition, Unset):
            address_addition = UNSET
        else:
            address_addition = self.address_addition

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        mail: None | str | Unset
        if isinstance(self.mail, Unset):
            mail = UNSET
        else:
            mail = self.mail

        mail_second: None | str | Unset
        if isinstance(self.mail_second, Unset):
            mail_second = UNSET
        else:
            mail_second = self.mail_second

        phone_fixed: None | str | Unset
        if isinstance(self.phone_fixed, Unset):
            phone_fixed = UNSET
        else:
            phone_fixed = self.phone_fixed

        phone_fixed_second: None | str | Unset
        if isinstance(self.phone_fixed_second, Unset):
            phone_fixed_second = UNSET
        else:
            phone_fixed_second = self.phone_fixed_second

        phone_mobile: None | str | Unset
        if isinstance(self.phone_mobile, Unset):
            phone_mobile = UNSET
        else:
            phone_mobile = self.phone_mobile

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        skype_name: None | str | Unset
        if isinstance(self.skype_name, Unset):
            skype_name = UNSET
        else:
            skype_name = self.skype_name

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        language_id: int | None | Unset
        if isinstance(self.language_id, Unset):
            language_id = UNSET
        else:
            language_id = self.language_id

        contact_group_ids: None | str | Unset
        if isinstance(self.contact_group_ids, Unset):
            contact_group_ids = UNSET
        else:
            contact_group_ids = self.contact_group_ids

        contact_branch_ids: None | str | Unset
        if isinstance(self.contact_branch_ids, Unset):
            contact_branch_ids = UNSET
        else:
            contact_branch_ids = self.contact_branch_ids

        postcode: int | None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_type_id": contact_type_id,
                "name_1": name_1,
                "user_id": user_id,
                "owner_id": owner_id,
            }
        )
        if nr is not UNSET:
            field_dict["nr"] = nr
        if name_2 is not UNSET:
            field_dict["name_2"] = name_2
        if salutation_id is not UNSET:
            field_dict["salutation_id"] = salutation_id
        if salutation_form is not UNSET:
            field_dict["salutation_form"] = salutation_form
        if title_id is not UNSET:
            field_dict["titel_id"] = title_id
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if address is not UNSET:
            field_dict["address"] = address
        if street_name is not UNSET:
            field_dict["street_name"] = street_name
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if address_addition is not UNSET:
            field_dict["address_addition"] = address_addition
        if city is not UNSET:
            field_dict["city"] = city
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if mail is not UNSET:
            field_dict["mail"] = mail
        if mail_second is not UNSET:
            field_dict["mail_second"] = mail_second
        if phone_fixed is not UNSET:
            field_dict["phone_fixed"] = phone_fixed
        if phone_fixed_second is not UNSET:
            field_dict["phone_fixed_second"] = phone_fixed_second
        if phone_mobile is not UNSET:
            field_dict["phone_mobile"] = phone_mobile
        if fax is not UNSET:
            field_dict["fax"] = fax
        if url is not UNSET:
            field_dict["url"] = url
        if skype_name is not UNSET:
            field_dict["skype_name"] = skype_name
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if contact_group_ids is not UNSET:
            field_dict["contact_group_ids"] = contact_group_ids
        if contact_branch_ids is not UNSET:
            field_dict["contact_branch_ids"] = contact_branch_ids
        if postcode is not UNSET:
            field_dict["postcode"] = postcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_type_id = d.pop("contact_type_id")

        name_1 = d.pop("name_1")

        user_id = d.pop("user_id")

        owner_id = d.pop("owner_id")

        def _parse_nr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        nr = _parse_nr(d.pop("nr", UNSET))

        def _parse_name_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name_2 = _parse_name_2(d.pop("name_2", UNSET))

        def _parse_salutation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        salutation_id = _parse_salutation_id(d.pop("salutation_id", UNSET))

        def _parse_salutation_form(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        salutation_form = _parse_salutation_form(d.pop("salutation_form", UNSET))

        def _parse_title_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        title_id = _parse_title_id(d.pop("titel_id", UNSET))

        def _parse_birthday(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None | Unset", data)

        birthday = _parse_birthday(d.pop("birthday", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_street_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        street_name = _parse_street_name(d.pop("street_name", UNSET))

        def _parse_house_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        house_number = _parse_house_number(d.pop("house_number", UNSET))

        def _parse_address_addition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address_addition = _parse_address_addition(d.pop("address_addition", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        country_id = _parse_country_id(d.pop("country_id", UNSET))

        def _parse_mail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        mail = _parse_mail(d.pop("mail", UNSET))

        def _parse_mail_second(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        mail_second = _parse_mail_second(d.pop("mail_second", UNSET))

        def _parse_phone_fixed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        phone_fixed = _parse_phone_fixed(d.pop("phone_fixed", UNSET))

        def _parse_phone_fixed_second(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        phone_fixed_second = _parse_phone_fixed_second(d.pop("phone_fixed_second", UNSET))

        def _parse_phone_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        phone_mobile = _parse_phone_mobile(d.pop("phone_mobile", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_skype_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        skype_name = _parse_skype_name(d.pop("skype_name", UNSET))

        def _parse_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        remarks = _parse_remarks(d.pop("remarks", UNSET))

        def _parse_language_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        language_id = _parse_language_id(d.pop("language_id", UNSET))

        def _parse_contact_group_ids(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        contact_group_ids = _parse_contact_group_ids(d.pop("contact_group_ids", UNSET))

        def _parse_contact_branch_ids(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        contact_branch_ids = _parse_contact_branch_ids(d.pop("contact_branch_ids", UNSET))

        def _parse_postcode(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | str | Unset", data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        contact_create = cls(
            contact_type_id=contact_type_id,
            name_1=name_1,
            user_id=user_id,
            owner_id=owner_id,
            nr=nr,
            name_2=name_2,
            salutation_id=salutation_id,
            salutation_form=salutation_form,
            title_id=title_id,
            birthday=birthday,
            address=address,
            street_name=street_name,
            house_number=house_number,
            address_addition=address_addition,
            city=city,
            country_id=country_id,
            mail=mail,
            mail_second=mail_second,
            phone_fixed=phone_fixed,
            phone_fixed_second=phone_fixed_second,
            phone_mobile=phone_mobile,
            fax=fax,
            url=url,
            skype_name=skype_name,
            remarks=remarks,
            language_id=language_id,
            contact_group_ids=contact_group_ids,
            contact_branch_ids=contact_branch_ids,
            postcode=postcode,
        )

        return contact_create
