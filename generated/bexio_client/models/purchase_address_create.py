from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.purchase_address_create_type import PurchaseAddressCreateType, check_purchase_address_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAddressCreate")


@_attrs_define
class PurchaseAddressCreate:
    """Address (of the supplier) as sent with a Bill or an Expense."""

    lastname_company: str
    """ last name, or company name """
    type_: PurchaseAddressCreateType
    """ a person (PRIVATE) or a company (COMPANY) """
    title: str | Unset = UNSET
    """ personal title """
    salutation: str | Unset = UNSET
    firstname_suffix: str | Unset = UNSET
    """ first name, or company name suffix """
    address_line: str | Unset = UNSET
    """ street line """
    postcode: str | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    main_contact_id: int | Unset = UNSET
    """ References a contact object """
    contact_address_id: int | Unset = UNSET
    """ References an address of the contact """

    def to_dict(self) -> dict[str, Any]:
        lastname_company = self.lastname_company

        type_: str = self.type_

        title = self.title

        salutation = self.salutation

        firstname_suffix = self.firstname_suffix

        address_line = self.address_line

        postcode = self.postcode

        city = self.city

        country_code = self.country_code

        main_contact_id = self.main_contact_id

        contact_address_id = self.contact_address_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lastname_company": lastname_company,
                "type": type_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = firstname_suffix
        if address_line is not UNSET:
            field_dict["address_line"] = address_line
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if main_contact_id is not UNSET:
            field_dict["main_contact_id"] = main_contact_id
        if contact_address_id is not UNSET:
            field_dict["contact_address_id"] = contact_address_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lastname_company = d.pop("lastname_company")

        type_ = check_purchase_address_create_type(d.pop("type"))

        title = d.pop("title", UNSET)

        salutation = d.pop("salutation", UNSET)

        firstname_suffix = d.pop("firstname_suffix", UNSET)

        address_line = d.pop("address_line", UNSET)

        postcode = d.pop("postcode", UNSET)

        city = d.pop("city", UNSET)

        country_code = d.pop("country_code", UNSET)

        main_contact_id = d.pop("main_contact_id", UNSET)

        contact_address_id = d.pop("contact_address_id", UNSET)

        purchase_address_create = cls(
            lastname_company=lastname_company,
            type_=type_,
            title=title,
            salutation=salutation,
            firstname_suffix=firstname_suffix,
            address_line=address_line,
            postcode=postcode,
            city=city,
            country_code=country_code,
            main_contact_id=main_contact_id,
            contact_address_id=contact_address_id,
        )

        return purchase_address_create
