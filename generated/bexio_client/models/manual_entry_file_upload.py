from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="ManualEntryFileUpload")


@_attrs_define
class ManualEntryFileUpload:
    """The files to upload (multipart/form-data), one per part: `fileName` and, for multiple files, further parts of
    different names (e.g. fileName1 and fileName2). The same part name can only be used once.

    """

    file_name: File | Unset = UNSET
    """ A file to upload. """
    additional_properties: dict[str, File] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name: FileTypes | Unset = UNSET
        if not isinstance(self.file_name, Unset):
            file_name = self.file_name.to_tuple()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_tuple()

        field_dict.update({})
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file_name, Unset):
            files.append(("fileName", self.file_name.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, prop.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file_name = d.pop("fileName", UNSET)
        file_name: File | Unset
        if isinstance(_file_name, Unset):
            file_name = UNSET
        else:
            file_name = File(payload=BytesIO(_file_name))

        manual_entry_file_upload = cls(
            file_name=file_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = File(payload=BytesIO(prop_dict))

            additional_properties[prop_name] = additional_property

        manual_entry_file_upload.additional_properties = additional_properties
        return manual_entry_file_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> File:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: File) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
