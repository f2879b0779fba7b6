from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    INT,
    STR,
    Field,
    Model,
    Nullable,
    OneOf,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class TimesheetCreate:
    """A timesheet as sent to create or edit it."""

    user_id: int
    """ References a user object """
    client_service_id: int
    """ References a business activity object """
    allowable_bill: bool
    """ Whether the time is billable """
    tracking: TimesheetDuration | TimesheetRange
    """ Two different formats can be used to submit the tracked time. Either type range or type duration. """
    status_id: int | Unset = UNSET
    """ References a timesheet status object """
    text: str | Unset = UNSET
    charge: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    """ References a contact object """
    sub_contact_id: int | None | Unset = UNSET
    """ References a contact object """
    pr_project_id: int | None | Unset = UNSET
    """ References a project object """
    pr_package_id: int | None | Unset = UNSET
    """ References a work package object """
    pr_milestone_id: int | None | Unset = UNSET
    """ References a milestone object """
    estimated_time: None | str | Unset = UNSET
    """ The estimated time, `hh:mm` """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["user_id"] = self.user_id
        field_dict["client_service_id"] = self.client_service_id
        field_dict["allowable_bill"] = self.allowable_bill
        field_dict["tracking"] = dump(self.tracking)
        if self.status_id is not UNSET:
            field_dict["status_id"] = self.status_id
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.charge is not UNSET:
            field_dict["charge"] = self.charge
        if self.contact_id is not UNSET:
            field_dict["contact_id"] = self.contact_id
        if self.sub_contact_id is not UNSET:
            field_dict["sub_contact_id"] = self.sub_contact_id
        if self.pr_project_id is not UNSET:
            field_dict["pr_project_id"] = self.pr_project_id
        if self.pr_package_id is not UNSET:
            field_dict["pr_package_id"] = self.pr_package_id
        if self.pr_milestone_id is not UNSET:
            field_dict["pr_milestone_id"] = self.pr_milestone_id
        if self.estimated_time is not UNSET:
            field_dict["estimated_time"] = self.estimated_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A TimesheetCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            user_id = src_dict["user_id"]
            client_service_id = src_dict["client_service_id"]
            allowable_bill = src_dict["allowable_bill"]
            tracking = src_dict["tracking"]
            tracking = _TRACKING_BY_TYPE[tracking["type"]].from_dict(tracking)
            status_id = src_dict.get("status_id", UNSET)
            text = src_dict.get("text", UNSET)
            charge = src_dict.get("charge", UNSET)
            contact_id = src_dict.get("contact_id", UNSET)
            sub_contact_id = src_dict.get("sub_contact_id", UNSET)
            pr_project_id = src_dict.get("pr_project_id", UNSET)
            pr_package_id = src_dict.get("pr_package_id", UNSET)
            pr_milestone_id = src_dict.get("pr_milestone_id", UNSET)
            estimated_time = src_dict.get("estimated_time", UNSET)
            if not (
                type(user_id) is int
                and type(client_service_id) is int
                and type(allowable_bill) is bool
                and (status_id is UNSET or type(status_id) is int)
                and (text is UNSET or type(text) is str)
                and (charge is None or charge is UNSET or type(charge) is str)
                and (contact_id is None or contact_id is UNSET or type(contact_id) is int)
                and (sub_contact_id is None or sub_contact_id is UNSET or type(sub_contact_id) is int)
                and (pr_project_id is None or pr_project_id is UNSET or type(pr_project_id) is int)
                and (pr_package_id is None or pr_package_id is UNSET or type(pr_package_id) is int)
                and (pr_milestone_id is None or pr_milestone_id is UNSET or type(pr_milestone_id) is int)
                and (estimated_time is None or estimated_time is UNSET or type(estimated_time) is str)
            ):
                raise TypeError
            self = cls(
                user_id,
                client_service_id,
                allowable_bill,
                tracking,
                status_id,
                text,
                charge,
                contact_id,
                sub_contact_id,
                pr_project_id,
                pr_package_id,
                pr_milestone_id,
                estimated_time,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 4 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .timesheet_duration import TimesheetDuration  # noqa: E402
from .timesheet_range import TimesheetRange  # noqa: E402

_TRACKING_BY_TYPE = {"duration": TimesheetDuration, "range": TimesheetRange}
_FIELDS = (
    Field("user_id", "user_id", True, INT),
    Field("client_service_id", "client_service_id", True, INT),
    Field("allowable_bill", "allowable_bill", True, BOOL),
    Field(
        "tracking",
        "tracking",
        True,
        OneOf(
            (
                Model(TimesheetDuration),
                Model(TimesheetRange),
            ),
            "type",
            {"duration": Model(TimesheetDuration), "range": Model(TimesheetRange)},
        ),
    ),
    Field("status_id", "status_id", False, INT),
    Field("text", "text", False, STR),
    Field("charge", "charge", False, Nullable(STR)),
    Field("contact_id", "contact_id", False, Nullable(INT)),
    Field("sub_contact_id", "sub_contact_id", False, Nullable(INT)),
    Field("pr_project_id", "pr_project_id", False, Nullable(INT)),
    Field("pr_package_id", "pr_package_id", False, Nullable(INT)),
    Field("pr_milestone_id", "pr_milestone_id", False, Nullable(INT)),
    Field("estimated_time", "estimated_time", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "user_id",
        "client_service_id",
        "allowable_bill",
        "tracking",
        "status_id",
        "text",
        "charge",
        "contact_id",
        "sub_contact_id",
        "pr_project_id",
        "pr_package_id",
        "pr_milestone_id",
        "estimated_time",
    }
)
