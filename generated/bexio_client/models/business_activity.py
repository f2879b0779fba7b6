from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessActivity")


@_attrs_define
class BusinessActivity:
    """A business activity as bexio returns it (fields read from the response sample)."""

    id: int
    name: None | str
    default_is_billable: bool | None
    default_price_per_hour: float | None | str
    account_id: int | None
    """ References an account object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        default_is_billable: bool | None
        default_is_billable = self.default_is_billable

        default_price_per_hour: float | None | str
        default_price_per_hour = self.default_price_per_hour

        account_id: int | None
        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "default_is_billable": default_is_billable,
                "default_price_per_hour": default_price_per_hour,
                "account_id": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_default_is_billable(data: object) -> bool | None:
            if data is None:
                return data
            return cast("bool | None", data)

        default_is_billable = _parse_default_is_billable(d.pop("default_is_billable"))

        def _parse_default_price_per_hour(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        default_price_per_hour = _parse_default_price_per_hour(d.pop("default_price_per_hour"))

        def _parse_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        account_id = _parse_account_id(d.pop("account_id"))

        business_activity = cls(
            id=id,
            name=name,
            default_is_billable=default_is_billable,
            default_price_per_hour=default_price_per_hour,
            account_id=account_id,
        )

        business_activity.additional_properties = d
        return business_activity

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
