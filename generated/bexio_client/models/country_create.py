from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CountryCreate")


@_attrs_define
class CountryCreate:
    """A country as sent to create or edit it."""

    name: str
    name_short: str
    iso_3166_alpha2: str
    """ The ISO 3166-1 alpha-2 code (sent as `iso3166_alpha2`; responses return it as `iso_3166_alpha2`). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        name_short = self.name_short

        iso_3166_alpha2 = self.iso_3166_alpha2

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "name_short": name_short,
                "iso3166_alpha2": iso_3166_alpha2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        name_short = d.pop("name_short")

        iso_3166_alpha2 = d.pop("iso3166_alpha2")

        country_create = cls(
            name=name,
            name_short=name_short,
            iso_3166_alpha2=iso_3166_alpha2,
        )

        return country_create
