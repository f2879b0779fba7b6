from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.manual_group_entry_create_type import ManualGroupEntryCreateType, check_manual_group_entry_create_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_entry_line_create import ManualEntryLineCreate


T = TypeVar("T", bound="ManualGroupEntryCreate")


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
        type_ = check_manual_group_entry_create_type(d.pop("type"))

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

        manual_group_entry_create = cls(
            type_=type_,
            entries=entries,
            date=date,
            reference_nr=reference_nr,
        )

        return manual_group_entry_create
