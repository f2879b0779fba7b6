from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRelationCreate")


@_attrs_define
class ContactRelationCreate:
    """A contact relation as sent to create or edit it."""

    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_id": contact_id,
                "contact_sub_id": contact_sub_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_contact_sub_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        contact_relation_create = cls(
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            description=description,
        )

        return contact_relation_create
