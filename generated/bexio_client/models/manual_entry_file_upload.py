from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._parsing import (
    ANY,
    Field,
    dump,
    read_model,
)
from ..types import UNSET, File, Unset


@_attrs_define
class ManualEntryFileUpload:
    """The files to upload (multipart/form-data), one per part: `fileName` and, for multiple files, further parts of
    different names (e.g. fileName1 and fileName2). The same part name can only be used once.

    """

    file_name: File | Unset = UNSET
    """ A file to upload. """
    additional_properties: dict[str, File] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.file_name is not UNSET:
            field_dict["fileName"] = dump(self.file_name)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This model as the parts of a multipart/form-data body."""
        files: types.RequestFiles = []
        if not isinstance(self.file_name, Unset):
            files.append(("fileName", self.file_name.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, prop.to_tuple()))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualEntryFileUpload from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            file_name = src_dict.get("fileName", UNSET)
            self = cls(
                file_name,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (file_name is not UNSET):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (Field("file_name", "fileName", False, ANY),)
_KNOWN = frozenset(
    {
        "fileName",
    }
)
