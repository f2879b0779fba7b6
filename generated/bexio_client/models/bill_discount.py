from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    INT,
    NUMBER,
    STR,
    UUID_TEXT,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BillDiscount:
    """A discount of a Bill, as bexio returns it."""

    position: int | None | str
    amount: float | None | str
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["position"] = self.position
        field_dict["amount"] = self.amount
        if self.id is not UNSET:
            field_dict["id"] = dump(self.id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillDiscount from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            position = src_dict["position"]
            amount = src_dict["amount"]
            id = src_dict.get("id", UNSET)
            if id is not UNSET:
                id = parse_uuid(id)
            if not (
                (position is None or (type(position) is int or type(position) is str))
                and (amount is None or (type(amount) in _NUMBER or type(amount) is str))
            ):
                raise TypeError
            self = cls(
                position,
                amount,
                id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2 + (id is not UNSET):
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
    Field(
        "position",
        "position",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "amount",
        "amount",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("id", "id", False, UUID_TEXT),
)
_KNOWN = frozenset(
    {
        "position",
        "amount",
        "id",
    }
)
