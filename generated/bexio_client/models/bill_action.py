from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    Enum,
    Field,
    read_model,
)
from ..models.bill_action_action import BillActionAction
from .bill_action_action import BILL_ACTION_ACTION_VALUES


@_attrs_define
class BillAction:
    """An action to execute on a Bill."""

    action: BillActionAction

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["action"] = self.action
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BillAction from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            action = src_dict["action"]
            if action not in BILL_ACTION_ACTION_VALUES:
                raise TypeError
            self = cls(
                action,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (Field("action", "action", True, Enum(BILL_ACTION_ACTION_VALUES)),)
_KNOWN = frozenset(
    {
        "action",
    }
)
