from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    BOOL,
    INT,
    NUMBER,
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BusinessActivityCreate:
    """A business activity as sent to create it."""

    name: str
    default_is_billable: bool | None | Unset = UNSET
    default_price_per_hour: float | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    """ References an account object """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        if self.default_is_billable is not UNSET:
            field_dict["default_is_billable"] = self.default_is_billable
        if self.default_price_per_hour is not UNSET:
            field_dict["default_price_per_hour"] = self.default_price_per_hour
        if self.account_id is not UNSET:
            field_dict["account_id"] = self.account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BusinessActivityCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            default_is_billable = src_dict.get("default_is_billable", UNSET)
            default_price_per_hour = src_dict.get("default_price_per_hour", UNSET)
            account_id = src_dict.get("account_id", UNSET)
            if not (
                type(name) is str
                and (default_is_billable is None or default_is_billable is UNSET or type(default_is_billable) is bool)
                and (
                    default_price_per_hour is None
                    or default_price_per_hour is UNSET
                    or type(default_price_per_hour) in _NUMBER
                )
                and (account_id is None or account_id is UNSET or type(account_id) is int)
            ):
                raise TypeError
            self = cls(
                name,
                default_is_billable,
                default_price_per_hour,
                account_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (default_is_billable is not UNSET) + (default_price_per_hour is not UNSET) + (
            account_id is not UNSET
        ):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("default_is_billable", "default_is_billable", False, Nullable(BOOL)),
    Field("default_price_per_hour", "default_price_per_hour", False, Nullable(NUMBER)),
    Field("account_id", "account_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "name",
        "default_is_billable",
        "default_price_per_hour",
        "account_id",
    }
)
