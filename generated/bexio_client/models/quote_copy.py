from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    DATE,
    INT,
    STR,
    Field,
    Nullable,
    dump,
    parse_date,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class QuoteCopy:
    """What the copy of a quote changes."""

    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    is_valid_from: datetime.date | Unset = UNSET
    project_id: int | None | Unset = UNSET
    """ References a project object (sent as `pr_project_id`; responses return it as `project_id`). """
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["contact_id"] = self.contact_id
        if self.contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = self.contact_sub_id
        if self.is_valid_from is not UNSET:
            field_dict["is_valid_from"] = dump(self.is_valid_from)
        if self.project_id is not UNSET:
            field_dict["pr_project_id"] = self.project_id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A QuoteCopy from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict.get("contact_sub_id", UNSET)
            is_valid_from = src_dict.get("is_valid_from", UNSET)
            if is_valid_from is not UNSET:
                is_valid_from = parse_date(is_valid_from)
            project_id = src_dict.get("pr_project_id", UNSET)
            title = src_dict.get("title", UNSET)
            if not (
                (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or contact_sub_id is UNSET or type(contact_sub_id) is int)
                and (project_id is None or project_id is UNSET or type(project_id) is int)
                and (title is None or title is UNSET or type(title) is str)
            ):
                raise TypeError
            self = cls(
                contact_id,
                contact_sub_id,
                is_valid_from,
                project_id,
                title,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 1 + (contact_sub_id is not UNSET) + (is_valid_from is not UNSET) + (
            project_id is not UNSET
        ) + (title is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", False, Nullable(INT)),
    Field("is_valid_from", "is_valid_from", False, DATE),
    Field("project_id", "pr_project_id", False, Nullable(INT)),
    Field("title", "title", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "contact_id",
        "contact_sub_id",
        "is_valid_from",
        "pr_project_id",
        "title",
    }
)
