from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expense_list_item import ExpenseListItem
    from ..models.purchase_paging_type_0 import PurchasePagingType0


T = TypeVar("T", bound="ExpensePage")


@_attrs_define
class ExpensePage:
    """One page of Expenses."""

    data: list[ExpenseListItem]
    paging: None | PurchasePagingType0
    """ The page position of a 4.0 purchase list (Bills, Expenses, Outgoing Payments). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_paging_type_0 import PurchasePagingType0  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        paging: dict[str, Any] | None
        if isinstance(self.paging, PurchasePagingType0):
            paging = self.paging.to_dict()
        else:
            paging = self.paging

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "paging": paging,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_list_item import ExpenseListItem  # noqa: PLC0415
        from ..models.purchase_paging_type_0 import PurchasePagingType0  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ExpenseListItem.from_dict(data_item_data)

            data.append(data_item)

        def _parse_paging(data: object) -> None | PurchasePagingType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_purchase_paging_type_0 = PurchasePagingType0.from_dict(data)

                return componentsschemas_purchase_paging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchasePagingType0", data)

        paging = _parse_paging(d.pop("paging"))

        expense_page = cls(
            data=data,
            paging=paging,
        )

        expense_page.additional_properties = d
        return expense_page

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
