from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCopy")


@_attrs_define
class InvoiceCopy:
    """What a copy of an invoice changes."""

    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    is_valid_from: datetime.date | Unset = UNSET
    project_id: int | None | Unset = UNSET
    """ References a project object (sent as `pr_project_id`; responses return it as `project_id`). """
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None | Unset
        if isinstance(self.contact_sub_id, Unset):
            contact_sub_id = UNSET
        else:
            contact_sub_id = self.contact_sub_id

        is_valid_from: str | Unset = UNSET
        if not isinstance(self.is_valid_from, Unset):
            is_valid_from = self.is_valid_from.isoformat()

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_id": contact_id,
            }
        )
        if contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = contact_sub_id
        if is_valid_from is not UNSET:
            field_dict["is_valid_from"] = is_valid_from
        if project_id is not UNSET:
            field_dict["pr_project_id"] = project_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_contact_sub_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id", UNSET))

        _is_valid_from = d.pop("is_valid_from", UNSET)
        is_valid_from: datetime.date | Unset
        if isinstance(_is_valid_from, Unset):
            is_valid_from = UNSET
        else:
            is_valid_from = datetime.date.fromisoformat(_is_valid_from)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        project_id = _parse_project_id(d.pop("pr_project_id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        invoice_copy = cls(
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            is_valid_from=is_valid_from,
            project_id=project_id,
            title=title,
        )

        return invoice_copy
