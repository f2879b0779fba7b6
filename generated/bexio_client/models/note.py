from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["event_start"] = self.event_start
        field_dict["subject"] = self.subject
        field_dict["info"] = self.info
        field_dict["contact_id"] = self.contact_id
        field_dict["project_id"] = self.project_id
        field_dict["entry_id"] = self.entry_id
        field_dict["module_id"] = self.module_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Note from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            user_id = src_dict["user_id"]
            event_start = src_dict["event_start"]
            subject = src_dict["subject"]
            info = src_dict["info"]
            contact_id = src_dict["contact_id"]
            project_id = src_dict["project_id"]
            entry_id = src_dict["entry_id"]
            module_id = src_dict["module_id"]
            if not (
                type(id) is int
                and type(user_id) is int
                and type(event_start) is str
                and type(subject) is str
                and type(info) is str
                and (contact_id is None or type(contact_id) is int)
                and (project_id is None or type(project_id) is int)
                and (entry_id is None or type(entry_id) is int)
                and (module_id is None or type(module_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                user_id,
                event_start,
                subject,
                info,
                contact_id,
                project_id,
                entry_id,
                module_id,
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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("user_id", "user_id", True, INT),
    Field("event_start", "event_start", True, STR),
    Field("subject", "subject", True, STR),
    Field("info", "info", True, STR),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("project_id", "project_id", True, Nullable(INT)),
    Field("entry_id", "entry_id", True, Nullable(INT)),
    Field("module_id", "module_id", True, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "user_id",
        "event_start",
        "subject",
        "info",
        "contact_id",
        "project_id",
        "entry_id",
        "module_id",
    }
)
