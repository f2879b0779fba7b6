from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.file_source_type import FileSourceType, check_file_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileEdit")


@_attrs_define
class FileEdit:
    """Update file (the properties of a file that can be changed)."""

    name: str | Unset = UNSET
    """ The name of the file """
    is_archived: bool | Unset = UNSET
    """ Define archived state """
    source_type: FileSourceType | None | Unset = UNSET
    """ type of the source (web, mobile, etc.) this file has been uploaded from """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_archived = self.is_archived

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, str):
            source_type = self.source_type
        else:
            source_type = self.source_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if source_type is not UNSET:
            field_dict["source_type"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        def _parse_source_type(data: object) -> FileSourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = check_file_source_type(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FileSourceType | None | Unset", data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        file_edit = cls(
            name=name,
            is_archived=is_archived,
            source_type=source_type,
        )

        return file_edit
