from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class PurchaseOrderCurrencyReadType0:
    """The currency of a purchase order (`Currency`)."""

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    """ ISO code of the currency, e.g. CHF """
    round_factor: float | None | str | Unset = UNSET
    """ rounding step, e.g. 0.05 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.round_factor is not UNSET:
            field_dict["round_factor"] = self.round_factor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrderCurrencyReadType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict.get("id", UNSET)
            name = src_dict.get("name", UNSET)
            round_factor = src_dict.get("round_factor", UNSET)
            if not (
                (id is UNSET or type(id) is int)
                and (name is None or name is UNSET or type(name) is str)
                and (
                    round_factor is None
                    or round_factor is UNSET
                    or (type(round_factor) in _NUMBER or type(round_factor) is str)
                )
            ):
                raise TypeError
            self = cls(
                id,
                name,
                round_factor,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (id is not UNSET) + (name is not UNSET) + (round_factor is not UNSET):
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
    Field(
        "round_factor",
        "round_factor",
        False,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "round_factor",
    }
)
