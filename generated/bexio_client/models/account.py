from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    ANY,
    Field,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Account:
    """An account of the chart of accounts. The reference shows the account samples collapsed and lists no fields; the
    fields below are those "Search Accounts" names as searchable, without a documented type. Every other field bexio
    returns is kept as an additional property.

    """

    account_no: Any | Unset = UNSET
    """ The account number (searchable; the reference gives no type). """
    fibu_account_group_id: Any | Unset = UNSET
    """ The group of the account (searchable; the reference gives no type). """
    name: Any | Unset = UNSET
    """ The account name (searchable; the reference gives no type). """
    account_type: Any | Unset = UNSET
    """ The account type (searchable; the reference gives no type). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.account_no is not UNSET:
            field_dict["account_no"] = dump(self.account_no)
        if self.fibu_account_group_id is not UNSET:
            field_dict["fibu_account_group_id"] = dump(self.fibu_account_group_id)
        if self.name is not UNSET:
            field_dict["name"] = dump(self.name)
        if self.account_type is not UNSET:
            field_dict["account_type"] = dump(self.account_type)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Account from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            account_no = src_dict.get("account_no", UNSET)
            fibu_account_group_id = src_dict.get("fibu_account_group_id", UNSET)
            name = src_dict.get("name", UNSET)
            account_type = src_dict.get("account_type", UNSET)
            self = cls(
                account_no,
                fibu_account_group_id,
                name,
                account_type,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (account_no is not UNSET) + (fibu_account_group_id is not UNSET) + (
            name is not UNSET
        ) + (account_type is not UNSET):
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
    Field("account_no", "account_no", False, ANY),
    Field("fibu_account_group_id", "fibu_account_group_id", False, ANY),
    Field("name", "name", False, ANY),
    Field("account_type", "account_type", False, ANY),
)
_KNOWN = frozenset(
    {
        "account_no",
        "fibu_account_group_id",
        "name",
        "account_type",
    }
)
