from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task as bexio returns it (fields read from the response samples)."""

    id: int
    user_id: int | None
    """ References a user object """
    finish_date: datetime.datetime | None
    subject: None | str
    place: int | None | str
    info: None | str
    contact_id: int | None
    """ References a contact object """
    sub_contact_id: int | None
    """ References a contact object """
    project_id: int | None
    """ References a project object """
    entry_id: int | None
    module_id: int | None
    todo_status_id: int | None
    """ References a task status """
    todo_priority_id: int | None
    """ References a task priority """
    has_reminder: bool
    remember_type_id: int | None
    remember_time_id: int | None
    communication_kind_id: int | None
    """ References a communication type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: int | None
        user_id = self.user_id

        finish_date: None | str
        if isinstance(self.finish_date, datetime.datetime):
            finish_date = self.finish_date.isoformat()
        else:
            finish_date = self.finish_date

        subject: None | str
        subject = self.subject

        place: int | None | str
        place = self.place

        info: None | str
        info = self.info

        contact_id: int | None
        contact_id = self.contact_id

        sub_contact_id: int | None
        sub_contact_id = self.sub_contact_id

        project_id: int | None
        project_id = self.project_id

        entry_id: int | None
        entry_id = self.entry_id

        module_id: int | None
        module_id = self.module_id

        todo_status_id: int | None
        todo_status_id = self.todo_status_id

        todo_priority_id: int | None
        todo_priority_id = self.todo_priority_id

        has_reminder = self.has_reminder

        remember_type_id: int | None
        remember_type_id = self.remember_type_id

        remember_time_id: int | None
        remember_time_id = self.remember_time_id

        communication_kind_id: int | None
        communication_kind_id = self.communication_kind_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "finish_date": finish_date,
                "subject": subject,
                "place": place,
                "info": info,
                "contact_id": contact_id,
                "sub_contact_id": sub_contact_id,
                "project_id": project_id,
                "entry_id": entry_id,
                "module_id": module_id,
                "todo_status_id": todo_status_id,
                "todo_priority_id": todo_priority_id,
                "has_reminder": has_reminder,
                "remember_type_id": remember_type_id,
                "remember_time_id": remember_time_id,
                "communication_kind_id": communication_kind_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_finish_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_date_type_0 = datetime.datetime.fromisoformat(data)

                return finish_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        finish_date = _parse_finish_date(d.pop("finish_date"))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_place(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        place = _parse_place(d.pop("place"))

        def _parse_info(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        info = _parse_info(d.pop("info"))

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_sub_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        sub_contact_id = _parse_sub_contact_id(d.pop("sub_contact_id"))

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

        def _parse_todo_status_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        todo_status_id = _parse_todo_status_id(d.pop("todo_status_id"))

        def _parse_todo_priority_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        todo_priority_id = _parse_todo_priority_id(d.pop("todo_priority_id"))

        has_reminder = d.pop("has_reminder")

        def _parse_remember_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        remember_type_id = _parse_remember_type_id(d.pop("remember_type_id"))

        def _parse_remember_time_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        remember_time_id = _parse_remember_time_id(d.pop("remember_time_id"))

        def _parse_communication_kind_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        communication_kind_id = _parse_communication_kind_id(d.pop("communication_kind_id"))

        task = cls(
            id=id,
            user_id=user_id,
            finish_date=finish_date,
            subject=subject,
            place=place,
            info=info,
            contact_id=contact_id,
            sub_contact_id=sub_contact_id,
            project_id=project_id,
            entry_id=entry_id,
            module_id=module_id,
            todo_status_id=todo_status_id,
            todo_priority_id=todo_priority_id,
            has_reminder=has_reminder,
            remember_type_id=remember_type_id,
            remember_time_id=remember_time_id,
            communication_kind_id=communication_kind_id,
        )

        task.additional_properties = d
        return task

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
