from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


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
        account_no = self.account_no

        fibu_account_group_id = self.fibu_account_group_id

        name = self.name

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_no is not UNSET:
            field_dict["account_no"] = account_no
        if fibu_account_group_id is not UNSET:
            field_dict["fibu_account_group_id"] = fibu_account_group_id
        if name is not UNSET:
            field_dict["name"] = name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_no = d.pop("account_no", UNSET)

        fibu_account_group_id = d.pop("fibu_account_group_id", UNSET)

        name = d.pop("name", UNSET)

        account_type = d.pop("account_type", UNSET)

        account = cls(
            account_no=account_no,
            fibu_account_group_id=fibu_account_group_id,
            name=name,
            account_type=account_type,
        )

        account.additional_properties = d
        return account

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
