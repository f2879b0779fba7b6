from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    DATETIME,
    INT,
    STR,
    Field,
    Nullable,
    dump,
    parse_datetime,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["user_id"] = self.user_id
        field_dict["subject"] = self.subject
        if self.finish_date is not UNSET:
            field_dict["finish_date"] = dump(self.finish_date)
        if self.info is not UNSET:
            field_dict["info"] = self.info
        if self.contact_id is not UNSET:
            field_dict["contact_id"] = self.contact_id
        if self.sub_contact_id is not UNSET:
            field_dict["sub_contact_id"] = self.sub_contact_id
        if self.project_id is not UNSET:
            field_dict["pr_project_id"] = self.project_id
        if self.entry_id is not UNSET:
            field_dict["entry_id"] = self.entry_id
        if self.module_id is not UNSET:
            field_dict["module_id"] = self.module_id
        if self.todo_status_id is not UNSET:
            field_dict["todo_status_id"] = self.todo_status_id
        if self.todo_priority_id is not UNSET:
            field_dict["todo_priority_id"] = self.todo_priority_id
        if self.has_reminder is not UNSET:
            field_dict["have_remember"] = self.has_reminder
        if self.remember_type_id is not UNSET:
            field_dict["remember_type_id"] = self.remember_type_id
        if self.remember_time_id is not UNSET:
            field_dict["remember_time_id"] = self.remember_time_id
        if self.communication_kind_id is not UNSET:
            field_dict["communication_kind_id"] = self.communication_kind_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A TaskCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            user_id = src_dict["user_id"]
            subject = src_dict["subject"]
            finish_date = src_dict.get("finish_date", UNSET)
            if finish_date is not None and finish_date is not UNSET:
                finish_date = parse_datetime(finish_date)
            info = src_dict.get("info", UNSET)
            contact_id = src_dict.get("contact_id", UNSET)
            sub_contact_id = src_dict.get("sub_contact_id", UNSET)
            project_id = src_dict.get("pr_project_id", UNSET)
            entry_id = src_dict.get("entry_id", UNSET)
            module_id = src_dict.get("module_id", UNSET)
            todo_status_id = src_dict.get("todo_status_id", UNSET)
            todo_priority_id = src_dict.get("todo_priority_id", UNSET)
            has_reminder = src_dict.get("have_remember", UNSET)
            remember_type_id = src_dict.get("remember_type_id", UNSET)
            remember_time_id = src_dict.get("remember_time_id", UNSET)
            communication_kind_id = src_dict.get("communication_kind_id", UNSET)
            if not (
                type(user_id) is int
                and type(subject) is str
                and (info is UNSET or type(info) is str)
                and (contact_id is UNSET or type(contact_id) is int)
                and (sub_contact_id is None or sub_contact_id is UNSET or type(sub_contact_id) is int)
                and (project_id is None or project_id is UNSET or type(project_id) is int)
                and (entry_id is None or entry_id is UNSET or type(entry_id) is int)
                and (module_id is None or module_id is UNSET or type(module_id) is int)
                and (todo_status_id is UNSET or type(todo_status_id) is int)
                and (todo_priority_id is None or todo_priority_id is UNSET or type(todo_priority_id) is int)
                and (has_reminder is UNSET or type(has_reminder) is bool)
                and (remember_type_id is None or remember_type_id is UNSET or type(remember_type_id) is int)
                and (remember_time_id is None or remember_time_id is UNSET or type(remember_time_id) is int)
                and (
                    communication_kind_id is None
                    or communication_kind_id is UNSET
                    or type(communication_kind_id) is int
                )
            ):
                raise TypeError
            self = cls(
                user_id,
                subject,
                finish_date,
                info,
                contact_id,
                sub_contact_id,
                project_id,
                entry_id,
                module_id,
                todo_status_id,
                todo_priority_id,
                has_reminder,
                remember_type_id,
                remember_time_id,
                communication_kind_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("user_id", "user_id", True, INT),
    Field("subject", "subject", True, STR),
    Field("finish_date", "finish_date", False, Nullable(DATETIME)),
    Field("info", "info", False, STR),
    Field("contact_id", "contact_id", False, INT),
    Field("sub_contact_id", "sub_contact_id", False, Nullable(INT)),
    Field("project_id", "pr_project_id", False, Nullable(INT)),
    Field("entry_id", "entry_id", False, Nullable(INT)),
    Field("module_id", "module_id", False, Nullable(INT)),
    Field("todo_status_id", "todo_status_id", False, INT),
    Field("todo_priority_id", "todo_priority_id", False, Nullable(INT)),
    Field("has_reminder", "have_remember", False, BOOL),
    Field("remember_type_id", "remember_type_id", False, Nullable(INT)),
    Field("remember_time_id", "remember_time_id", False, Nullable(INT)),
    Field("communication_kind_id", "communication_kind_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "user_id",
        "subject",
        "finish_date",
        "info",
        "contact_id",
        "sub_contact_id",
        "pr_project_id",
        "entry_id",
        "module_id",
        "todo_status_id",
        "todo_priority_id",
        "have_remember",
        "remember_type_id",
        "remember_time_id",
        "communication_kind_id",
    }
)
