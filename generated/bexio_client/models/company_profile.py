from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["address"] = self.address
        field_dict["address_nr"] = self.address_nr
        field_dict["postcode"] = self.postcode
        field_dict["city"] = self.city
        field_dict["country_id"] = self.country_id
        field_dict["legal_form"] = self.legal_form
        field_dict["country_name"] = self.country_name
        field_dict["mail"] = self.mail
        field_dict["phone_fixed"] = self.phone_fixed
        field_dict["phone_mobile"] = self.phone_mobile
        field_dict["fax"] = self.fax
        field_dict["skype_name"] = self.skype_name
        field_dict["facebook_name"] = self.facebook_name
        field_dict["twitter_name"] = self.twitter_name
        field_dict["description"] = self.description
        field_dict["ust_id_nr"] = self.ust_id_nr
        field_dict["mwst_nr"] = self.mwst_nr
        field_dict["trade_register_nr"] = self.trade_register_nr
        field_dict["has_own_logo"] = self.has_own_logo
        field_dict["is_public_profile"] = self.is_public_profile
        field_dict["is_logo_public"] = self.is_logo_public
        field_dict["is_address_public"] = self.is_address_public
        field_dict["is_phone_public"] = self.is_phone_public
        field_dict["is_mobile_public"] = self.is_mobile_public
        field_dict["is_fax_public"] = self.is_fax_public
        field_dict["is_mail_public"] = self.is_mail_public
        field_dict["is_url_public"] = self.is_url_public
        field_dict["is_skype_public"] = self.is_skype_public
        field_dict["logo_base64"] = self.logo_base64
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CompanyProfile from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            address = src_dict["address"]
            address_nr = src_dict["address_nr"]
            postcode = src_dict["postcode"]
            city = src_dict["city"]
            country_id = src_dict["country_id"]
            legal_form = src_dict["legal_form"]
            country_name = src_dict["country_name"]
            mail = src_dict["mail"]
            phone_fixed = src_dict["phone_fixed"]
            phone_mobile = src_dict["phone_mobile"]
            fax = src_dict["fax"]
            skype_name = src_dict["skype_name"]
            facebook_name = src_dict["facebook_name"]
            twitter_name = src_dict["twitter_name"]
            description = src_dict["description"]
            ust_id_nr = src_dict["ust_id_nr"]
            mwst_nr = src_dict["mwst_nr"]
            trade_register_nr = src_dict["trade_register_nr"]
            has_own_logo = src_dict["has_own_logo"]
            is_public_profile = src_dict["is_public_profile"]
            is_logo_public = src_dict["is_logo_public"]
            is_address_public = src_dict["is_address_public"]
            is_phone_public = src_dict["is_phone_public"]
            is_mobile_public = src_dict["is_mobile_public"]
            is_fax_public = src_dict["is_fax_public"]
            is_mail_public = src_dict["is_mail_public"]
            is_url_public = src_dict["is_url_public"]
            is_skype_public = src_dict["is_skype_public"]
            logo_base64 = src_dict["logo_base64"]
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (address is None or type(address) is str)
                and (address_nr is None or type(address_nr) is str)
                and (postcode is None or (type(postcode) is int or type(postcode) is str))
                and (city is None or type(city) is str)
                and (country_id is None or type(country_id) is int)
                and (legal_form is None or type(legal_form) is str)
                and (country_name is None or type(country_name) is str)
                and (mail is None or type(mail) is str)
                and (phone_fixed is None or type(phone_fixed) is str)
                and (phone_mobile is None or type(phone_mobile) is str)
                and (fax is None or type(fax) is str)
                and (skype_name is None or type(skype_name) is str)
                and (facebook_name is None or type(facebook_name) is str)
                and (twitter_name is None or type(twitter_name) is str)
                and (description is None or type(description) is str)
                and (ust_id_nr is None or type(ust_id_nr) is str)
                and (mwst_nr is None or type(mwst_nr) is str)
                and (trade_register_nr is None or type(trade_register_nr) is str)
                and type(has_own_logo) is bool
                and type(is_public_profile) is bool
                and type(is_logo_public) is bool
                and type(is_address_public) is bool
                and type(is_phone_public) is bool
                and type(is_mobile_public) is bool
                and type(is_fax_public) is bool
                and type(is_mail_public) is bool
                and type(is_url_public) is bool
                and type(is_skype_public) is bool
                and (logo_base64 is None or type(logo_base64) is str)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                address,
                address_nr,
                postcode,
                city,
                country_id,
                legal_form,
                country_name,
                mail,
                phone_fixed,
                phone_mobile,
                fax,
                skype_name,
                facebook_name,
                twitter_name,
                description,
                ust_id_nr,
                mwst_nr,
                trade_register_nr,
                has_own_logo,
                is_public_profile,
                is_logo_public,
                is_address_public,
                is_phone_public,
                is_mobile_public,
                is_fax_public,
                is_mail_public,
                is_url_public,
                is_skype_public,
                logo_base64,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 31:
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
    Field("name", "name", True, Nullable(STR)),
    Field("address", "address", True, Nullable(STR)),
    Field("address_nr", "address_nr", True, Nullable(STR)),
    Field(
        "postcode",
        "postcode",
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
    Field("city", "city", True, Nullable(STR)),
    Field("country_id", "country_id", True, Nullable(INT)),
    Field("legal_form", "legal_form", True, Nullable(STR)),
    Field("country_name", "country_name", True, Nullable(STR)),
    Field("mail", "mail", True, Nullable(STR)),
    Field("phone_fixed", "phone_fixed", True, Nullable(STR)),
    Field("phone_mobile", "phone_mobile", True, Nullable(STR)),
    Field("fax", "fax", True, Nullable(STR)),
    Field("skype_name", "skype_name", True, Nullable(STR)),
    Field("facebook_name", "facebook_name", True, Nullable(STR)),
    Field("twitter_name", "twitter_name", True, Nullable(STR)),
    Field("description", "description", True, Nullable(STR)),
    Field("ust_id_nr", "ust_id_nr", True, Nullable(STR)),
    Field("mwst_nr", "mwst_nr", True, Nullable(STR)),
    Field("trade_register_nr", "trade_register_nr", True, Nullable(STR)),
    Field("has_own_logo", "has_own_logo", True, BOOL),
    Field("is_public_profile", "is_public_profile", True, BOOL),
    Field("is_logo_public", "is_logo_public", True, BOOL),
    Field("is_address_public", "is_address_public", True, BOOL),
    Field("is_phone_public", "is_phone_public", True, BOOL),
    Field("is_mobile_public", "is_mobile_public", True, BOOL),
    Field("is_fax_public", "is_fax_public", True, BOOL),
    Field("is_mail_public", "is_mail_public", True, BOOL),
    Field("is_url_public", "is_url_public", True, BOOL),
    Field("is_skype_public", "is_skype_public", True, BOOL),
    Field("logo_base64", "logo_base64", True, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "address",
        "address_nr",
        "postcode",
        "city",
        "country_id",
        "legal_form",
        "country_name",
        "mail",
        "phone_fixed",
        "phone_mobile",
        "fax",
        "skype_name",
        "facebook_name",
        "twitter_name",
        "description",
        "ust_id_nr",
        "mwst_nr",
        "trade_register_nr",
        "has_own_logo",
        "is_public_profile",
        "is_logo_public",
        "is_address_public",
        "is_phone_public",
        "is_mobile_public",
        "is_fax_public",
        "is_mail_public",
        "is_url_public",
        "is_skype_public",
        "logo_base64",
    }
)
