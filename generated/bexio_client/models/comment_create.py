from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentCreate")


@_attrs_define
class CommentCreate:
    """A comment as sent to create it."""

    text: str
    user_id: int | None
    """ References a user object """
    user_name: None | str
    user_email: None | str | Unset = UNSET
    is_public: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        user_id: int | None
        user_id = self.user_id

        user_name: None | str
        user_name = self.user_name

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        is_public = self.is_public

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "user_id": user_id,
                "user_name": user_name,
            }
        )
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        user_name = _parse_user_name(d.pop("user_name"))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        is_public = d.pop("is_public", UNSET)

        comment_create = cls(
            text=text,
            user_id=user_id,
            user_name=user_name,
            user_email=user_email,
            is_public=is_public,
        )

        return comment_create
