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
class PurchaseOrderLanguageReadType0:
    """The language of a purchase order (`Language`)."""

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    """ display name, e.g. Deutsch """
    decimalpoint: None | str | Unset = UNSET
    """ decimal separator """
    thousandsseparator: None | str | Unset = UNSET
    """ thousands separator """
    iso_639_1: None | str | Unset = UNSET
    """ ISO 639-1 code of the language """
    date_format: None | str | Unset = UNSET
    """ date pattern, e.g. d.m.Y """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.decimalpoint is not UNSET:
            field_dict["decimalpoint"] = self.decimalpoint
        if self.thousandsseparator is not UNSET:
            field_dict["thousandsseparator"] = self.thousandsseparator
        if self.iso_639_1 is not UNSET:
            field_dict["iso_639_1"] = self.iso_639_1
        if self.date_format is not UNSET:
            field_dict["date_format"] = self.date_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrderLanguageReadType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict.get("id", UNSET)
            name = src_dict.get("name", UNSET)
            decimalpoint = src_dict.get("decimalpoint", UNSET)
            thousandsseparator = src_dict.get("thousandsseparator", UNSET)
            iso_639_1 = src_dict.get("iso_639_1", UNSET)
            date_format = src_dict.get("date_format", UNSET)
            if not (
                (id is UNSET or type(id) is int)
                and (name is None or name is UNSET or type(name) is str)
                and (decimalpoint is None or decimalpoint is UNSET or type(decimalpoint) is str)
                and (thousandsseparator is None or thousandsseparator is UNSET or type(thousandsseparator) is str)
                and (iso_639_1 is None or iso_639_1 is UNSET or type(iso_639_1) is str)
                and (date_format is None or date_format is UNSET or type(date_format) is str)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                decimalpoint,
                thousandsseparator,
                iso_639_1,
                date_format,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (id is not UNSET) + (name is not UNSET) + (decimalpoint is not UNSET) + (
            thousandsseparator is not UNSET
        ) + (iso_639_1 is not UNSET) + (date_format is not UNSET):
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
    Field("decimalpoint", "decimalpoint", False, Nullable(STR)),
    Field("thousandsseparator", "thousandsseparator", False, Nullable(STR)),
    Field("iso_639_1", "iso_639_1", False, Nullable(STR)),
    Field("date_format", "date_format", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "decimalpoint",
        "thousandsseparator",
        "iso_639_1",
        "date_format",
    }
)
