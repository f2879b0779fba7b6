from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATETIME,
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_datetime,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["finish_date"] = dump(self.finish_date)
        field_dict["subject"] = self.subject
        field_dict["place"] = self.place
        field_dict["info"] = self.info
        field_dict["contact_id"] = self.contact_id
        field_dict["sub_contact_id"] = self.sub_contact_id
        field_dict["project_id"] = self.project_id
        field_dict["entry_id"] = self.entry_id
        field_dict["module_id"] = self.module_id
        field_dict["todo_status_id"] = self.todo_status_id
        field_dict["todo_priority_id"] = self.todo_priority_id
        field_dict["has_reminder"] = self.has_reminder
        field_dict["remember_type_id"] = self.remember_type_id
        field_dict["remember_time_id"] = self.remember_time_id
        field_dict["communication_kind_id"] = self.communication_kind_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Task from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            user_id = src_dict["user_id"]
            finish_date = src_dict["finish_date"]
            if finish_date is not None:
                finish_date = parse_datetime(finish_date)
            subject = src_dict["subject"]
            place = src_dict["place"]
            info = src_dict["info"]
            contact_id = src_dict["contact_id"]
            sub_contact_id = src_dict["sub_contact_id"]
            project_id = src_dict["project_id"]
            entry_id = src_dict["entry_id"]
            module_id = src_dict["module_id"]
            todo_status_id = src_dict["todo_status_id"]
            todo_priority_id = src_dict["todo_priority_id"]
            has_reminder = src_dict["has_reminder"]
            remember_type_id = src_dict["remember_type_id"]
            remember_time_id = src_dict["remember_time_id"]
            communication_kind_id = src_dict["communication_kind_id"]
            if not (
                type(id) is int
                and (user_id is None or type(user_id) is int)
                and (subject is None or type(subject) is str)
                and (place is None or (type(place) is int or type(place) is str))
                and (info is None or type(info) is str)
                and (contact_id is None or type(contact_id) is int)
                and (sub_contact_id is None or type(sub_contact_id) is int)
                and (project_id is None or type(project_id) is int)
                and (entry_id is None or type(entry_id) is int)
                and (module_id is None or type(module_id) is int)
                and (todo_status_id is None or type(todo_status_id) is int)
                and (todo_priority_id is None or type(todo_priority_id) is int)
                and type(has_reminder) is bool
                and (remember_type_id is None or type(remember_type_id) is int)
                and (remember_time_id is None or type(remember_time_id) is int)
                and (communication_kind_id is None or type(communication_kind_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                user_id,
                finish_date,
                subject,
                place,
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
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 17:
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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("user_id", "user_id", True, Nullable(INT)),
    Field("finish_date", "finish_date", True, Nullable(DATETIME)),
    Field("subject", "subject", True, Nullable(STR)),
    Field(
        "place",
        "place",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("info", "info", True, Nullable(STR)),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("sub_contact_id", "sub_contact_id", True, Nullable(INT)),
    Field("project_id", "project_id", True, Nullable(INT)),
    Field("entry_id", "entry_id", True, Nullable(INT)),
    Field("module_id", "module_id", True, Nullable(INT)),
    Field("todo_status_id", "todo_status_id", True, Nullable(INT)),
    Field("todo_priority_id", "todo_priority_id", True, Nullable(INT)),
    Field("has_reminder", "has_reminder", True, BOOL),
    Field("remember_type_id", "remember_type_id", True, Nullable(INT)),
    Field("remember_time_id", "remember_time_id", True, Nullable(INT)),
    Field("communication_kind_id", "communication_kind_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "user_id",
        "finish_date",
        "subject",
        "place",
        "info",
        "contact_id",
        "sub_contact_id",
        "project_id",
        "entry_id",
        "module_id",
        "todo_status_id",
        "todo_priority_id",
        "has_reminder",
        "remember_type_id",
        "remember_time_id",
        "communication_kind_id",
    }
)
