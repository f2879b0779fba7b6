from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["user_id"] = self.user_id
        field_dict["event_start"] = self.event_start
        field_dict["subject"] = self.subject
        if self.info is not UNSET:
            field_dict["info"] = self.info
        if self.contact_id is not UNSET:
            field_dict["contact_id"] = self.contact_id
        if self.project_id is not UNSET:
            field_dict["pr_project_id"] = self.project_id
        if self.entry_id is not UNSET:
            field_dict["entry_id"] = self.entry_id
        if self.module_id is not UNSET:
            field_dict["module_id"] = self.module_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A NoteCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            user_id = src_dict["user_id"]
            event_start = src_dict["event_start"]
            subject = src_dict["subject"]
            info = src_dict.get("info", UNSET)
            contact_id = src_dict.get("contact_id", UNSET)
            project_id = src_dict.get("pr_project_id", UNSET)
            entry_id = src_dict.get("entry_id", UNSET)
            module_id = src_dict.get("module_id", UNSET)
            if not (
                type(user_id) is int
                and type(event_start) is str
                and type(subject) is str
                and (info is UNSET or type(info) is str)
                and (contact_id is None or contact_id is UNSET or type(contact_id) is int)
                and (project_id is None or project_id is UNSET or type(project_id) is int)
                and (entry_id is None or entry_id is UNSET or type(entry_id) is int)
                and (module_id is None or module_id is UNSET or type(module_id) is int)
            ):
                raise TypeError
            self = cls(
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
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 3 + (info is not UNSET) + (contact_id is not UNSET) + (project_id is not UNSET) + (
            entry_id is not UNSET
        ) + (module_id is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("user_id", "user_id", True, INT),
    Field("event_start", "event_start", True, STR),
    Field("subject", "subject", True, STR),
    Field("info", "info", False, STR),
    Field("contact_id", "contact_id", False, Nullable(INT)),
    Field("project_id", "pr_project_id", False, Nullable(INT)),
    Field("entry_id", "entry_id", False, Nullable(INT)),
    Field("module_id", "module_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "user_id",
        "event_start",
        "subject",
        "info",
        "contact_id",
        "pr_project_id",
        "entry_id",
        "module_id",
    }
)
