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
from ..models.manual_compound_entry_create_type import (
    ManualCompoundEntryCreateType,
)
from ..types import UNSET, Unset
from .manual_compound_entry_create_type import MANUAL_COMPOUND_ENTRY_CREATE_TYPE_VALUES


@_attrs_define
class ManualCompoundEntryCreate:
    """manual_compound_entry: Can be used to create a more complex booking where the total amount can be distributed among
    multiple accounts, e.g. a received bank transaction booked as debit 1020 25000 against credit 3200 10000, 3201 8000
    and 3202 7000.

    """

    type_: ManualCompoundEntryCreateType
    """ The entry type (ManualEntryType). """
    entries: list[ManualEntryLineCreate]
    """ The booking lines: each books its amount on a debit account or on a credit account, and together they
    balance. """
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
        """A ManualCompoundEntryCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
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
                type_ in MANUAL_COMPOUND_ENTRY_CREATE_TYPE_VALUES
                and (reference_nr is UNSET or type(reference_nr) is str)
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
    Field("type_", "type", True, Enum(MANUAL_COMPOUND_ENTRY_CREATE_TYPE_VALUES)),
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
