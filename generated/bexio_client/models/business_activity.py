from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["default_is_billable"] = self.default_is_billable
        field_dict["default_price_per_hour"] = self.default_price_per_hour
        field_dict["account_id"] = self.account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BusinessActivity from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            default_is_billable = src_dict["default_is_billable"]
            default_price_per_hour = src_dict["default_price_per_hour"]
            account_id = src_dict["account_id"]
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (default_is_billable is None or type(default_is_billable) is bool)
                and (
                    default_price_per_hour is None
                    or (type(default_price_per_hour) in _NUMBER or type(default_price_per_hour) is str)
                )
                and (account_id is None or type(account_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                default_is_billable,
                default_price_per_hour,
                account_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 5:
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
    Field("id", "id", True, INT),
    Field("name", "name", True, Nullable(STR)),
    Field("default_is_billable", "default_is_billable", True, Nullable(BOOL)),
    Field(
        "default_price_per_hour",
        "default_price_per_hour",
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
    Field("account_id", "account_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "default_is_billable",
        "default_price_per_hour",
        "account_id",
    }
)
