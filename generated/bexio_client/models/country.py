from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Country")


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
        id = self.id

        name = self.name

        name_short = self.name_short

        iso_3166_alpha2 = self.iso_3166_alpha2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "name_short": name_short,
                "iso_3166_alpha2": iso_3166_alpha2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        name_short = d.pop("name_short")

        iso_3166_alpha2 = d.pop("iso_3166_alpha2")

        country = cls(
            id=id,
            name=name,
            name_short=name_short,
            iso_3166_alpha2=iso_3166_alpha2,
        )

        country.additional_properties = d
        return country

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
