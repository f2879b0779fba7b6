from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.file_source_type import FileSourceType
from ..types import UNSET, Unset
from .file_source_type import FILE_SOURCE_TYPE_VALUES


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.is_archived is not UNSET:
            field_dict["is_archived"] = self.is_archived
        if self.source_type is not UNSET:
            field_dict["source_type"] = self.source_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A FileEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict.get("name", UNSET)
            is_archived = src_dict.get("is_archived", UNSET)
            source_type = src_dict.get("source_type", UNSET)
            if not (
                (name is UNSET or type(name) is str)
                and (is_archived is UNSET or type(is_archived) is bool)
                and (source_type is None or source_type is UNSET or source_type in FILE_SOURCE_TYPE_VALUES)
            ):
                raise TypeError
            self = cls(
                name,
                is_archived,
                source_type,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (name is not UNSET) + (is_archived is not UNSET) + (source_type is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", False, STR),
    Field("is_archived", "is_archived", False, BOOL),
    Field("source_type", "source_type", False, Nullable(Enum(FILE_SOURCE_TYPE_VALUES))),
)
_KNOWN = frozenset(
    {
        "name",
        "is_archived",
        "source_type",
    }
)
