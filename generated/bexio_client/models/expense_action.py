from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.expense_action_action import ExpenseActionAction, check_expense_action_action

T = TypeVar("T", bound="ExpenseAction")


@_attrs_define
class ExpenseAction:
    """An action to execute on an Expense."""

    action: ExpenseActionAction

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
        action = check_expense_action_action(d.pop("action"))

        expense_action = cls(
            action=action,
        )

        return expense_action
