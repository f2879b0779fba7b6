from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PurchasePagingType0")


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
        page: int | None | str
        page = self.page

        page_size: int | None | str
        page_size = self.page_size

        page_count: int | None | str
        page_count = self.page_count

        item_count: int | None | str
        item_count = self.item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "page_size": page_size,
                "page_count": page_count,
                "item_count": item_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_page(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        page = _parse_page(d.pop("page"))

        def _parse_page_size(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        page_size = _parse_page_size(d.pop("page_size"))

        def _parse_page_count(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        page_count = _parse_page_count(d.pop("page_count"))

        def _parse_item_count(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        item_count = _parse_item_count(d.pop("item_count"))

        purchase_paging_type_0 = cls(
            page=page,
            page_size=page_size,
            page_count=page_count,
            item_count=item_count,
        )

        purchase_paging_type_0.additional_properties = d
        return purchase_paging_type_0

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
