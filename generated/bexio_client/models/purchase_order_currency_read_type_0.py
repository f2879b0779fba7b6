from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderCurrencyReadType0")


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
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        round_factor: float | None | str | Unset
        if isinstance(self.round_factor, Unset):
            round_factor = UNSET
        else:
            round_factor = self.round_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if round_factor is not UNSET:
            field_dict["round_factor"] = round_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_round_factor(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        round_factor = _parse_round_factor(d.pop("round_factor", UNSET))

        purchase_order_currency_read_type_0 = cls(
            id=id,
            name=name,
            round_factor=round_factor,
        )

        purchase_order_currency_read_type_0.additional_properties = d
        return purchase_order_currency_read_type_0

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
