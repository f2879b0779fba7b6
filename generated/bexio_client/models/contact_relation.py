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
class ContactRelation:
    """A contact relation as bexio returns it (fields read from the response samples)."""

    id: int
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    description: None | str
    updated_at: str
    """ Time of the last change, `YYYY-MM-DD HH:MM:SS` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["contact_id"] = self.contact_id
        field_dict["contact_sub_id"] = self.contact_sub_id
        field_dict["description"] = self.description
        field_dict["updated_at"] = self.updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ContactRelation from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict["contact_sub_id"]
            description = src_dict["description"]
            updated_at = src_dict["updated_at"]
            if not (
                type(id) is int
                and (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or type(contact_sub_id) is int)
                and (description is None or type(description) is str)
                and type(updated_at) is str
            ):
                raise TypeError
            self = cls(
                id,
                contact_id,
                contact_sub_id,
                description,
                updated_at,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 5:
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
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", True, Nullable(INT)),
    Field("description", "description", True, Nullable(STR)),
    Field("updated_at", "updated_at", True, STR),
)
_KNOWN = frozenset(
    {
        "id",
        "contact_id",
        "contact_sub_id",
        "description",
        "updated_at",
    }
)
