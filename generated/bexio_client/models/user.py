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
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["salutation_type"] = self.salutation_type
        field_dict["firstname"] = self.firstname
        field_dict["lastname"] = self.lastname
        field_dict["email"] = self.email
        field_dict["is_superadmin"] = self.is_superadmin
        field_dict["is_accountant"] = self.is_accountant
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A User from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            salutation_type = src_dict["salutation_type"]
            firstname = src_dict["firstname"]
            lastname = src_dict["lastname"]
            email = src_dict["email"]
            is_superadmin = src_dict["is_superadmin"]
            is_accountant = src_dict["is_accountant"]
            if not (
                type(id) is int
                and (salutation_type is None or type(salutation_type) is str)
                and (firstname is None or type(firstname) is str)
                and (lastname is None or type(lastname) is str)
                and (email is None or type(email) is str)
                and type(is_superadmin) is bool
                and type(is_accountant) is bool
            ):
                raise TypeError
            self = cls(
                id,
                salutation_type,
                firstname,
                lastname,
                email,
                is_superadmin,
                is_accountant,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 7:
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
    Field("salutation_type", "salutation_type", True, Nullable(STR)),
    Field("firstname", "firstname", True, Nullable(STR)),
    Field("lastname", "lastname", True, Nullable(STR)),
    Field("email", "email", True, Nullable(STR)),
    Field("is_superadmin", "is_superadmin", True, BOOL),
    Field("is_accountant", "is_accountant", True, BOOL),
)
_KNOWN = frozenset(
    {
        "id",
        "salutation_type",
        "firstname",
        "lastname",
        "email",
        "is_superadmin",
        "is_accountant",
    }
)
