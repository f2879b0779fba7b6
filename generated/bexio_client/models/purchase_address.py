from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.purchase_address_type import PurchaseAddressType
from ..types import UNSET, Unset
from .purchase_address_type import PURCHASE_ADDRESS_TYPE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["lastname_company"] = self.lastname_company
        field_dict["type"] = self.type_
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.salutation is not UNSET:
            field_dict["salutation"] = self.salutation
        if self.firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = self.firstname_suffix
        if self.address_line is not UNSET:
            field_dict["address_line"] = self.address_line
        if self.postcode is not UNSET:
            field_dict["postcode"] = self.postcode
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country_code is not UNSET:
            field_dict["country_code"] = self.country_code
        if self.main_contact_id is not UNSET:
            field_dict["main_contact_id"] = self.main_contact_id
        if self.contact_address_id is not UNSET:
            field_dict["contact_address_id"] = self.contact_address_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseAddress from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            lastname_company = src_dict["lastname_company"]
            type_ = src_dict["type"]
            title = src_dict.get("title", UNSET)
            salutation = src_dict.get("salutation", UNSET)
            firstname_suffix = src_dict.get("firstname_suffix", UNSET)
            address_line = src_dict.get("address_line", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            city = src_dict.get("city", UNSET)
            country_code = src_dict.get("country_code", UNSET)
            main_contact_id = src_dict.get("main_contact_id", UNSET)
            contact_address_id = src_dict.get("contact_address_id", UNSET)
            if not (
                (lastname_company is None or type(lastname_company) is str)
                and type_ in PURCHASE_ADDRESS_TYPE_VALUES
                and (title is None or title is UNSET or type(title) is str)
                and (salutation is None or salutation is UNSET or type(salutation) is str)
                and (firstname_suffix is None or firstname_suffix is UNSET or type(firstname_suffix) is str)
                and (address_line is None or address_line is UNSET or type(address_line) is str)
                and (postcode is None or postcode is UNSET or type(postcode) is str)
                and (city is None or city is UNSET or type(city) is str)
                and (country_code is None or country_code is UNSET or type(country_code) is str)
                and (main_contact_id is None or main_contact_id is UNSET or type(main_contact_id) is int)
                and (contact_address_id is None or contact_address_id is UNSET or type(contact_address_id) is int)
            ):
                raise TypeError
            self = cls(
                lastname_company,
                type_,
                title,
                salutation,
                firstname_suffix,
                address_line,
                postcode,
                city,
                country_code,
                main_contact_id,
                contact_address_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2 and not _KNOWN.issuperset(src_dict):
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
    Field("lastname_company", "lastname_company", True, Nullable(STR)),
    Field("type_", "type", True, Enum(PURCHASE_ADDRESS_TYPE_VALUES)),
    Field("title", "title", False, Nullable(STR)),
    Field("salutation", "salutation", False, Nullable(STR)),
    Field("firstname_suffix", "firstname_suffix", False, Nullable(STR)),
    Field("address_line", "address_line", False, Nullable(STR)),
    Field("postcode", "postcode", False, Nullable(STR)),
    Field("city", "city", False, Nullable(STR)),
    Field("country_code", "country_code", False, Nullable(STR)),
    Field("main_contact_id", "main_contact_id", False, Nullable(INT)),
    Field("contact_address_id", "contact_address_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "lastname_company",
        "type",
        "title",
        "salutation",
        "firstname_suffix",
        "address_line",
        "postcode",
        "city",
        "country_code",
        "main_contact_id",
        "contact_address_id",
    }
)
