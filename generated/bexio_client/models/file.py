from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="File")


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
        id = self.id

        uuid = str(self.uuid)

        name = self.name

        size_in_bytes: int | str
        size_in_bytes = self.size_in_bytes

        extension = self.extension

        mime_type = self.mime_type

        uploader_email: None | str
        uploader_email = self.uploader_email

        user_id = self.user_id

        is_archived = self.is_archived

        source_id = self.source_id

        source_type: None | str
        source_type = self.source_type

        is_referenced = self.is_referenced

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "name": name,
                "size_in_bytes": size_in_bytes,
                "extension": extension,
                "mime_type": mime_type,
                "uploader_email": uploader_email,
                "user_id": user_id,
                "is_archived": is_archived,
                "source_id": source_id,
                "source_type": source_type,
                "is_referenced": is_referenced,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        def _parse_size_in_bytes(data: object) -> int | str:
            return cast("int | str", data)

        size_in_bytes = _parse_size_in_bytes(d.pop("size_in_bytes"))

        extension = d.pop("extension")

        mime_type = d.pop("mime_type")

        def _parse_uploader_email(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        uploader_email = _parse_uploader_email(d.pop("uploader_email"))

        user_id = d.pop("user_id")

        is_archived = d.pop("is_archived")

        source_id = d.pop("source_id")

        def _parse_source_type(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        source_type = _parse_source_type(d.pop("source_type"))

        is_referenced = d.pop("is_referenced")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        file = cls(
            id=id,
            uuid=uuid,
            name=name,
            size_in_bytes=size_in_bytes,
            extension=extension,
            mime_type=mime_type,
            uploader_email=uploader_email,
            user_id=user_id,
            is_archived=is_archived,
            source_id=source_id,
            source_type=source_type,
            is_referenced=is_referenced,
            created_at=created_at,
        )

        file.additional_properties = d
        return file

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
