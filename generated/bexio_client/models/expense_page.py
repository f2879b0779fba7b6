from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    Field,
    ListOf,
    Model,
    Nullable,
    dump,
    read_model,
)


@_attrs_define
class ExpensePage:
    """One page of Expenses."""

    data: list[ExpenseListItem]
    paging: None | PurchasePagingType0
    """ The page position of a 4.0 purchase list (Bills, Expenses, Outgoing Payments). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = dump(self.data)
        field_dict["paging"] = dump(self.paging)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ExpensePage from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            data = src_dict["data"]
            data = [ExpenseListItem.from_dict(item) for item in data]
            paging = src_dict["paging"]
            if paging is not None:
                paging = PurchasePagingType0.from_dict(paging)
            self = cls(
                data,
                paging,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2:
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


from .expense_list_item import ExpenseListItem  # noqa: E402
from .purchase_paging_type_0 import PurchasePagingType0  # noqa: E402

_FIELDS = (
    Field("data", "data", True, ListOf(Model(ExpenseListItem))),
    Field("paging", "paging", True, Nullable(Model(PurchasePagingType0))),
)
_KNOWN = frozenset(
    {
        "data",
        "paging",
    }
)
