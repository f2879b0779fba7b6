from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATE,
    INT,
    STR,
    Field,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)


@_attrs_define
class Timesheet:
    """A timesheet as bexio returns it (fields read from the response samples)."""

    id: int
    user_id: int | None
    """ References a user object """
    status_id: int | None
    """ References a timesheet status object """
    client_service_id: int | None
    """ References a business activity object """
    text: None | str
    allowable_bill: bool
    """ Whether the time is billable """
    charge: None | str
    contact_id: int | None
    """ References a contact object """
    sub_contact_id: int | None
    """ References a contact object """
    pr_project_id: int | None
    """ References a project object """
    pr_package_id: int | None
    """ References a work package object """
    pr_milestone_id: int | None
    """ References a milestone object """
    travel_time: None | str
    travel_charge: None | str
    travel_distance: int | None | str
    estimated_time: None | str
    """ The estimated time, `hh:mm` """
    date: datetime.date | None
    """ The day worked """
    duration: None | str
    """ The time spent, `hh:mm` """
    running: bool
    """ Whether the stopwatch of this timesheet is running """
    tracking: TimesheetDurationRead | TimesheetRangeRead | TimesheetStopwatch
    """ How the time was tracked: a duration on a day, a range from start to end, or a stopwatch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["status_id"] = self.status_id
        field_dict["client_service_id"] = self.client_service_id
        field_dict["text"] = self.text
        field_dict["allowable_bill"] = self.allowable_bill
        field_dict["charge"] = self.charge
        field_dict["contact_id"] = self.contact_id
        field_dict["sub_contact_id"] = self.sub_contact_id
        field_dict["pr_project_id"] = self.pr_project_id
        field_dict["pr_package_id"] = self.pr_package_id
        field_dict["pr_milestone_id"] = self.pr_milestone_id
        field_dict["travel_time"] = self.travel_time
        field_dict["travel_charge"] = self.travel_charge
        field_dict["travel_distance"] = self.travel_distance
        field_dict["estimated_time"] = self.estimated_time
        field_dict["date"] = dump(self.date)
        field_dict["duration"] = self.duration
        field_dict["running"] = self.running
        field_dict["tracking"] = dump(self.tracking)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Timesheet from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            user_id = src_dict["user_id"]
            status_id = src_dict["status_id"]
            client_service_id = src_dict["client_service_id"]
            text = src_dict["text"]
            allowable_bill = src_dict["allowable_bill"]
            charge = src_dict["charge"]
            contact_id = src_dict["contact_id"]
            sub_contact_id = src_dict["sub_contact_id"]
            pr_project_id = src_dict["pr_project_id"]
            pr_package_id = src_dict["pr_package_id"]
            pr_milestone_id = src_dict["pr_milestone_id"]
            travel_time = src_dict["travel_time"]
            travel_charge = src_dict["travel_charge"]
            travel_distance = src_dict["travel_distance"]
            estimated_time = src_dict["estimated_time"]
            date = src_dict["date"]
            if date is not None:
                date = parse_date(date)
            duration = src_dict["duration"]
            running = src_dict["running"]
            tracking = src_dict["tracking"]
            tracking = _TRACKING_BY_TYPE[tracking["type"]].from_dict(tracking)
            if not (
                type(id) is int
                and (user_id is None or type(user_id) is int)
                and (status_id is None or type(status_id) is int)
                and (client_service_id is None or type(client_service_id) is int)
                and (text is None or type(text) is str)
                and type(allowable_bill) is bool
                and (charge is None or type(charge) is str)
                and (contact_id is None or type(contact_id) is int)
                and (sub_contact_id is None or type(sub_contact_id) is int)
                and (pr_project_id is None or type(pr_project_id) is int)
                and (pr_package_id is None or type(pr_package_id) is int)
                and (pr_milestone_id is None or type(pr_milestone_id) is int)
                and (travel_time is None or type(travel_time) is str)
                and (travel_charge is None or type(travel_charge) is str)
                and (travel_distance is None or (type(travel_distance) is int or type(travel_distance) is str))
                and (estimated_time is None or type(estimated_time) is str)
                and (duration is None or type(duration) is str)
                and type(running) is bool
            ):
                raise TypeError
            self = cls(
                id,
                user_id,
                status_id,
                client_service_id,
                text,
                allowable_bill,
                charge,
                contact_id,
                sub_contact_id,
                pr_project_id,
                pr_package_id,
                pr_milestone_id,
                travel_time,
                travel_charge,
                travel_distance,
                estimated_time,
                date,
                duration,
                running,
                tracking,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 20:
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


from .timesheet_duration_read import TimesheetDurationRead  # noqa: E402
from .timesheet_range_read import TimesheetRangeRead  # noqa: E402
from .timesheet_stopwatch import TimesheetStopwatch  # noqa: E402

_TRACKING_BY_TYPE = {"duration": TimesheetDurationRead, "range": TimesheetRangeRead, "stopwatch": TimesheetStopwatch}
_FIELDS = (
    Field("id", "id", True, INT),
    Field("user_id", "user_id", True, Nullable(INT)),
    Field("status_id", "status_id", True, Nullable(INT)),
    Field("client_service_id", "client_service_id", True, Nullable(INT)),
    Field("text", "text", True, Nullable(STR)),
    Field("allowable_bill", "allowable_bill", True, BOOL),
    Field("charge", "charge", True, Nullable(STR)),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("sub_contact_id", "sub_contact_id", True, Nullable(INT)),
    Field("pr_project_id", "pr_project_id", True, Nullable(INT)),
    Field("pr_package_id", "pr_package_id", True, Nullable(INT)),
    Field("pr_milestone_id", "pr_milestone_id", True, Nullable(INT)),
    Field("travel_time", "travel_time", True, Nullable(STR)),
    Field("travel_charge", "travel_charge", True, Nullable(STR)),
    Field(
        "travel_distance",
        "travel_distance",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("estimated_time", "estimated_time", True, Nullable(STR)),
    Field("date", "date", True, Nullable(DATE)),
    Field("duration", "duration", True, Nullable(STR)),
    Field("running", "running", True, BOOL),
    Field(
        "tracking",
        "tracking",
        True,
        OneOf(
            (
                Model(TimesheetDurationRead),
                Model(TimesheetRangeRead),
                Model(TimesheetStopwatch),
            ),
            "type",
            {
                "duration": Model(TimesheetDurationRead),
                "range": Model(TimesheetRangeRead),
                "stopwatch": Model(TimesheetStopwatch),
            },
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "user_id",
        "status_id",
        "client_service_id",
        "text",
        "allowable_bill",
        "charge",
        "contact_id",
        "sub_contact_id",
        "pr_project_id",
        "pr_package_id",
        "pr_milestone_id",
        "travel_time",
        "travel_charge",
        "travel_distance",
        "estimated_time",
        "date",
        "duration",
        "running",
        "tracking",
    }
)
