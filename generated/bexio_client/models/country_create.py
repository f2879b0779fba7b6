from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    STR,
    Field,
    read_model,
)


@_attrs_define
class CountryCreate:
    """A country as sent to create or edit it."""

    name: str
    name_short: str
    iso_3166_alpha2: str
    """ The ISO 3166-1 alpha-2 code (sent as `iso3166_alpha2`; responses return it as `iso_3166_alpha2`). """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        field_dict["name_short"] = self.name_short
        field_dict["iso3166_alpha2"] = self.iso_3166_alpha2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A CountryCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            name_short = src_dict["name_short"]
            iso_3166_alpha2 = src_dict["iso3166_alpha2"]
            if not (type(name) is str and type(name_short) is str and type(iso_3166_alpha2) is str):
                raise TypeError
            self = cls(
                name,
                name_short,
                iso_3166_alpha2,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 3:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("name_short", "name_short", True, STR),
    Field("iso_3166_alpha2", "iso3166_alpha2", True, STR),
)
_KNOWN = frozenset(
    {
        "name",
        "name_short",
        "iso3166_alpha2",
    }
)
