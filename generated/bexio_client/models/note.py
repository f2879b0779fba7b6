from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """A note as bexio returns it (fields read from the response samples)."""

    id: int
    user_id: int
    """ References a user object """
    event_start: str
    """ Date and time of the note, `YYYY-MM-DD HH:MM:SS` (the reference types it date-time; its samples use this
    form). """
    subject: str
    info: str
    contact_id: int | None
    """ References a contact object """
    project_id: int | None
    """ References a project object """
    entry_id: int | None
    module_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        event_start = self.event_start

        subject = self.subject

        info = self.info

        contact_id: int | None
        contact_id = self.contact_id

        project_id: int | None
        project_id = self.project_id

        entry_id: int | None
        entry_id = self.entry_id

        module_id: int | None
        module_id = self.module_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "event_start": event_start,
                "subject": subject,
                "info": info,
                "contact_id": contact_id,
                "project_id": project_id,
                "entry_id": entry_id,
                "module_id": module_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        event_start = d.pop("event_start")

        subject = d.pop("subject")

        info = d.pop("info")

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        project_id = _parse_project_id(d.pop("project_id"))

        def _parse_entry_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        entry_id = _parse_entry_id(d.pop("entry_id"))

        def _parse_module_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        module_id = _parse_module_id(d.pop("module_id"))

        note = cls(
            id=id,
            user_id=user_id,
            event_start=event_start,
            subject=subject,
            info=info,
            contact_id=contact_id,
            project_id=project_id,
            entry_id=entry_id,
            module_id=module_id,
        )

        note.additional_properties = d
        return note

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
