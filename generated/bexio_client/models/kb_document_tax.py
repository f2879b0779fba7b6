from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class KbDocumentTax:
    """One entry of a document's `taxs`: the taxes of the document at one rate (research/ nested-schemas.md §9)."""

    percentage: None | str | Unset = UNSET
    """ The tax rate, a decimal number as a string ("7.70"). """
    value: None | str | Unset = UNSET
    """ The tax amount at that rate, a decimal number as a string ("1.3706"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.percentage is not UNSET:
            field_dict["percentage"] = self.percentage
        if self.value is not UNSET:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbDocumentTax from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            percentage = src_dict.get("percentage", UNSET)
            value = src_dict.get("value", UNSET)
            if not (
                (percentage is None or percentage is UNSET or type(percentage) is str)
                and (value is None or value is UNSET or type(value) is str)
            ):
                raise TypeError
            self = cls(
                percentage,
                value,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (percentage is not UNSET) + (value is not UNSET):
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
    Field("percentage", "percentage", False, Nullable(STR)),
    Field("value", "value", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "percentage",
        "value",
    }
)
