from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessActivityCreate")


@_attrs_define
class BusinessActivityCreate:
    """A business activity as sent to create it."""

    name: str
    default_is_billable: bool | None | Unset = UNSET
    default_price_per_hour: float | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    """ References an account object """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_is_billable: bool | None | Unset
        if isinstance(self.default_is_billable, Unset):
            default_is_billable = UNSET
        else:
            default_is_billable = self.default_is_billable

        default_price_per_hour: float | None | Unset
        if isinstance(self.default_price_per_hour, Unset):
            default_price_per_hour = UNSET
        else:
            default_price_per_hour = self.default_price_per_hour

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if default_is_billable is not UNSET:
            field_dict["default_is_billable"] = default_is_billable
        if default_price_per_hour is not UNSET:
            field_dict["default_price_per_hour"] = default_price_per_hour
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_default_is_billable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        default_is_billable = _parse_default_is_billable(d.pop("default_is_billable", UNSET))

        def _parse_default_price_per_hour(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        default_price_per_hour = _parse_default_price_per_hour(d.pop("default_price_per_hour", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        business_activity_create = cls(
            name=name,
            default_is_billable=default_is_billable,
            default_price_per_hour=default_price_per_hour,
            account_id=account_id,
        )

        return business_activity_create
