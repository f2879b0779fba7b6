from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    OneOf,
    read_model,
)
from ..models.order_repetition_yearly_read_type import (
    OrderRepetitionYearlyReadType,
)
from .order_repetition_yearly_read_type import ORDER_REPETITION_YEARLY_READ_TYPE_VALUES


@_attrs_define
class OrderRepetitionYearlyRead:
    """Repeats every `interval` years."""

    type_: OrderRepetitionYearlyReadType
    interval: int | None | str
    """ Every how many years. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["interval"] = self.interval
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A OrderRepetitionYearlyRead from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            interval = src_dict["interval"]
            if not (
                type_ in ORDER_REPETITION_YEARLY_READ_TYPE_VALUES
                and (interval is None or (type(interval) is int or type(interval) is str))
            ):
                raise TypeError
            self = cls(
                type_,
                interval,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 2:
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
    Field("type_", "type", True, Enum(ORDER_REPETITION_YEARLY_READ_TYPE_VALUES)),
    Field(
        "interval",
        "interval",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "type",
        "interval",
    }
)
