from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteCreate")


@_attrs_define
class NoteCreate:
    """A note as sent to create or edit it."""

    user_id: int
    """ References a user object """
    event_start: str
    """ Date and time of the note, `YYYY-MM-DD HH:MM:SS` (the reference types it date-time; its samples use this
    form). """
    subject: str
    info: str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    """ References a contact object """
    project_id: int | None | Unset = UNSET
    """ References a project object (sent as `pr_project_id`; responses return it as `project_id`). """
    entry_id: int | None | Unset = UNSET
    module_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        event_start = self.event_start

        subject = self.subject

        info = self.info

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        entry_id: int | None | Unset
        if isinstance(self.entry_id, Unset):
            entry_id = UNSET
        else:
            entry_id = self.entry_id

        module_id: int | None | Unset
        if isinstance(self.module_id, Unset):
            module_id = UNSET
        else:
            module_id = self.module_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "event_start": event_start,
                "subject": subject,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if project_id is not UNSET:
            field_dict["pr_project_id"] = project_id
        if entry_id is not UNSET:
            field_dict["entry_id"] = entry_id
        if module_id is not UNSET:
            field_dict["module_id"] = module_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        event_start = d.pop("event_start")

        subject = d.pop("subject")

        info = d.pop("info", UNSET)

        def _parse_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        project_id = _parse_project_id(d.pop("pr_project_id", UNSET))

        def _parse_entry_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        entry_id = _parse_entry_id(d.pop("entry_id", UNSET))

        def _parse_module_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        module_id = _parse_module_id(d.pop("module_id", UNSET))

        note_create = cls(
            user_id=user_id,
            event_start=event_start,
            subject=subject,
            info=info,
            contact_id=contact_id,
            project_id=project_id,
            entry_id=entry_id,
            module_id=module_id,
        )

        return note_create
