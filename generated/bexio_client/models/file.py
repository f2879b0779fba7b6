from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATETIME,
    INT,
    STR,
    UUID_TEXT,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_datetime,
    parse_uuid,
    read_model,
)


@_attrs_define
class File:
    """A file of the inbox as bexio returns it (fields read from the response samples)."""

    id: int
    uuid: UUID
    name: str
    """ The name of the file """
    size_in_bytes: int | str
    extension: str
    mime_type: str
    uploader_email: None | str
    """ E-mail address of the user who uploaded the file; null for files uploaded through the API. """
    user_id: int
    """ References a user object """
    is_archived: bool
    """ Whether the file is archived """
    source_id: int
    source_type: None | str
    """ type of the source (web, email, mobile) this file has been uploaded from """
    is_referenced: bool
    """ Whether the file is used by another object (see "Show file usage") """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["uuid"] = dump(self.uuid)
        field_dict["name"] = self.name
        field_dict["size_in_bytes"] = self.size_in_bytes
        field_dict["extension"] = self.extension
        field_dict["mime_type"] = self.mime_type
        field_dict["uploader_email"] = self.uploader_email
        field_dict["user_id"] = self.user_id
        field_dict["is_archived"] = self.is_archived
        field_dict["source_id"] = self.source_id
        field_dict["source_type"] = self.source_type
        field_dict["is_referenced"] = self.is_referenced
        field_dict["created_at"] = dump(self.created_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A File from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            uuid = src_dict["uuid"]
            uuid = parse_uuid(uuid)
            name = src_dict["name"]
            size_in_bytes = src_dict["size_in_bytes"]
            extension = src_dict["extension"]
            mime_type = src_dict["mime_type"]
            uploader_email = src_dict["uploader_email"]
            user_id = src_dict["user_id"]
            is_archived = src_dict["is_archived"]
            source_id = src_dict["source_id"]
            source_type = src_dict["source_type"]
            is_referenced = src_dict["is_referenced"]
            created_at = src_dict["created_at"]
            created_at = parse_datetime(created_at)
            if not (
                type(id) is int
                and type(name) is str
                and (type(size_in_bytes) is int or type(size_in_bytes) is str)
                and type(extension) is str
                and type(mime_type) is str
                and (uploader_email is None or type(uploader_email) is str)
                and type(user_id) is int
                and type(is_archived) is bool
                and type(source_id) is int
                and (source_type is None or type(source_type) is str)
                and type(is_referenced) is bool
            ):
                raise TypeError
            self = cls(
                id,
                uuid,
                name,
                size_in_bytes,
                extension,
                mime_type,
                uploader_email,
                user_id,
                is_archived,
                source_id,
                source_type,
                is_referenced,
                created_at,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 13:
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
    Field("uuid", "uuid", True, UUID_TEXT),
    Field("name", "name", True, STR),
    Field(
        "size_in_bytes",
        "size_in_bytes",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field("extension", "extension", True, STR),
    Field("mime_type", "mime_type", True, STR),
    Field("uploader_email", "uploader_email", True, Nullable(STR)),
    Field("user_id", "user_id", True, INT),
    Field("is_archived", "is_archived", True, BOOL),
    Field("source_id", "source_id", True, INT),
    Field("source_type", "source_type", True, Nullable(STR)),
    Field("is_referenced", "is_referenced", True, BOOL),
    Field("created_at", "created_at", True, DATETIME),
)
_KNOWN = frozenset(
    {
        "id",
        "uuid",
        "name",
        "size_in_bytes",
        "extension",
        "mime_type",
        "uploader_email",
        "user_id",
        "is_archived",
        "source_id",
        "source_type",
        "is_referenced",
        "created_at",
    }
)
