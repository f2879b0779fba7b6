from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    _NUMBER,
    DATE,
    NUMBER,
    STR,
    Enum,
    Field,
    ListOf,
    Model,
    dump,
    parse_date,
    read_model,
)
from ..models.manual_group_entry_update_type import ManualGroupEntryUpdateType
from ..types import UNSET, Unset
from .manual_group_entry_update_type import MANUAL_GROUP_ENTRY_UPDATE_TYPE_VALUES


@_attrs_define
class ManualGroupEntryUpdate:
    """A group entry (manual_group_entry, several one line bookings under one reference number) to update."""

    type_: ManualGroupEntryUpdateType
    """ The entry type (ManualEntryType). """
    entries: list[ManualEntryLineUpdate]
    """ The one line bookings of the group, each with a debit account, a credit account and an amount. """
    date: datetime.date | Unset = UNSET
    """ the booking date """
    reference_nr: str | Unset = UNSET
    """ A reference number for the booking """
    id: float | Unset = UNSET
    """ The id of the main resource """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_
        field_dict["entries"] = dump(self.entries)
        if self.date is not UNSET:
            field_dict["date"] = dump(self.date)
        if self.reference_nr is not UNSET:
            field_dict["reference_nr"] = self.reference_nr
        if self.id is not UNSET:
            field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualGroupEntryUpdate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            entries = src_dict["entries"]
            entries = [ManualEntryLineUpdate.from_dict(item) for item in entries]
            date = src_dict.get("date", UNSET)
            if date is not UNSET:
                date = parse_date(date)
            reference_nr = src_dict.get("reference_nr", UNSET)
            id = src_dict.get("id", UNSET)
            if not (
                type_ in MANUAL_GROUP_ENTRY_UPDATE_TYPE_VALUES
                and (reference_nr is UNSET or type(reference_nr) is str)
                and (id is UNSET or type(id) in _NUMBER)
            ):
                raise TypeError
            self = cls(
                type_,
                entries,
                date,
                reference_nr,
                id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (date is not UNSET) + (reference_nr is not UNSET) + (id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .manual_entry_line_update import ManualEntryLineUpdate  # noqa: E402

_FIELDS = (
    Field("type_", "type", True, Enum(MANUAL_GROUP_ENTRY_UPDATE_TYPE_VALUES)),
    Field("entries", "entries", True, ListOf(Model(ManualEntryLineUpdate))),
    Field("date", "date", False, DATE),
    Field("reference_nr", "reference_nr", False, STR),
    Field("id", "id", False, NUMBER),
)
_KNOWN = frozenset(
    {
        "type",
        "entries",
        "date",
        "reference_nr",
        "id",
    }
)
