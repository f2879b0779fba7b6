from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.fictional_user_create_salutation_type import (
    FictionalUserCreateSalutationType,
    check_fictional_user_create_salutation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FictionalUserCreate")


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
        salutation_type: str = self.salutation_type

        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        title_id: int | None | Unset
        if isinstance(self.title_id, Unset):
            title_id = UNSET
        else:
            title_id = self.title_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "salutation_type": salutation_type,
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
            }
        )
        if title_id is not UNSET:
            field_dict["title_id"] = title_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salutation_type = check_fictional_user_create_salutation_type(d.pop("salutation_type"))

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        email = d.pop("email")

        def _parse_title_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        title_id = _parse_title_id(d.pop("title_id", UNSET))

        fictional_user_create = cls(
            salutation_type=salutation_type,
            firstname=firstname,
            lastname=lastname,
            email=email,
            title_id=title_id,
        )

        return fictional_user_create
