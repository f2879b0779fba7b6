from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_address_type import PurchaseAddressType, check_purchase_address_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAddress")


@_attrs_define
class PurchaseAddress:
    """Address (of the supplier) of a Bill or an Expense, as bexio returns it."""

    lastname_company: None | str
    """ last name, or company name """
    type_: PurchaseAddressType
    """ a person (PRIVATE) or a company (COMPANY) """
    title: None | str | Unset = UNSET
    """ personal title """
    salutation: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    """ first name, or company name suffix """
    address_line: None | str | Unset = UNSET
    """ street line """
    postcode: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    main_contact_id: int | None | Unset = UNSET
    """ References a contact object """
    contact_address_id: int | None | Unset = UNSET
    """ References an address of the contact """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lastname_company: None | str
        lastname_company = self.lastname_company

        type_: str = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        salutation: None | str | Unset
        if isinstance(self.salutation, Unset):
            salutation = UNSET
        else:
            salutation = self.salutation

        firstname_suffix: None | str | Unset
        if isinstance(self.firstname_suffix, Unset):
            firstname_suffix = UNSET
        else:
            firstname_suffix = self.firstname_suffix

        address_line: None | str | Unset
        if isinstance(self.address_line, Unset):
            address_line = UNSET
        else:
            address_line = self.address_line

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        main_contact_id: int | None | Unset
        if isinstance(self.main_contact_id, Unset):
            main_contact_id = UNSET
        else:
            main_contact_id = self.main_contact_id

        contact_address_id: int | None | Unset
        if isinstance(self.contact_address_id, Unset):
            contact_address_id = UNSET
        else:
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

        def _parse_lastname_company(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        lastname_company = _parse_lastname_company(d.pop("lastname_company"))

        type_ = check_purchase_address_type(d.pop("type"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_salutation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        salutation = _parse_salutation(d.pop("salutation", UNSET))

        def _parse_firstname_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        firstname_suffix = _parse_firstname_suffix(d.pop("firstname_suffix", UNSET))

        def _parse_address_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        address_line = _parse_address_line(d.pop("address_line", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_main_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        main_contact_id = _parse_main_contact_id(d.pop("main_contact_id", UNSET))

        def _parse_contact_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_address_id = _parse_contact_address_id(d.pop("contact_address_id", UNSET))

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
