from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timesheet_duration_read import TimesheetDurationRead
    from ..models.timesheet_range_read import TimesheetRangeRead
    from ..models.timesheet_stopwatch import TimesheetStopwatch


T = TypeVar("T", bound="Timesheet")


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
        from ..models.timesheet_duration_read import TimesheetDurationRead  # noqa: PLC0415
        from ..models.timesheet_range_read import TimesheetRangeRead  # noqa: PLC0415

        id = self.id

        user_id: int | None
        user_id = self.user_id

        status_id: int | None
        status_id = self.status_id

        client_service_id: int | None
        client_service_id = self.client_service_id

        text: None | str
        text = self.text

        allowable_bill = self.allowable_bill

        charge: None | str
        charge = self.charge

        contact_id: int | None
        contact_id = self.contact_id

        sub_contact_id: int | None
        sub_contact_id = self.sub_contact_id

        pr_project_id: int | None
        pr_project_id = self.pr_project_id

        pr_package_id: int | None
        pr_package_id = self.pr_package_id

        pr_milestone_id: int | None
        pr_milestone_id = self.pr_milestone_id

        travel_time: None | str
        travel_time = self.travel_time

        travel_charge: None | str
        travel_charge = self.travel_charge

        travel_distance: int | None | str
        travel_distance = self.travel_distance

        estimated_time: None | str
        estimated_time = self.estimated_time

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        duration: None | str
        duration = self.duration

        running = self.running

        tracking: dict[str, Any]
        if isinstance(self.tracking, TimesheetDurationRead):
            tracking = self.tracking.to_dict()
        elif isinstance(self.tracking, TimesheetRangeRead):
            tracking = self.tracking.to_dict()
        else:
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "status_id": status_id,
                "client_service_id": client_service_id,
                "text": text,
                "allowable_bill": allowable_bill,
                "charge": charge,
                "contact_id": contact_id,
                "sub_contact_id": sub_contact_id,
                "pr_project_id": pr_project_id,
                "pr_package_id": pr_package_id,
                "pr_milestone_id": pr_milestone_id,
                "travel_time": travel_time,
                "travel_charge": travel_charge,
                "travel_distance": travel_distance,
                "estimated_time": estimated_time,
                "date": date,
                "duration": duration,
                "running": running,
                "tracking": tracking,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timesheet_duration_read import TimesheetDurationRead  # noqa: PLC0415
        from ..models.timesheet_range_read import TimesheetRangeRead  # noqa: PLC0415
        from ..models.timesheet_stopwatch import TimesheetStopwatch  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_status_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        status_id = _parse_status_id(d.pop("status_id"))

        def _parse_client_service_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        client_service_id = _parse_client_service_id(d.pop("client_service_id"))

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        text = _parse_text(d.pop("text"))

        allowable_bill = d.pop("allowable_bill")

        def _parse_charge(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        charge = _parse_charge(d.pop("charge"))

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_sub_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        sub_contact_id = _parse_sub_contact_id(d.pop("sub_contact_id"))

        def _parse_pr_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_project_id = _parse_pr_project_id(d.pop("pr_project_id"))

        def _parse_pr_package_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_package_id = _parse_pr_package_id(d.pop("pr_package_id"))

        def _parse_pr_milestone_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        pr_milestone_id = _parse_pr_milestone_id(d.pop("pr_milestone_id"))

        def _parse_travel_time(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        travel_time = _parse_travel_time(d.pop("travel_time"))

        def _parse_travel_charge(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        travel_charge = _parse_travel_charge(d.pop("travel_charge"))

        def _parse_travel_distance(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        travel_distance = _parse_travel_distance(d.pop("travel_distance"))

        def _parse_estimated_time(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        estimated_time = _parse_estimated_time(d.pop("estimated_time"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        date = _parse_date(d.pop("date"))

        def _parse_duration(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        duration = _parse_duration(d.pop("duration"))

        running = d.pop("running")

        def _parse_tracking(data: object) -> TimesheetDurationRead | TimesheetRangeRead | TimesheetStopwatch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracking_type_0 = TimesheetDurationRead.from_dict(data)

                return tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracking_type_1 = TimesheetRangeRead.from_dict(data)

                return tracking_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tracking_type_2 = TimesheetStopwatch.from_dict(data)

            return tracking_type_2

        tracking = _parse_tracking(d.pop("tracking"))

        timesheet = cls(
            id=id,
            user_id=user_id,
            status_id=status_id,
            client_service_id=client_service_id,
            text=text,
            allowable_bill=allowable_bill,
            charge=charge,
            contact_id=contact_id,
            sub_contact_id=sub_contact_id,
            pr_project_id=pr_project_id,
            pr_package_id=pr_package_id,
            pr_milestone_id=pr_milestone_id,
            travel_time=travel_time,
            travel_charge=travel_charge,
            travel_distance=travel_distance,
            estimated_time=estimated_time,
            date=date,
            duration=duration,
            running=running,
            tracking=tracking,
        )

        timesheet.additional_properties = d
        return timesheet

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
