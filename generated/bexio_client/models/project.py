from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    UUID_TEXT,
    Field,
    Nullable,
    dump,
    parse_uuid,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class Project:
    """A project as bexio returns it (fields read from the response samples). `user_id` is returned since 2024-11-15
    (changelog; docs/bexio-api-changes-2024-11-to-2026-06.md §3.6, which could not locate the project paths to check its
    type: typed as on create).

    """

    id: int
    uuid: None | UUID
    nr: None | str
    """ The project number """
    name: None | str
    start_date: None | str
    """ `YYYY-MM-DD HH:MM:SS` """
    end_date: None | str
    """ `YYYY-MM-DD HH:MM:SS` """
    comment: None | str
    pr_state_id: int | None
    """ References a project status object """
    pr_project_type_id: int | None
    """ References a project type object """
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    pr_invoice_type_id: int | None
    """ The invoice type: 1 `type_hourly_rate_service` (hourly rate for client services), 2
    `type_hourly_rate_employee` (hourly rate for employee), 3 `type_hourly_rate_project` (hourly rate for project),
    4 `type_fix` (fix price for project). """
    pr_invoice_type_amount: None | str
    """ Decimal number as a string. This field can only be edited if the pr_invoice_type is set. (Only supported for
    invoice types: type_hourly_rate_project and type_fix) """
    pr_budget_type_id: int | None
    """ The budget type: 1 `type_budgeted_costs` (total budget costs), 2 `type_budgeted_hours` (total budget hours),
    3 `type_service_budget` (budget for each client service), 4 `type_service_employees` (budget for each employee).
    """
    pr_budget_type_amount: None | str
    """ Decimal number as a string. This field can only be edited if the pr_budget_type is set. (Only supported for
    budget types: type_budgeted_costs and type_budgeted_hours) """
    user_id: int | None | Unset = UNSET
    """ References a user object (returned since 2024-11-15) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["uuid"] = dump(self.uuid)
        field_dict["nr"] = self.nr
        field_dict["name"] = self.name
        field_dict["start_date"] = self.start_date
        field_dict["end_date"] = self.end_date
        field_dict["comment"] = self.comment
        field_dict["pr_state_id"] = self.pr_state_id
        field_dict["pr_project_type_id"] = self.pr_project_type_id
        field_dict["contact_id"] = self.contact_id
        field_dict["contact_sub_id"] = self.contact_sub_id
        field_dict["pr_invoice_type_id"] = self.pr_invoice_type_id
        field_dict["pr_invoice_type_amount"] = self.pr_invoice_type_amount
        field_dict["pr_budget_type_id"] = self.pr_budget_type_id
        field_dict["pr_budget_type_amount"] = self.pr_budget_type_amount
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Project from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            uuid = src_dict["uuid"]
            if uuid is not None:
                uuid = parse_uuid(uuid)
            nr = src_dict["nr"]
            name = src_dict["name"]
            start_date = src_dict["start_date"]
            end_date = src_dict["end_date"]
            comment = src_dict["comment"]
            pr_state_id = src_dict["pr_state_id"]
            pr_project_type_id = src_dict["pr_project_type_id"]
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict["contact_sub_id"]
            pr_invoice_type_id = src_dict["pr_invoice_type_id"]
            pr_invoice_type_amount = src_dict["pr_invoice_type_amount"]
            pr_budget_type_id = src_dict["pr_budget_type_id"]
            pr_budget_type_amount = src_dict["pr_budget_type_amount"]
            user_id = src_dict.get("user_id", UNSET)
            if not (
                type(id) is int
                and (nr is None or type(nr) is str)
                and (name is None or type(name) is str)
                and (start_date is None or type(start_date) is str)
                and (end_date is None or type(end_date) is str)
                and (comment is None or type(comment) is str)
                and (pr_state_id is None or type(pr_state_id) is int)
                and (pr_project_type_id is None or type(pr_project_type_id) is int)
                and (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or type(contact_sub_id) is int)
                and (pr_invoice_type_id is None or type(pr_invoice_type_id) is int)
                and (pr_invoice_type_amount is None or type(pr_invoice_type_amount) is str)
                and (pr_budget_type_id is None or type(pr_budget_type_id) is int)
                and (pr_budget_type_amount is None or type(pr_budget_type_amount) is str)
                and (user_id is None or user_id is UNSET or type(user_id) is int)
            ):
                raise TypeError
            self = cls(
                id,
                uuid,
                nr,
                name,
                start_date,
                end_date,
                comment,
                pr_state_id,
                pr_project_type_id,
                contact_id,
                contact_sub_id,
                pr_invoice_type_id,
                pr_invoice_type_amount,
                pr_budget_type_id,
                pr_budget_type_amount,
                user_id,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 15 + (user_id is not UNSET):
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
    Field("uuid", "uuid", True, Nullable(UUID_TEXT)),
    Field("nr", "nr", True, Nullable(STR)),
    Field("name", "name", True, Nullable(STR)),
    Field("start_date", "start_date", True, Nullable(STR)),
    Field("end_date", "end_date", True, Nullable(STR)),
    Field("comment", "comment", True, Nullable(STR)),
    Field("pr_state_id", "pr_state_id", True, Nullable(INT)),
    Field("pr_project_type_id", "pr_project_type_id", True, Nullable(INT)),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", True, Nullable(INT)),
    Field("pr_invoice_type_id", "pr_invoice_type_id", True, Nullable(INT)),
    Field("pr_invoice_type_amount", "pr_invoice_type_amount", True, Nullable(STR)),
    Field("pr_budget_type_id", "pr_budget_type_id", True, Nullable(INT)),
    Field("pr_budget_type_amount", "pr_budget_type_amount", True, Nullable(STR)),
    Field("user_id", "user_id", False, Nullable(INT)),
)
_KNOWN = frozenset(
    {
        "id",
        "uuid",
        "nr",
        "name",
        "start_date",
        "end_date",
        "comment",
        "pr_state_id",
        "pr_project_type_id",
        "contact_id",
        "contact_sub_id",
        "pr_invoice_type_id",
        "pr_invoice_type_amount",
        "pr_budget_type_id",
        "pr_budget_type_amount",
        "user_id",
    }
)
