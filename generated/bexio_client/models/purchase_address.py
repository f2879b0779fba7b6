from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_address_type import PurchaseAddressType, check_purchase_address_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAddress")


@_attrs_define
class PurchaseAddress:
    """Address (of the supplier) of a Bill or an Expense, as bexio returns it."""

    lastname_company: str
    """ last name, or company name """
    type_: PurchaseAddressType
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        type_ = check_purchase_address_type(d.pop("type"))

        title = d.pop("title", UNSET)

        salutation = d.pop("salutation", UNSET)

        firstname_suffix = d.pop("firstname_suffix", UNSET)

        address_line = d.pop("address_line", UNSET)

        postcode = d.pop("postcode", UNSET)

        city = d.pop("city", UNSET)

        country_code = d.pop("country_code", UNSET)

        main_contact_id = d.pop("main_contact_id", UNSET)

        contact_address_id = d.pop("contact_address_id", UNSET)

        purchase_address = cls(
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

        purchase_address.additional_properties = d
        return purchase_address

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
