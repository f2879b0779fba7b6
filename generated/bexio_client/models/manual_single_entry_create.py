from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.manual_single_entry_create_type import ManualSingleEntryCreateType, check_manual_single_entry_create_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_entry_line_create import ManualEntryLineCreate


T = TypeVar("T", bound="ManualSingleEntryCreate")


@_attrs_define
class ManualSingleEntryCreate:
    """manual_single_entry: Can be used to create a simple one line booking such as debit account 1020, credit account
    3200, amount 13600.

    """

    type_: ManualSingleEntryCreateType
    """ The entry type (ManualEntryType). """
    entries: list[ManualEntryLineCreate]
    """ The booking line, with its debit account, credit account and amount. """
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
        type_ = check_manual_single_entry_create_type(d.pop("type"))

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

        manual_single_entry_create = cls(
            type_=type_,
            entries=entries,
            date=date,
            reference_nr=reference_nr,
        )

        return manual_single_entry_create
