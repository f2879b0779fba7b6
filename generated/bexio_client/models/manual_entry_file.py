from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
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
        id = self.id

        uuid: None | str
        if isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        name: None | str
        name = self.name

        size_in_bytes: int | None | str
        size_in_bytes = self.size_in_bytes

        extension: None | str
        extension = self.extension

        mime_type: None | str
        mime_type = self.mime_type

        uploader_email: None | str
        uploader_email = self.uploader_email

        user_id: int | None
        user_id = self.user_id

        is_archived = self.is_archived

        source_id: int | None
        source_id = self.source_id

        source_type: None | str
        source_type = self.source_type

        is_referenced = self.is_referenced

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
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

        def _parse_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | UUID", data)

        uuid = _parse_uuid(d.pop("uuid"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_size_in_bytes(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        size_in_bytes = _parse_size_in_bytes(d.pop("size_in_bytes"))

        def _parse_extension(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        extension = _parse_extension(d.pop("extension"))

        def _parse_mime_type(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        mime_type = _parse_mime_type(d.pop("mime_type"))

        def _parse_uploader_email(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        uploader_email = _parse_uploader_email(d.pop("uploader_email"))

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        user_id = _parse_user_id(d.pop("user_id"))

        is_archived = d.pop("is_archived")

        def _parse_source_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        source_id = _parse_source_id(d.pop("source_id"))

        def _parse_source_type(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        source_type = _parse_source_type(d.pop("source_type"))

        is_referenced = d.pop("is_referenced")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        data = _parse_data(d.pop("data", UNSET))

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
