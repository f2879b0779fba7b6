from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanyProfile")


@_attrs_define
class CompanyProfile:
    """The company profile as bexio returns it (fields read from the response sample)."""

    id: int
    name: str
    """ The name of the company """
    address: str
    address_nr: str
    postcode: int
    city: str
    country_id: int
    """ References a country object """
    legal_form: str
    """ The legal form of the company, e.g. association """
    country_name: str
    mail: str
    phone_fixed: str
    phone_mobile: str
    fax: str
    skype_name: str
    facebook_name: str
    twitter_name: str
    description: str
    ust_id_nr: str
    """ The company's VAT identification number (UID) """
    mwst_nr: str
    """ The company's VAT (MWST) number """
    trade_register_nr: str
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
    logo_base64: str
    """ The company logo, base64 encoded """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        address = self.address

        address_nr = self.address_nr

        postcode = self.postcode

        city = self.city

        country_id = self.country_id

        legal_form = self.legal_form

        country_name = self.country_name

        mail = self.mail

        phone_fixed = self.phone_fixed

        phone_mobile = self.phone_mobile

        fax = self.fax

        skype_name = self.skype_name

        facebook_name = self.facebook_name

        twitter_name = self.twitter_name

        description = self.description

        ust_id_nr = self.ust_id_nr

        mwst_nr = self.mwst_nr

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

        name = d.pop("name")

        address = d.pop("address")

        address_nr = d.pop("address_nr")

        postcode = d.pop("postcode")

        city = d.pop("city")

        country_id = d.pop("country_id")

        legal_form = d.pop("legal_form")

        country_name = d.pop("country_name")

        mail = d.pop("mail")

        phone_fixed = d.pop("phone_fixed")

        phone_mobile = d.pop("phone_mobile")

        fax = d.pop("fax")

        skype_name = d.pop("skype_name")

        facebook_name = d.pop("facebook_name")

        twitter_name = d.pop("twitter_name")

        description = d.pop("description")

        ust_id_nr = d.pop("ust_id_nr")

        mwst_nr = d.pop("mwst_nr")

        trade_register_nr = d.pop("trade_register_nr")

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

        logo_base64 = d.pop("logo_base64")

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
