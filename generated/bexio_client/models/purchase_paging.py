from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    Field,
    read_model,
)


@_attrs_define
class PurchasePaging:
    """The page position of a 4.0 purchase list (Bills, Expenses, Outgoing Payments)."""

    page: int
    """ current page """
    page_size: int
    """ items per page """
    page_count: int
    """ number of pages """
    item_count: int
    """ total number of items """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["page"] = self.page
        field_dict["page_size"] = self.page_size
        field_dict["page_count"] = self.page_count
        field_dict["item_count"] = self.item_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchasePaging from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            page = src_dict["page"]
            page_size = src_dict["page_size"]
            page_count = src_dict["page_count"]
            item_count = src_dict["item_count"]
            if not (
                type(page) is int and type(page_size) is int and type(page_count) is int and type(item_count) is int
            ):
                raise TypeError
            self = cls(
                page,
                page_size,
                page_count,
                item_count,
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
    Field("page", "page", True, INT),
    Field("page_size", "page_size", True, INT),
    Field("page_count", "page_count", True, INT),
    Field("item_count", "item_count", True, INT),
)
_KNOWN = frozenset(
    {
        "page",
        "page_size",
        "page_count",
        "item_count",
    }
)
