from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATE,
    INT,
    STR,
    Enum,
    Field,
    ListOf,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..models.manual_compound_entry_type import ManualCompoundEntryType
from ..models.manual_entry_locked_info_type_1 import ManualEntryLockedInfoType1
from ..models.manual_entry_locked_info_type_2_type_1 import (
    ManualEntryLockedInfoType2Type1,
)
from ..models.manual_entry_locked_info_type_3_type_1 import (
    ManualEntryLockedInfoType3Type1,
)
from .manual_compound_entry_type import MANUAL_COMPOUND_ENTRY_TYPE_VALUES
from .manual_entry_locked_info_type_1 import MANUAL_ENTRY_LOCKED_INFO_TYPE_1_VALUES
from .manual_entry_locked_info_type_2_type_1 import MANUAL_ENTRY_LOCKED_INFO_TYPE_2_TYPE_1_VALUES
from .manual_entry_locked_info_type_3_type_1 import MANUAL_ENTRY_LOCKED_INFO_TYPE_3_TYPE_1_VALUES


@_attrs_define
class ManualCompoundEntry:
    """A compound entry (manual_compound_entry, a total distributed among several accounts) as bexio returns it."""

    id: int
    type_: ManualCompoundEntryType
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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        field_dict["date"] = dump(self.date)
        field_dict["reference_nr"] = self.reference_nr
        field_dict["created_by_user_id"] = self.created_by_user_id
        field_dict["edited_by_user_id"] = self.edited_by_user_id
        field_dict["entries"] = dump(self.entries)
        field_dict["is_locked"] = self.is_locked
        field_dict["locked_info"] = self.locked_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ManualCompoundEntry from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            type_ = src_dict["type"]
            date = src_dict["date"]
            if date is not None:
                date = parse_date(date)
            reference_nr = src_dict["reference_nr"]
            created_by_user_id = src_dict["created_by_user_id"]
            edited_by_user_id = src_dict["edited_by_user_id"]
            entries = src_dict["entries"]
            entries = [ManualEntryLine.from_dict(item) for item in entries]
            is_locked = src_dict["is_locked"]
            locked_info = src_dict["locked_info"]
            if not (
                type(id) is int
                and type_ in MANUAL_COMPOUND_ENTRY_TYPE_VALUES
                and (reference_nr is None or type(reference_nr) is str)
                and (created_by_user_id is None or type(created_by_user_id) is int)
                and (edited_by_user_id is None or type(edited_by_user_id) is int)
                and type(is_locked) is bool
                and (
                    locked_info is None
                    or (
                        locked_info in MANUAL_ENTRY_LOCKED_INFO_TYPE_1_VALUES
                        or locked_info in MANUAL_ENTRY_LOCKED_INFO_TYPE_2_TYPE_1_VALUES
                        or locked_info in MANUAL_ENTRY_LOCKED_INFO_TYPE_3_TYPE_1_VALUES
                    )
                )
            ):
                raise TypeError
            self = cls(
                id,
                type_,
                date,
                reference_nr,
                created_by_user_id,
                edited_by_user_id,
                entries,
                is_locked,
                locked_info,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 9:
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


from .manual_entry_line import ManualEntryLine  # noqa: E402

_FIELDS = (
    Field("id", "id", True, INT),
    Field("type_", "type", True, Enum(MANUAL_COMPOUND_ENTRY_TYPE_VALUES)),
    Field("date", "date", True, Nullable(DATE)),
    Field("reference_nr", "reference_nr", True, Nullable(STR)),
    Field("created_by_user_id", "created_by_user_id", True, Nullable(INT)),
    Field("edited_by_user_id", "edited_by_user_id", True, Nullable(INT)),
    Field("entries", "entries", True, ListOf(Model(ManualEntryLine))),
    Field("is_locked", "is_locked", True, BOOL),
    Field(
        "locked_info",
        "locked_info",
        True,
        Nullable(
            OneOf(
                (
                    Enum(MANUAL_ENTRY_LOCKED_INFO_TYPE_1_VALUES),
                    Enum(MANUAL_ENTRY_LOCKED_INFO_TYPE_2_TYPE_1_VALUES),
                    Enum(MANUAL_ENTRY_LOCKED_INFO_TYPE_3_TYPE_1_VALUES),
                )
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "type",
        "date",
        "reference_nr",
        "created_by_user_id",
        "edited_by_user_id",
        "entries",
        "is_locked",
        "locked_info",
    }
)
