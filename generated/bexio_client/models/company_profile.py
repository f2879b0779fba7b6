from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanyProfile")


@_attrs_define
class CompanyProfile:
    """The company profile as bexio returns it (fields read from the response sample)."""

    id: int
    name: None | str
    """ The name of the company """
    address: None | str
    address_nr: None | str
    postcode: int | None | str
    city: None | str
    country_id: int | None
    """ References a country object """
    legal_form: None | str
    """ The legal form of the company, e.g. association """
    country_name: None | str
    mail: None | str
    phone_fixed: None | str
    phone_mobile: None | str
    fax: None | str
    skype_name: None | str
    facebook_name: None | str
    twitter_name: None | str
    description: None | str
    ust_id_nr: None | str
    """ The company's VAT identification number (UID) """
    mwst_nr: None | str
    """ The company's VAT (MWST) number """
    trade_register_nr: None | str
    has_own_logo: bool
    is_public_profile: bool
    is_logo_public: bool
    is_address_public: bool
    is_phone_public: bool
    is_mobile_public: bool
    is_fax_public: bool
    is_mail_public: bool
    is_url_public: bool
    is_skype_public: bool
    logo_base64: None | str
    """ The company logo, base64 encoded """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        address_nr: None | str
        address_nr = self.address_nr

        postcode: int | None | str
        postcode = self.postcode

        city: None | str
        city = self.city

        country_id: int | None
        country_id = self.country_id

        legal_form: None | str
        legal_form = self.legal_form

        country_name: None | str
        country_name = self.country_name

        mail: None | str
        mail = self.mail

        phone_fixed: None | str
        phone_fixed = self.phone_fixed

        phone_mobile: None | str
        phone_mobile = self.phone_mobile

        fax: None | str
        fax = self.fax

        skype_name: None | str
        skype_name = self.skype_name

        facebook_name: None | str
        facebook_name = self.facebook_name

        twitter_name: None | str
        twitter_name = self.twitter_name

        description: None | str
        description = self.description

        ust_id_nr: None | str
        ust_id_nr = self.ust_id_nr

        mwst_nr: None | str
        mwst_nr = self.mwst_nr

        trade_register_nr: None | str
        trade_register_nr = self.trade_register_nr

        has_own_logo = self.has_own_logo

        is_public_profile = self.is_public_profile

        is_logo_public = self.is_logo_public

        is_address_public = self.is_address_public

        is_phone_public = self.is_phone_public

        is_mobile_public = self.is_mobile_public

        is_fax_public = self.is_fax_public

        is_mail_public = self.is_mail_public

        is_url_public = self.is_url_public

        is_skype_public = self.is_skype_public

        logo_base64: None | str
        logo_base64 = self.logo_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "address": address,
                "address_nr": address_nr,
                "postcode": postcode,
                "city": city,
                "country_id": country_id,
                "legal_form": legal_form,
                "country_name": country_name,
                "mail": mail,
                "phone_fixed": phone_fixed,
                "phone_mobile": phone_mobile,
                "fax": fax,
                "skype_name": skype_name,
                "facebook_name": facebook_name,
                "twitter_name": twitter_name,
                "description": description,
                "ust_id_nr": ust_id_nr,
                "mwst_nr": mwst_nr,
                "trade_register_nr": trade_register_nr,
                "has_own_logo": has_own_logo,
                "is_public_profile": is_public_profile,
                "is_logo_public": is_logo_public,
                "is_address_public": is_address_public,
                "is_phone_public": is_phone_public,
                "is_mobile_public": is_mobile_public,
                "is_fax_public": is_fax_public,
                "is_mail_public": is_mail_public,
                "is_url_public": is_url_public,
                "is_skype_public": is_skype_public,
                "logo_base64": logo_base64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        address = _parse_address(d.pop("address"))

        def _parse_address_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        address_nr = _parse_address_nr(d.pop("address_nr"))

        def _parse_postcode(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        postcode = _parse_postcode(d.pop("postcode"))

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

        def _parse_legal_form(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        legal_form = _parse_legal_form(d.pop("legal_form"))

        def _parse_country_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        country_name = _parse_country_name(d.pop("country_name"))

        def _parse_mail(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        mail = _parse_mail(d.pop("mail"))

        def _parse_phone_fixed(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        phone_fixed = _parse_phone_fixed(d.pop("phone_fixed"))

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

        def _parse_skype_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        skype_name = _parse_skype_name(d.pop("skype_name"))

        def _parse_facebook_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        facebook_name = _parse_facebook_name(d.pop("facebook_name"))

        def _parse_twitter_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        twitter_name = _parse_twitter_name(d.pop("twitter_name"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        description = _parse_description(d.pop("description"))

        def _parse_ust_id_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        ust_id_nr = _parse_ust_id_nr(d.pop("ust_id_nr"))

        def _parse_mwst_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        mwst_nr = _parse_mwst_nr(d.pop("mwst_nr"))

        def _parse_trade_register_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        trade_register_nr = _parse_trade_register_nr(d.pop("trade_register_nr"))

        has_own_logo = d.pop("has_own_logo")

        is_public_profile = d.pop("is_public_profile")

        is_logo_public = d.pop("is_logo_public")

        is_address_public = d.pop("is_address_public")

        is_phone_public = d.pop("is_phone_public")

        is_mobile_public = d.pop("is_mobile_public")

        is_fax_public = d.pop("is_fax_public")

        is_mail_public = d.pop("is_mail_public")

        is_url_public = d.pop("is_url_public")

        is_skype_public = d.pop("is_skype_public")

        def _parse_logo_base64(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        logo_base64 = _parse_logo_base64(d.pop("logo_base64"))

        company_profile = cls(
            id=id,
            name=name,
            address=address,
            address_nr=address_nr,
            postcode=postcode,
            city=city,
            country_id=country_id,
            legal_form=legal_form,
            country_name=country_name,
            mail=mail,
            phone_fixed=phone_fixed,
            phone_mobile=phone_mobile,
            fax=fax,
            skype_name=skype_name,
            facebook_name=facebook_name,
            twitter_name=twitter_name,
            description=description,
            ust_id_nr=ust_id_nr,
            mwst_nr=mwst_nr,
            trade_register_nr=trade_register_nr,
            has_own_logo=has_own_logo,
            is_public_profile=is_public_profile,
            is_logo_public=is_logo_public,
            is_address_public=is_address_public,
            is_phone_public=is_phone_public,
            is_mobile_public=is_mobile_public,
            is_fax_public=is_fax_public,
            is_mail_public=is_mail_public,
            is_url_public=is_url_public,
            is_skype_public=is_skype_public,
            logo_base64=logo_base64,
        )

        company_profile.additional_properties = d
        return company_profile

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
