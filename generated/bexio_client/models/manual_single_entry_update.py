from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.manual_single_entry_update_type import ManualSingleEntryUpdateType, check_manual_single_entry_update_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_entry_line_update import ManualEntryLineUpdate


T = TypeVar("T", bound="ManualSingleEntryUpdate")


@_attrs_define
class ManualSingleEntryUpdate:
    """A single entry (manual_single_entry, one line booking) to update."""

    type_: ManualSingleEntryUpdateType
    """ The entry type (ManualEntryType). """
    entries: list[ManualEntryLineUpdate]
    """ The booking line, with its debit account, credit account and amount. """
    date: datetime.date | Unset = UNSET
    """ the booking date """
    reference_nr: str | Unset = UNSET
    """ A reference number for the booking """
    id: float | Unset = UNSET
    """ The id of the main resource """

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

        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manual_entry_line_update import ManualEntryLineUpdate  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_manual_single_entry_update_type(d.pop("type"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ManualEntryLineUpdate.from_dict(entries_item_data)

            entries.append(entries_item)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        reference_nr = d.pop("reference_nr", UNSET)

        id = d.pop("id", UNSET)

        manual_single_entry_update = cls(
            type_=type_,
            entries=entries,
            date=date,
            reference_nr=reference_nr,
            id=id,
        )

        return manual_single_entry_update
