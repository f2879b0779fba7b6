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
from ..types import UNSET, Unset


@_attrs_define
class ManualEntryFile:
    """A file attached to a manual entry or one of its lines (fields read from the response samples; `data` is returned
    when a single file is fetched).

    """

    id: int
    uuid: None | UUID
    name: None | str
    """ The file name without its extension. """
    size_in_bytes: int | None | str
    extension: None | str
    mime_type: None | str
    uploader_email: None | str
    user_id: int | None
    """ References a user object """
    is_archived: bool
    source_id: int | None
    source_type: None | str
    is_referenced: bool
    created_at: datetime.datetime | None
    data: None | str | Unset = UNSET
    """ The content of the file, base64 encoded. """
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
        if self.data is not UNSET:
            field_dict["data"] = self.data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualEntryFile from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            uuid = src_dict["uuid"]
            if uuid is not None:
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
            if created_at is not None:
                created_at = parse_datetime(created_at)
            data = src_dict.get("data", UNSET)
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (size_in_bytes is None or (type(size_in_bytes) is int or type(size_in_bytes) is str))
                and (extension is None or type(extension) is str)
                and (mime_type is None or type(mime_type) is str)
                and (uploader_email is None or type(uploader_email) is str)
                and (user_id is None or type(user_id) is int)
                and type(is_archived) is bool
                and (source_id is None or type(source_id) is int)
                and (source_type is None or type(source_type) is str)
                and type(is_referenced) is bool
                and (data is None or data is UNSET or type(data) is str)
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
                data,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 13 + (data is not UNSET):
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
    Field("uuid", "uuid", True, Nullable(UUID_TEXT)),
    Field("name", "name", True, Nullable(STR)),
    Field(
        "size_in_bytes",
        "size_in_bytes",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("extension", "extension", True, Nullable(STR)),
    Field("mime_type", "mime_type", True, Nullable(STR)),
    Field("uploader_email", "uploader_email", True, Nullable(STR)),
    Field("user_id", "user_id", True, Nullable(INT)),
    Field("is_archived", "is_archived", True, BOOL),
    Field("source_id", "source_id", True, Nullable(INT)),
    Field("source_type", "source_type", True, Nullable(STR)),
    Field("is_referenced", "is_referenced", True, BOOL),
    Field("created_at", "created_at", True, Nullable(DATETIME)),
    Field("data", "data", False, Nullable(STR)),
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
        "data",
    }
)
