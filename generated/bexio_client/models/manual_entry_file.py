from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualEntryFile")


@_attrs_define
class ManualEntryFile:
    """A file attached to a manual entry or one of its lines (fields read from the response samples; `data` is returned
    when a single file is fetched).

    """

    id: int
    uuid: UUID
    name: str
    """ The file name without its extension. """
    size_in_bytes: int
    extension: str
    mime_type: str
    uploader_email: str
    user_id: int
    """ References a user object """
    is_archived: bool
    source_id: int
    source_type: str
    is_referenced: bool
    created_at: datetime.datetime
    data: str | Unset = UNSET
    """ The content of the file, base64 encoded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = str(self.uuid)

        name = self.name

        size_in_bytes = self.size_in_bytes

        extension = self.extension

        mime_type = self.mime_type

        uploader_email = self.uploader_email

        user_id = self.user_id

        is_archived = self.is_archived

        source_id = self.source_id

        source_type = self.source_type

        is_referenced = self.is_referenced

        created_at = self.created_at.isoformat()

        data = self.data

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
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        size_in_bytes = d.pop("size_in_bytes")

        extension = d.pop("extension")

        mime_type = d.pop("mime_type")

        uploader_email = d.pop("uploader_email")

        user_id = d.pop("user_id")

        is_archived = d.pop("is_archived")

        source_id = d.pop("source_id")

        source_type = d.pop("source_type")

        is_referenced = d.pop("is_referenced")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = d.pop("data", UNSET)

        manual_entry_file = cls(
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
            data=data,
        )

        manual_entry_file.additional_properties = d
        return manual_entry_file

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
