from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """A task as sent to create or edit it."""

    user_id: int
    """ References a user object """
    subject: str
    finish_date: datetime.datetime | None | Unset = UNSET
    info: str | Unset = UNSET
    contact_id: int | Unset = UNSET
    """ References a contact object """
    sub_contact_id: int | None | Unset = UNSET
    """ References a contact object """
    project_id: int | None | Unset = UNSET
    """ References a project object (sent as `pr_project_id`; responses return it as `project_id`). """
    entry_id: int | None | Unset = UNSET
    module_id: int | None | Unset = UNSET
    todo_status_id: int | Unset = UNSET
    """ References a task status """
    todo_priority_id: int | None | Unset = UNSET
    """ References a task priority """
    has_reminder: bool | Unset = UNSET
    """ Whether a reminder is set (sent as `have_remember`; responses return it as `has_reminder`). """
    remember_type_id: int | None | Unset = UNSET
    """ Is required if have_remember is set to true. """
    remember_time_id: int | None | Unset = UNSET
    """ Is required if have_remember is set to true. """
    communication_kind_id: int | None | Unset = UNSET
    """ References a communication type """

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        subject = self.subject

        finish_date: None | str | Unset
        if isinstance(self.finish_date, Unset):
            finish_date = UNSET
        elif isinstance(self.finish_date, datetime.datetime):
            finish_date = self.finish_date.isoformat()
        else:
            finish_date = self.finish_date

        info = self.info

        contact_id = self.contact_id

        sub_contact_id: int | None | Unset
        if isinstance(self.sub_contact_id, Unset):
            sub_contact_id = UNSET
        else:
            sub_contact_id = self.sub_contact_id

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

        todo_status_id = self.todo_status_id

        todo_priority_id: int | None | Unset
        if isinstance(self.todo_priority_id, Unset):
            todo_priority_id = UNSET
        else:
            todo_priority_id = self.todo_priority_id

        has_reminder = self.has_reminder

        remember_type_id: int | None | Unset
        if isinstance(self.remember_type_id, Unset):
            remember_type_id = UNSET
        else:
            remember_type_id = self.remember_type_id

        remember_time_id: int | None | Unset
        if isinstance(self.remember_time_id, Unset):
            remember_time_id = UNSET
        else:
            remember_time_id = self.remember_time_id

        communication_kind_id: int | None | Unset
        if isinstance(self.communication_kind_id, Unset):
            communication_kind_id = UNSET
        else:
            communication_kind_id = self.communication_kind_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "subject": subject,
            }
        )
        if finish_date is not UNSET:
            field_dict["finish_date"] = finish_date
        if info is not UNSET:
            field_dict["info"] = info
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if sub_contact_id is not UNSET:
            field_dict["sub_contact_id"] = sub_contact_id
        if project_id is not UNSET:
            field_dict["pr_project_id"] = project_id
        if entry_id is not UNSET:
            field_dict["entry_id"] = entry_id
        if module_id is not UNSET:
            field_dict["module_id"] = module_id
        if todo_status_id is not UNSET:
            field_dict["todo_status_id"] = todo_status_id
        if todo_priority_id is not UNSET:
            field_dict["todo_priority_id"] = todo_priority_id
        if has_reminder is not UNSET:
            field_dict["have_remember"] = has_reminder
        if remember_type_id is not UNSET:
            field_dict["remember_type_id"] = remember_type_id
        if remember_time_id is not UNSET:
            field_dict["remember_time_id"] = remember_time_id
        if communication_kind_id is not UNSET:
            field_dict["communication_kind_id"] = communication_kind_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        subject = d.pop("subject")

        def _parse_finish_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_date_type_0 = datetime.datetime.fromisoformat(data)

                return finish_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        finish_date = _parse_finish_date(d.pop("finish_date", UNSET))

        info = d.pop("info", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        def _parse_sub_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        sub_contact_id = _parse_sub_contact_id(d.pop("sub_contact_id", UNSET))

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

        todo_status_id = d.pop("todo_status_id", UNSET)

        def _parse_todo_priority_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        todo_priority_id = _parse_todo_priority_id(d.pop("todo_priority_id", UNSET))

        has_reminder = d.pop("have_remember", UNSET)

        def _parse_remember_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        remember_type_id = _parse_remember_type_id(d.pop("remember_type_id", UNSET))

        def _parse_remember_time_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        remember_time_id = _parse_remember_time_id(d.pop("remember_time_id", UNSET))

        def _parse_communication_kind_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        communication_kind_id = _parse_communication_kind_id(d.pop("communication_kind_id", UNSET))

        task_create = cls(
            user_id=user_id,
            subject=subject,
            finish_date=finish_date,
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

        return task_create
