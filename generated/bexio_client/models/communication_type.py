from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class CommunicationType:
    """A communication type. The reference collapses the response samples; the fields listed are those its order_by values
    and search field name.

    """

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CommunicationType from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict.get("id", UNSET)
            name = src_dict.get("name", UNSET)
            if not ((id is UNSET or type(id) is int) and (name is None or name is UNSET or type(name) is str)):
                raise TypeError
            self = cls(
                id,
                name,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (id is not UNSET) + (name is not UNSET):
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
    Field("id", "id", False, INT),
    Field("name", "name", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
    }
)
