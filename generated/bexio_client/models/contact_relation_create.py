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
class ContactRelationCreate:
    """A contact relation as sent to create or edit it."""

    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["contact_id"] = self.contact_id
        field_dict["contact_sub_id"] = self.contact_sub_id
        if self.description is not UNSET:
            field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ContactRelationCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict["contact_sub_id"]
            description = src_dict.get("description", UNSET)
            if not (
                (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or type(contact_sub_id) is int)
                and (description is None or description is UNSET or type(description) is str)
            ):
                raise TypeError
            self = cls(
                contact_id,
                contact_sub_id,
                description,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 2 + (description is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", True, Nullable(INT)),
    Field("description", "description", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "contact_id",
        "contact_sub_id",
        "description",
    }
)
