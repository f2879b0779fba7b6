from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the bexio account as bexio returns it (fields read from the response samples)."""

    id: int
    salutation_type: str
    """ The salutation of the user, e.g. male """
    firstname: str
    lastname: str
    email: str
    is_superadmin: bool
    is_accountant: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salutation_type = self.salutation_type

        firstname = self.firstname

        lastname = self.lastname

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

        salutation_type = d.pop("salutation_type")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        email = d.pop("email")

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
