from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.manual_compound_entry_create_type import (
    ManualCompoundEntryCreateType,
    check_manual_compound_entry_create_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_entry_line_create import ManualEntryLineCreate


T = TypeVar("T", bound="ManualCompoundEntryCreate")


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
        type_: str = self.type_

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        reference_nr = self.reference_nr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "entries": entries,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if reference_nr is not UNSET:
            field_dict["reference_nr"] = reference_nr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manual_entry_line_create import ManualEntryLineCreate  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_manual_compound_entry_create_type(d.pop("type"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ManualEntryLineCreate.from_dict(entries_item_data)

            entries.append(entries_item)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        reference_nr = d.pop("reference_nr", UNSET)

        manual_compound_entry_create = cls(
            type_=type_,
            entries=entries,
            date=date,
            reference_nr=reference_nr,
        )

        return manual_compound_entry_create
