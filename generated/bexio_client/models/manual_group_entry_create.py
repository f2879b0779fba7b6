from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    DATE,
    STR,
    Enum,
    Field,
    ListOf,
    Model,
    dump,
    parse_date,
    read_model,
)
from ..models.manual_group_entry_create_type import ManualGroupEntryCreateType
from ..types import UNSET, Unset
from .manual_group_entry_create_type import MANUAL_GROUP_ENTRY_CREATE_TYPE_VALUES


@_attrs_define
class ManualGroupEntryCreate:
    """manual_group_entry: Can be used to create multiple one line bookings in one group entry. This means that the
    bookings will have the same reference_nr but can differ in accounts, currencies, etc., e.g. debit 1020 credit 3200
    13600 and debit 1021 credit 3201 7230.

    """

    type_: ManualGroupEntryCreateType
    """ The entry type (ManualEntryType). """
    entries: list[ManualEntryLineCreate]
    """ The one line bookings of the group, each with a debit account, a credit account and an amount. """
    date: datetime.date | Unset = UNSET
    """ the booking date """
    reference_nr: str | Unset = UNSET
    """ A reference number for the booking """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_
        field_dict["entries"] = dump(self.entries)
        if self.date is not UNSET:
            field_dict["date"] = dump(self.date)
        if self.reference_nr is not UNSET:
            field_dict["reference_nr"] = self.reference_nr
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualGroupEntryCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            type_ = src_dict["type"]
            entries = src_dict["entries"]
            entries = [ManualEntryLineCreate.from_dict(item) for item in entries]
            date = src_dict.get("date", UNSET)
            if date is not UNSET:
                date = parse_date(date)
            reference_nr = src_dict.get("reference_nr", UNSET)
            if not (
                type_ in MANUAL_GROUP_ENTRY_CREATE_TYPE_VALUES and (reference_nr is UNSET or type(reference_nr) is str)
            ):
                raise TypeError
            self = cls(
                type_,
                entries,
                date,
                reference_nr,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (date is not UNSET) + (reference_nr is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .manual_entry_line_create import ManualEntryLineCreate  # noqa: E402

_FIELDS = (
    Field("type_", "type", True, Enum(MANUAL_GROUP_ENTRY_CREATE_TYPE_VALUES)),
    Field("entries", "entries", True, ListOf(Model(ManualEntryLineCreate))),
    Field("date", "date", False, DATE),
    Field("reference_nr", "reference_nr", False, STR),
)
_KNOWN = frozenset(
    {
        "type",
        "entries",
        "date",
        "reference_nr",
    }
)
