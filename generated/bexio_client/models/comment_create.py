from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    INT,
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["text"] = self.text
        field_dict["user_id"] = self.user_id
        field_dict["user_name"] = self.user_name
        if self.user_email is not UNSET:
            field_dict["user_email"] = self.user_email
        if self.is_public is not UNSET:
            field_dict["is_public"] = self.is_public
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CommentCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            text = src_dict["text"]
            user_id = src_dict["user_id"]
            user_name = src_dict["user_name"]
            user_email = src_dict.get("user_email", UNSET)
            is_public = src_dict.get("is_public", UNSET)
            if not (
                type(text) is str
                and (user_id is None or type(user_id) is int)
                and (user_name is None or type(user_name) is str)
                and (user_email is None or user_email is UNSET or type(user_email) is str)
                and (is_public is UNSET or type(is_public) is bool)
            ):
                raise TypeError
            self = cls(
                text,
                user_id,
                user_name,
                user_email,
                is_public,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 3 + (user_email is not UNSET) + (is_public is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("text", "text", True, STR),
    Field("user_id", "user_id", True, Nullable(INT)),
    Field("user_name", "user_name", True, Nullable(STR)),
    Field("user_email", "user_email", False, Nullable(STR)),
    Field("is_public", "is_public", False, BOOL),
)
_KNOWN = frozenset(
    {
        "text",
        "user_id",
        "user_name",
        "user_email",
        "is_public",
    }
)
