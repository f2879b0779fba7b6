from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreate")


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
        name = self.name

        pr_state_id = self.pr_state_id

        pr_project_type_id = self.pr_project_type_id

        contact_id = self.contact_id

        user_id = self.user_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        comment = self.comment

        contact_sub_id: int | None | Unset
        if isinstance(self.contact_sub_id, Unset):
            contact_sub_id = UNSET
        else:
            contact_sub_id = self.contact_sub_id

        pr_invoice_type_id: int | None | Unset
        if isinstance(self.pr_invoice_type_id, Unset):
            pr_invoice_type_id = UNSET
        else:
            pr_invoice_type_id = self.pr_invoice_type_id

        pr_invoice_type_amount = self.pr_invoice_type_amount

        pr_budget_type_id: int | None | Unset
        if isinstance(self.pr_budget_type_id, Unset):
            pr_budget_type_id = UNSET
        else:
            pr_budget_type_id = self.pr_budget_type_id

        pr_budget_type_amount = self.pr_budget_type_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "pr_state_id": pr_state_id,
                "pr_project_type_id": pr_project_type_id,
                "contact_id": contact_id,
                "user_id": user_id,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = contact_sub_id
        if pr_invoice_type_id is not UNSET:
            field_dict["pr_invoice_type_id"] = pr_invoice_type_id
        if pr_invoice_type_amount is not UNSET:
            field_dict["pr_invoice_type_amount"] = pr_invoice_type_amount
        if pr_budget_type_id is not UNSET:
            field_dict["pr_budget_type_id"] = pr_budget_type_id
        if pr_budget_type_amount is not UNSET:
            field_dict["pr_budget_type_amount"] = pr_budget_type_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        pr_state_id = d.pop("pr_state_id")

        pr_project_type_id = d.pop("pr_project_type_id")

        contact_id = d.pop("contact_id")

        user_id = d.pop("user_id")

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        comment = d.pop("comment", UNSET)

        def _parse_contact_sub_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id", UNSET))

        def _parse_pr_invoice_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        pr_invoice_type_id = _parse_pr_invoice_type_id(d.pop("pr_invoice_type_id", UNSET))

        pr_invoice_type_amount = d.pop("pr_invoice_type_amount", UNSET)

        def _parse_pr_budget_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        pr_budget_type_id = _parse_pr_budget_type_id(d.pop("pr_budget_type_id", UNSET))

        pr_budget_type_amount = d.pop("pr_budget_type_amount", UNSET)

        project_create = cls(
            name=name,
            pr_state_id=pr_state_id,
            pr_project_type_id=pr_project_type_id,
            contact_id=contact_id,
            user_id=user_id,
            start_date=start_date,
            end_date=end_date,
            comment=comment,
            contact_sub_id=contact_sub_id,
            pr_invoice_type_id=pr_invoice_type_id,
            pr_invoice_type_amount=pr_invoice_type_amount,
            pr_budget_type_id=pr_budget_type_id,
            pr_budget_type_amount=pr_budget_type_amount,
        )

        return project_create
