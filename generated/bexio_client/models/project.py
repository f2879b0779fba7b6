from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project as bexio returns it (fields read from the response samples; `user_id`, sent on create and edit, is not
    returned).

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: None | str
        if isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        nr: None | str
        nr = self.nr

        name: None | str
        name = self.name

        start_date: None | str
        start_date = self.start_date

        end_date: None | str
        end_date = self.end_date

        comment: None | str
        comment = self.comment

        pr_state_id: int | None
        pr_state_id = self.pr_state_id

        pr_project_type_id: int | None
        pr_project_type_id = self.pr_project_type_id

        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        pr_invoice_type_id: int | None
        pr_invoice_type_id = self.pr_invoice_type_id

        pr_invoice_type_amount: None | str
        pr_invoice_type_amount = self.pr_invoice_type_amount

        pr_budget_type_id: int | None
        pr_budget_type_id = self.pr_budget_type_id

        pr_budget_type_amount: None | str
        pr_budget_type_amount = self.pr_budget_type_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "nr": nr,
                "name": name,
                "start_date": start_date,
                "end_date": end_date,
                "comment": comment,
                "pr_state_id": pr_state_id,
                "pr_project_type_id": pr_project_type_id,
                "contact_id": contact_id,
                "contact_sub_id": contact_sub_id,
                "pr_invoice_type_id": pr_invoice_type_id,
                "pr_invoice_type_amount": pr_invoice_type_amount,
                "pr_budget_type_id": pr_budget_type_id,
                "pr_budget_type_amount": pr_budget_type_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | UUID", data)

        uuid = _parse_uuid(d.pop("uuid"))

        def _parse_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        nr = _parse_nr(d.pop("nr"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        end_date = _parse_end_date(d.pop("end_date"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_pr_state_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_state_id = _parse_pr_state_id(d.pop("pr_state_id"))

        def _parse_pr_project_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_project_type_id = _parse_pr_project_type_id(d.pop("pr_project_type_id"))

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

        def _parse_pr_invoice_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_invoice_type_id = _parse_pr_invoice_type_id(d.pop("pr_invoice_type_id"))

        def _parse_pr_invoice_type_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        pr_invoice_type_amount = _parse_pr_invoice_type_amount(d.pop("pr_invoice_type_amount"))

        def _parse_pr_budget_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_budget_type_id = _parse_pr_budget_type_id(d.pop("pr_budget_type_id"))

        def _parse_pr_budget_type_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        pr_budget_type_amount = _parse_pr_budget_type_amount(d.pop("pr_budget_type_amount"))

        project = cls(
            id=id,
            uuid=uuid,
            nr=nr,
            name=name,
            start_date=start_date,
            end_date=end_date,
            comment=comment,
            pr_state_id=pr_state_id,
            pr_project_type_id=pr_project_type_id,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            pr_invoice_type_id=pr_invoice_type_id,
            pr_invoice_type_amount=pr_invoice_type_amount,
            pr_budget_type_id=pr_budget_type_id,
            pr_budget_type_amount=pr_budget_type_amount,
        )

        project.additional_properties = d
        return project

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
