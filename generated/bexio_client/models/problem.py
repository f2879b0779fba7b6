from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    ListOf,
    Model,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Problem:
    """A payroll error (`application/problem+json`)."""

    title: str
    status: int
    """ The HTTP status. """
    errors: list[ProblemErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["title"] = self.title
        field_dict["status"] = self.status
        if self.errors is not UNSET:
            field_dict["errors"] = dump(self.errors)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Problem from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            title = src_dict["title"]
            status = src_dict["status"]
            errors = src_dict.get("errors", UNSET)
            if errors is not UNSET:
                errors = [ProblemErrorsItem.from_dict(item) for item in errors]
            if not (type(title) is str and type(status) is int):
                raise TypeError
            self = cls(
                title,
                status,
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


from .problem_errors_item import ProblemErrorsItem  # noqa: E402

_FIELDS = (
    Field("title", "title", True, STR),
    Field("status", "status", True, INT),
    Field("errors", "errors", False, ListOf(Model(ProblemErrorsItem))),
)
_KNOWN = frozenset(
    {
        "title",
        "status",
        "errors",
    }
)
