from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    ANY,
    INT,
    STR,
    Field,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Error:
    """Error responses contain an HTTP status code and a JSON response body."""

    error_code: int
    """ The HTTP status code of the error. """
    message: str
    """ A human readable description of the error. """
    errors: Any | Unset = UNSET
    """ Validation details of a 422 response: a list of messages, or messages keyed by the field they concern.
    Absent on other errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["error_code"] = self.error_code
        field_dict["message"] = self.message
        if self.errors is not UNSET:
            field_dict["errors"] = dump(self.errors)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Error from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            error_code = src_dict["error_code"]
            message = src_dict["message"]
            errors = src_dict.get("errors", UNSET)
            if not (type(error_code) is int and type(message) is str):
                raise TypeError
            self = cls(
                error_code,
                message,
                errors,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2 + (errors is not UNSET):
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
    Field("error_code", "error_code", True, INT),
    Field("message", "message", True, STR),
    Field("errors", "errors", False, ANY),
)
_KNOWN = frozenset(
    {
        "error_code",
        "message",
        "errors",
    }
)
