from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the bexio account as bexio returns it (fields read from the response samples)."""

    id: int
    salutation_type: None | str
    """ The salutation of the user, e.g. male """
    firstname: None | str
    lastname: None | str
    email: None | str
    is_superadmin: bool
    is_accountant: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salutation_type: None | str
        salutation_type = self.salutation_type

        firstname: None | str
        firstname = self.firstname

        lastname: None | str
        lastname = self.lastname

        email: None | str
        email = self.email

        is_superadmin = self.is_superadmin

        is_accountant = self.is_accountant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "salutation_type": salutation_type,
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
                "is_superadmin": is_superadmin,
                "is_accountant": is_accountant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_salutation_type(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        salutation_type = _parse_salutation_type(d.pop("salutation_type"))

        def _parse_firstname(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        firstname = _parse_firstname(d.pop("firstname"))

        def _parse_lastname(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        lastname = _parse_lastname(d.pop("lastname"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        email = _parse_email(d.pop("email"))

        is_superadmin = d.pop("is_superadmin")

        is_accountant = d.pop("is_accountant")

        user = cls(
            id=id,
            salutation_type=salutation_type,
            firstname=firstname,
            lastname=lastname,
            email=email,
            is_superadmin=is_superadmin,
            is_accountant=is_accountant,
        )

        user.additional_properties = d
        return user

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
