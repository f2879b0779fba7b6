from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    read_model,
)


@_attrs_define
class Country:
    """A country as bexio returns it (fields read from the response samples)."""

    id: int
    name: str
    name_short: str
    iso_3166_alpha2: str
    """ The ISO 3166-1 alpha-2 code (requests send it as `iso3166_alpha2`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["name_short"] = self.name_short
        field_dict["iso_3166_alpha2"] = self.iso_3166_alpha2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Country from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            name_short = src_dict["name_short"]
            iso_3166_alpha2 = src_dict["iso_3166_alpha2"]
            if not (type(id) is int and type(name) is str and type(name_short) is str and type(iso_3166_alpha2) is str):
                raise TypeError
            self = cls(
                id,
                name,
                name_short,
                iso_3166_alpha2,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 4:
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
    Field("id", "id", True, INT),
    Field("name", "name", True, STR),
    Field("name_short", "name_short", True, STR),
    Field("iso_3166_alpha2", "iso_3166_alpha2", True, STR),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "name_short",
        "iso_3166_alpha2",
    }
)
