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
from ..models.fictional_user_salutation_type import FictionalUserSalutationType
from .fictional_user_salutation_type import FICTIONAL_USER_SALUTATION_TYPE_VALUES


@_attrs_define
class FictionalUser:
    """A fictional user as bexio returns it (fields read from the response samples)."""

    id: int
    salutation_type: FictionalUserSalutationType
    firstname: None | str
    """ The first name of the fictional user """
    lastname: None | str
    """ The last name of the fictional user """
    email: None | str
    """ The email address of the fictional user """
    title_id: int | None
    """ A reference to a title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["salutation_type"] = self.salutation_type
        field_dict["firstname"] = self.firstname
        field_dict["lastname"] = self.lastname
        field_dict["email"] = self.email
        field_dict["title_id"] = self.title_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A FictionalUser from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            salutation_type = src_dict["salutation_type"]
            firstname = src_dict["firstname"]
            lastname = src_dict["lastname"]
            email = src_dict["email"]
            title_id = src_dict["title_id"]
            if not (
                type(id) is int
                and salutation_type in FICTIONAL_USER_SALUTATION_TYPE_VALUES
                and (firstname is None or type(firstname) is str)
                and (lastname is None or type(lastname) is str)
                and (email is None or type(email) is str)
                and (title_id is None or type(title_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                salutation_type,
                firstname,
                lastname,
                email,
                title_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 6:
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
    Field("salutation_type", "salutation_type", True, Enum(FICTIONAL_USER_SALUTATION_TYPE_VALUES)),
    Field("firstname", "firstname", True, Nullable(STR)),
    Field("lastname", "lastname", True, Nullable(STR)),
    Field("email", "email", True, Nullable(STR)),
    Field("title_id", "title_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "salutation_type",
        "firstname",
        "lastname",
        "email",
        "title_id",
    }
)
