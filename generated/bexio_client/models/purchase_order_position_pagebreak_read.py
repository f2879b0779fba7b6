from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    read_model,
)
from ..models.purchase_order_position_pagebreak_read_type import (
    PurchaseOrderPositionPagebreakReadType,
)
from ..types import UNSET, Unset
from .purchase_order_position_pagebreak_read_type import PURCHASE_ORDER_POSITION_PAGEBREAK_READ_TYPE_VALUES


@_attrs_define
class PurchaseOrderPositionPagebreakRead:
    """A page break."""

    type_: PurchaseOrderPositionPagebreakReadType
    id: int | Unset = UNSET
    pos: None | str | Unset = UNSET
    """ the position number """
    is_optional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.pos is not UNSET:
            field_dict["pos"] = self.pos
        if self.is_optional is not UNSET:
            field_dict["is_optional"] = self.is_optional
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrderPositionPagebreakRead from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            id = src_dict.get("id", UNSET)
            pos = src_dict.get("pos", UNSET)
            is_optional = src_dict.get("is_optional", UNSET)
            if not (
                type_ in PURCHASE_ORDER_POSITION_PAGEBREAK_READ_TYPE_VALUES
                and (id is UNSET or type(id) is int)
                and (pos is None or pos is UNSET or type(pos) is str)
                and (is_optional is UNSET or type(is_optional) is bool)
            ):
                raise TypeError
            self = cls(
                type_,
                id,
                pos,
                is_optional,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 1 + (id is not UNSET) + (pos is not UNSET) + (is_optional is not UNSET):
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
    Field("type_", "type", True, Enum(PURCHASE_ORDER_POSITION_PAGEBREAK_READ_TYPE_VALUES)),
    Field("id", "id", False, INT),
    Field("pos", "pos", False, Nullable(STR)),
    Field("is_optional", "is_optional", False, BOOL),
)
_KNOWN = frozenset(
    {
        "type",
        "id",
        "pos",
        "is_optional",
    }
)
