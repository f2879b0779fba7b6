from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fictional_user_salutation_type import FictionalUserSalutationType, check_fictional_user_salutation_type

T = TypeVar("T", bound="FictionalUser")


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
        id = self.id

        salutation_type: str = self.salutation_type

        firstname: None | str
        firstname = self.firstname

        lastname: None | str
        lastname = self.lastname

        email: None | str
        email = self.email

        title_id: int | None
        title_id = self.title_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "salutation_type": salutation_type,
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
                "title_id": title_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        salutation_type = check_fictional_user_salutation_type(d.pop("salutation_type"))

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

        def _parse_title_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        title_id = _parse_title_id(d.pop("title_id"))

        fictional_user = cls(
            id=id,
            salutation_type=salutation_type,
            firstname=firstname,
            lastname=lastname,
            email=email,
            title_id=title_id,
        )

        fictional_user.additional_properties = d
        return fictional_user

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
