from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bill_action_action import BillActionAction, check_bill_action_action

T = TypeVar("T", bound="BillAction")


@_attrs_define
class BillAction:
    """An action to execute on a Bill."""

    action: BillActionAction

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_bill_action_action(d.pop("action"))

        bill_action = cls(
            action=action,
        )

        return bill_action
