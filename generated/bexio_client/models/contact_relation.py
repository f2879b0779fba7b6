from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactRelation")


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
        id = self.id

        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        description: None | str
        description = self.description

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contact_id": contact_id,
                "contact_sub_id": contact_sub_id,
                "description": description,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        description = _parse_description(d.pop("description"))

        updated_at = d.pop("updated_at")

        contact_relation = cls(
            id=id,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            description=description,
            updated_at=updated_at,
        )

        contact_relation.additional_properties = d
        return contact_relation

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
