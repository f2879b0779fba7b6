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
class ProjectCreate:
    """A project as sent to create or edit it."""

    name: str
    pr_state_id: int
    """ References a project status object """
    pr_project_type_id: int
    """ References a project type object """
    contact_id: int
    """ References a contact object """
    user_id: int
    """ References a user object """
    start_date: None | str | Unset = UNSET
    """ `YYYY-MM-DD HH:MM:SS`, as the samples send it (e.g. "2019-07-12 00:00:00") """
    end_date: None | str | Unset = UNSET
    """ `YYYY-MM-DD HH:MM:SS`, as the samples send it (e.g. "2019-07-12 00:00:00") """
    comment: str | Unset = UNSET
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    pr_invoice_type_id: int | None | Unset = UNSET
    """ The invoice type: 1 `type_hourly_rate_service` (hourly rate for client services), 2
    `type_hourly_rate_employee` (hourly rate for employee), 3 `type_hourly_rate_project` (hourly rate for project),
    4 `type_fix` (fix price for project). """
    pr_invoice_type_amount: str | Unset = UNSET
    """ Decimal number as a string. This field can only be edited if the pr_invoice_type is set. (Only supported for
    invoice types: type_hourly_rate_project and type_fix) """
    pr_budget_type_id: int | None | Unset = UNSET
    """ The budget type: 1 `type_budgeted_costs` (total budget costs), 2 `type_budgeted_hours` (total budget hours),
    3 `type_service_budget` (budget for each client service), 4 `type_service_employees` (budget for each employee).
    """
    pr_budget_type_amount: str | Unset = UNSET
    """ Decimal number as a string. This field can only be edited if the pr_budget_type is set. (Only supported for
    budget types: type_budgeted_costs and type_budgeted_hours) """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        field_dict["pr_state_id"] = self.pr_state_id
        field_dict["pr_project_type_id"] = self.pr_project_type_id
        field_dict["contact_id"] = self.contact_id
        field_dict["user_id"] = self.user_id
        if self.start_date is not UNSET:
            field_dict["start_date"] = self.start_date
        if self.end_date is not UNSET:
            field_dict["end_date"] = self.end_date
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = self.contact_sub_id
        if self.pr_invoice_type_id is not UNSET:
            field_dict["pr_invoice_type_id"] = self.pr_invoice_type_id
        if self.pr_invoice_type_amount is not UNSET:
            field_dict["pr_invoice_type_amount"] = self.pr_invoice_type_amount
        if self.pr_budget_type_id is not UNSET:
            field_dict["pr_budget_type_id"] = self.pr_budget_type_id
        if self.pr_budget_type_amount is not UNSET:
            field_dict["pr_budget_type_amount"] = self.pr_budget_type_amount
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A ProjectCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            pr_state_id = src_dict["pr_state_id"]
            pr_project_type_id = src_dict["pr_project_type_id"]
            contact_id = src_dict["contact_id"]
            user_id = src_dict["user_id"]
            start_date = src_dict.get("start_date", UNSET)
            end_date = src_dict.get("end_date", UNSET)
            comment = src_dict.get("comment", UNSET)
            contact_sub_id = src_dict.get("contact_sub_id", UNSET)
            pr_invoice_type_id = src_dict.get("pr_invoice_type_id", UNSET)
            pr_invoice_type_amount = src_dict.get("pr_invoice_type_amount", UNSET)
            pr_budget_type_id = src_dict.get("pr_budget_type_id", UNSET)
            pr_budget_type_amount = src_dict.get("pr_budget_type_amount", UNSET)
            if not (
                type(name) is str
                and type(pr_state_id) is int
                and type(pr_project_type_id) is int
                and type(contact_id) is int
                and type(user_id) is int
                and (start_date is None or start_date is UNSET or type(start_date) is str)
                and (end_date is None or end_date is UNSET or type(end_date) is str)
                and (comment is UNSET or type(comment) is str)
                and (contact_sub_id is None or contact_sub_id is UNSET or type(contact_sub_id) is int)
                and (pr_invoice_type_id is None or pr_invoice_type_id is UNSET or type(pr_invoice_type_id) is int)
                and (pr_invoice_type_amount is UNSET or type(pr_invoice_type_amount) is str)
                and (pr_budget_type_id is None or pr_budget_type_id is UNSET or type(pr_budget_type_id) is int)
                and (pr_budget_type_amount is UNSET or type(pr_budget_type_amount) is str)
            ):
                raise TypeError
            self = cls(
                name,
                pr_state_id,
                pr_project_type_id,
                contact_id,
                user_id,
                start_date,
                end_date,
                comment,
                contact_sub_id,
                pr_invoice_type_id,
                pr_invoice_type_amount,
                pr_budget_type_id,
                pr_budget_type_amount,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 5 + (start_date is not UNSET) + (end_date is not UNSET) + (comment is not UNSET) + (
            contact_sub_id is not UNSET
        ) + (pr_invoice_type_id is not UNSET) + (pr_invoice_type_amount is not UNSET) + (
            pr_budget_type_id is not UNSET
        ) + (pr_budget_type_amount is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("name", "name", True, STR),
    Field("pr_state_id", "pr_state_id", True, INT),
    Field("pr_project_type_id", "pr_project_type_id", True, INT),
    Field("contact_id", "contact_id", True, INT),
    Field("user_id", "user_id", True, INT),
    Field("start_date", "start_date", False, Nullable(STR)),
    Field("end_date", "end_date", False, Nullable(STR)),
    Field("comment", "comment", False, STR),
    Field("contact_sub_id", "contact_sub_id", False, Nullable(INT)),
    Field("pr_invoice_type_id", "pr_invoice_type_id", False, Nullable(INT)),
    Field("pr_invoice_type_amount", "pr_invoice_type_amount", False, STR),
    Field("pr_budget_type_id", "pr_budget_type_id", False, Nullable(INT)),
    Field("pr_budget_type_amount", "pr_budget_type_amount", False, STR),
)
_KNOWN = frozenset(
    {
        "name",
        "pr_state_id",
        "pr_project_type_id",
        "contact_id",
        "user_id",
        "start_date",
        "end_date",
        "comment",
        "contact_sub_id",
        "pr_invoice_type_id",
        "pr_invoice_type_amount",
        "pr_budget_type_id",
        "pr_budget_type_amount",
    }
)
