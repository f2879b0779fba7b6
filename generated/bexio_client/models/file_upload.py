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
from ..types import File


@_attrs_define
class FileUpload:
    """The multipart/form-data body of "Create new file": one part per file, each under its own name (a part name may be
    used only once). At most 12 MB per upload; the types accepted are PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X) and
    PDF.

    """

    file: File
    """ The content of a file to upload (the part name `file`). """
    additional_properties: dict[str, File] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["file"] = dump(self.file)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This model as the parts of a multipart/form-data body."""
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, prop.to_tuple()))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A FileUpload from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            file = src_dict["file"]
            self = cls(
                file,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 1:
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


_FIELDS = (Field("file", "file", True, ANY),)
_KNOWN = frozenset(
    {
        "file",
    }
)
