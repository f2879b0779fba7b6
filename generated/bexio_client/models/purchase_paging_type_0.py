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
    OneOf,
    read_model,
)


@_attrs_define
class PurchasePagingType0:
    """The page position of a 4.0 purchase list (Bills, Expenses, Outgoing Payments)."""

    page: int | None | str
    """ current page """
    page_size: int | None | str
    """ items per page """
    page_count: int | None | str
    """ number of pages """
    item_count: int | None | str
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
        """A PurchasePagingType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            page = src_dict["page"]
            page_size = src_dict["page_size"]
            page_count = src_dict["page_count"]
            item_count = src_dict["item_count"]
            if not (
                (page is None or (type(page) is int or type(page) is str))
                and (page_size is None or (type(page_size) is int or type(page_size) is str))
                and (page_count is None or (type(page_count) is int or type(page_count) is str))
                and (item_count is None or (type(item_count) is int or type(item_count) is str))
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
    Field(
        "page",
        "page",
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
        "page_size",
        "page_size",
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
        "page_count",
        "page_count",
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
        "item_count",
        "item_count",
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
)
_KNOWN = frozenset(
    {
        "page",
        "page_size",
        "page_count",
        "item_count",
    }
)
