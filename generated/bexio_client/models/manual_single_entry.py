from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manual_entry_locked_info_type_1 import ManualEntryLockedInfoType1, check_manual_entry_locked_info_type_1
from ..models.manual_entry_locked_info_type_2_type_1 import (
    ManualEntryLockedInfoType2Type1,
    check_manual_entry_locked_info_type_2_type_1,
)
from ..models.manual_entry_locked_info_type_3_type_1 import (
    ManualEntryLockedInfoType3Type1,
    check_manual_entry_locked_info_type_3_type_1,
)
from ..models.manual_single_entry_type import ManualSingleEntryType, check_manual_single_entry_type

if TYPE_CHECKING:
    from ..models.manual_entry_line import ManualEntryLine


T = TypeVar("T", bound="ManualSingleEntry")


@_attrs_define
class ManualSingleEntry:
    """A single entry (manual_single_entry, one line booking) as bexio returns it."""

    id: int
    type_: ManualSingleEntryType
    """ The entry type (ManualEntryType). """
    date: datetime.date | None
    """ the booking date """
    reference_nr: None | str
    """ A reference number for the booking """
    created_by_user_id: int | None
    """ References the user who created the entry. """
    edited_by_user_id: int | None
    """ References the user who edited the entry last. """
    entries: list[ManualEntryLine]
    """ The booking lines. """
    is_locked: bool
    """ Whether the entry can no longer be changed. """
    locked_info: ManualEntryLockedInfoType1 | ManualEntryLockedInfoType2Type1 | ManualEntryLockedInfoType3Type1 | None
    """ Why the entry is locked (values from bexio's published spec, research/nested-schemas.md §7;
    `Banking_transaction` is spelt so). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        reference_nr: None | str
        reference_nr = self.reference_nr

        created_by_user_id: int | None
        created_by_user_id = self.created_by_user_id

        edited_by_user_id: int | None
        edited_by_user_id = self.edited_by_user_id

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        is_locked = self.is_locked

        locked_info: None | str
        if isinstance(self.locked_info, str):
            locked_info = self.locked_info
        elif isinstance(self.locked_info, str):
            locked_info = self.locked_info
        elif isinstance(self.locked_info, str):
            locked_info = self.locked_info
        else:
            locked_info = self.locked_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "date": date,
                "reference_nr": reference_nr,
                "created_by_user_id": created_by_user_id,
                "edited_by_user_id": edited_by_user_id,
                "entries": entries,
                "is_locked": is_locked,
                "locked_info": locked_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manual_entry_line import ManualEntryLine  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_manual_single_entry_type(d.pop("type"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        date = _parse_date(d.pop("date"))

        def _parse_reference_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        reference_nr = _parse_reference_nr(d.pop("reference_nr"))

        def _parse_created_by_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        created_by_user_id = _parse_created_by_user_id(d.pop("created_by_user_id"))

        def _parse_edited_by_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        edited_by_user_id = _parse_edited_by_user_id(d.pop("edited_by_user_id"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ManualEntryLine.from_dict(entries_item_data)

            entries.append(entries_item)

        is_locked = d.pop("is_locked")

        def _parse_locked_info(
            data: object,
        ) -> ManualEntryLockedInfoType1 | ManualEntryLockedInfoType2Type1 | ManualEntryLockedInfoType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_manual_entry_locked_info_type_1 = check_manual_entry_locked_info_type_1(data)

                return componentsschemas_manual_entry_locked_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_manual_entry_locked_info_type_2_type_1 = check_manual_entry_locked_info_type_2_type_1(
                    data
                )

                return componentsschemas_manual_entry_locked_info_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_manual_entry_locked_info_type_3_type_1 = check_manual_entry_locked_info_type_3_type_1(
                    data
                )

                return componentsschemas_manual_entry_locked_info_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "ManualEntryLockedInfoType1 | ManualEntryLockedInfoType2Type1 | ManualEntryLockedInfoType3Type1 | None",
                data,
            )

        locked_info = _parse_locked_info(d.pop("locked_info"))

        manual_single_entry = cls(
            id=id,
            type_=type_,
            date=date,
            reference_nr=reference_nr,
            created_by_user_id=created_by_user_id,
            edited_by_user_id=edited_by_user_id,
            entries=entries,
            is_locked=is_locked,
            locked_info=locked_info,
        )

        manual_single_entry.additional_properties = d
        return manual_single_entry

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
