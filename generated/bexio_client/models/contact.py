from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


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
    """ The postal code; a string, though bexio's samples return a number. """
    profile_image: None | str | Unset = UNSET
    """ The profile image, base64 encoded (returned when a single contact is fetched) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nr: None | str
        nr = self.nr

        contact_type_id = self.contact_type_id

        name_1 = self.name_1

        name_2: None | str
        name_2 = self.name_2

        salutation_id: int | None
        salutation_id = self.salutation_id

        salutation_form: int | None | str
        salutation_form = self.salutation_form

        title_id: int | None
        title_id = self.title_id

        birthday: None | str
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        address: None | str
        address = self.address

        city: None | str
        city = self.city

        country_id: int | None
        country_id = self.country_id

        mail: None | str
        mail = self.mail

        mail_second: None | str
        mail_second = self.mail_second

        phone_fixed: None | str
        phone_fixed = self.phone_fixed

        phone_fixed_second: None | str
        phone_fixed_second = self.phone_fixed_second

        phone_mobile: None | str
        phone_mobile = self.phone_mobile

        fax: None | str
        fax = self.fax

        url: None | str
        url = self.url

        skype_name: None | str
        skype_name = self.skype_name

        remarks: None | str
        remarks = self.remarks

        language_id: int | None
        language_id = self.language_id

        is_lead = self.is_lead

        contact_group_ids: None | str
        contact_group_ids = self.contact_group_ids

        contact_branch_ids: None | str
        contact_branch_ids = self.contact_branch_ids

        user_id = self.user_id

        owner_id = self.owner_id

        updated_at = self.updated_at

        postcode: int | None | str
        postcode = self.postcode

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "nr": nr,
                "contact_type_id": contact_type_id,
                "name_1": name_1,
                "name_2": name_2,
                "salutation_id": salutation_id,
                "salutation_form": salutation_form,
                "title_id": title_id,
                "birthday": birthday,
                "address": address,
                "city": city,
                "country_id": country_id,
                "mail": mail,
                "mail_second": mail_second,
                "phone_fixed": phone_fixed,
                "phone_fixed_second": phone_fixed_second,
                "phone_mobile": phone_mobile,
                "fax": fax,
                "url": url,
                "skype_name": skype_name,
                "remarks": remarks,
                "language_id": language_id,
                "is_lead": is_lead,
                "contact_group_ids": contact_group_ids,
                "contact_branch_ids": contact_branch_ids,
                "user_id": user_id,
                "owner_id": owner_id,
                "updated_at": updated_at,
                "postcode": postcode,
            }
        )
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        nr = _parse_nr(d.pop("nr"))

        contact_type_id = d.pop("contact_type_id")

        name_1 = d.pop("name_1")

        def _parse_name_2(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name_2 = _parse_name_2(d.pop("name_2"))

        def _parse_salutation_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        salutation_id = _parse_salutation_id(d.pop("salutation_id"))

        def _parse_salutation_form(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        salutation_form = _parse_salutation_form(d.pop("salutation_form"))

        def _parse_title_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        title_id = _parse_title_id(d.pop("title_id"))

        def _parse_birthday(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        birthday = _parse_birthday(d.pop("birthday"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        address = _parse_address(d.pop("address"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        city = _parse_city(d.pop("city"))

        def _parse_country_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        country_id = _parse_country_id(d.pop("country_id"))

        def _parse_mail(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        mail = _parse_mail(d.pop("mail"))

        def _parse_mail_second(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        mail_second = _parse_mail_second(d.pop("mail_second"))

        def _parse_phone_fixed(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        phone_fixed = _parse_phone_fixed(d.pop("phone_fixed"))

        def _parse_phone_fixed_second(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        phone_fixed_second = _parse_phone_fixed_second(d.pop("phone_fixed_second"))

        def _parse_phone_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        phone_mobile = _parse_phone_mobile(d.pop("phone_mobile"))

        def _parse_fax(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        fax = _parse_fax(d.pop("fax"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        url = _parse_url(d.pop("url"))

        def _parse_skype_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        skype_name = _parse_skype_name(d.pop("skype_name"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        remarks = _parse_remarks(d.pop("remarks"))

        def _parse_language_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        language_id = _parse_language_id(d.pop("language_id"))

        is_lead = d.pop("is_lead")

        def _parse_contact_group_ids(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        contact_group_ids = _parse_contact_group_ids(d.pop("contact_group_ids"))

        def _parse_contact_branch_ids(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        contact_branch_ids = _parse_contact_branch_ids(d.pop("contact_branch_ids"))

        user_id = d.pop("user_id")

        owner_id = d.pop("owner_id")

        updated_at = d.pop("updated_at")

        def _parse_postcode(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        postcode = _parse_postcode(d.pop("postcode"))

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        contact = cls(
            id=id,
            nr=nr,
            contact_type_id=contact_type_id,
            name_1=name_1,
            name_2=name_2,
            salutation_id=salutation_id,
            salutation_form=salutation_form,
            title_id=title_id,
            birthday=birthday,
            address=address,
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
            is_lead=is_lead,
            contact_group_ids=contact_group_ids,
            contact_branch_ids=contact_branch_ids,
            user_id=user_id,
            owner_id=owner_id,
            updated_at=updated_at,
            postcode=postcode,
            profile_image=profile_image,
        )

        contact.additional_properties = d
        return contact

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
