from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    DATE,
    INT,
    STR,
    Enum,
    Field,
    Nullable,
    dump,
    parse_date,
    read_model,
)
from ..models.vat_period_type import VatPeriodType
from .vat_period_type import VAT_PERIOD_TYPE_VALUES


@_attrs_define
class VatPeriod:
    """A vat period as bexio returns it (fields read from the response sample)."""

    id: int
    start: datetime.date | None
    """ The first day of the period. """
    end: datetime.date | None
    """ The last day of the period. """
    type_: VatPeriodType
    """ The length of the period; `annual` (a period of one year) was added on 2025-08-04 (docs/bexio-api-
    changes-2024-11-to-2026-06.md §3.4). """
    status: None | str
    """ The state of the period, e.g. `closed`. """
    closed_at: datetime.date | None
    """ The day the period was closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["start"] = dump(self.start)
        field_dict["end"] = dump(self.end)
        field_dict["type"] = self.type_
        field_dict["status"] = self.status
        field_dict["closed_at"] = dump(self.closed_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A VatPeriod from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            start = src_dict["start"]
            if start is not None:
                start = parse_date(start)
            end = src_dict["end"]
            if end is not None:
                end = parse_date(end)
            type_ = src_dict["type"]
            status = src_dict["status"]
            closed_at = src_dict["closed_at"]
            if closed_at is not None:
                closed_at = parse_date(closed_at)
            if not (type(id) is int and type_ in VAT_PERIOD_TYPE_VALUES and (status is None or type(status) is str)):
                raise TypeError
            self = cls(
                id,
                start,
                end,
                type_,
                status,
                closed_at,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 6:
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
    Field("start", "start", True, Nullable(DATE)),
    Field("end", "end", True, Nullable(DATE)),
    Field("type_", "type", True, Enum(VAT_PERIOD_TYPE_VALUES)),
    Field("status", "status", True, Nullable(STR)),
    Field("closed_at", "closed_at", True, Nullable(DATE)),
)
_KNOWN = frozenset(
    {
        "id",
        "start",
        "end",
        "type",
        "status",
        "closed_at",
    }
)
