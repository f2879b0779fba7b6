from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.fictional_user_create_salutation_type import (
    FictionalUserCreateSalutationType,
)
from ..types import UNSET, Unset
from .fictional_user_create_salutation_type import FICTIONAL_USER_CREATE_SALUTATION_TYPE_VALUES


@_attrs_define
class FictionalUserCreate:
    """A fictional user as sent to create or update it."""

    salutation_type: FictionalUserCreateSalutationType
    firstname: str
    """ The first name of the fictional user """
    lastname: str
    """ The last name of the fictional user """
    email: str
    """ The email address of the fictional user. Please note that an email address can only be used once for both
    regular and fictional users. """
    title_id: int | None | Unset = UNSET
    """ A reference to a title """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["salutation_type"] = self.salutation_type
        field_dict["firstname"] = self.firstname
        field_dict["lastname"] = self.lastname
        field_dict["email"] = self.email
        if self.title_id is not UNSET:
            field_dict["title_id"] = self.title_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A FictionalUserCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            salutation_type = src_dict["salutation_type"]
            firstname = src_dict["firstname"]
            lastname = src_dict["lastname"]
            email = src_dict["email"]
            title_id = src_dict.get("title_id", UNSET)
            if not (
                salutation_type in FICTIONAL_USER_CREATE_SALUTATION_TYPE_VALUES
                and type(firstname) is str
                and type(lastname) is str
                and type(email) is str
                and (title_id is None or title_id is UNSET or type(title_id) is int)
            ):
                raise TypeError
            self = cls(
                salutation_type,
                firstname,
                lastname,
                email,
                title_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 4 + (title_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("salutation_type", "salutation_type", True, Enum(FICTIONAL_USER_CREATE_SALUTATION_TYPE_VALUES)),
    Field("firstname", "firstname", True, STR),
    Field("lastname", "lastname", True, STR),
    Field("email", "email", True, STR),
    Field("title_id", "title_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "salutation_type",
        "firstname",
        "lastname",
        "email",
        "title_id",
    }
)
