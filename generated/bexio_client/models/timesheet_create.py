from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timesheet_duration import TimesheetDuration
    from ..models.timesheet_range import TimesheetRange


T = TypeVar("T", bound="TimesheetCreate")


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
        from ..models.timesheet_duration import TimesheetDuration  # noqa: PLC0415

        user_id = self.user_id

        client_service_id = self.client_service_id

        allowable_bill = self.allowable_bill

        tracking: dict[str, Any]
        if isinstance(self.tracking, TimesheetDuration):
            tracking = self.tracking.to_dict()
        else:
            tracking = self.tracking.to_dict()

        status_id = self.status_id

        text = self.text

        charge: None | str | Unset
        if isinstance(self.charge, Unset):
            charge = UNSET
        else:
            charge = self.charge

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        sub_contact_id: int | None | Unset
        if isinstance(self.sub_contact_id, Unset):
            sub_contact_id = UNSET
        else:
            sub_contact_id = self.sub_contact_id

        pr_project_id: int | None | Unset
        if isinstance(self.pr_project_id, Unset):
            pr_project_id = UNSET
        else:
            pr_project_id = self.pr_project_id

        pr_package_id: int | None | Unset
        if isinstance(self.pr_package_id, Unset):
            pr_package_id = UNSET
        else:
            pr_package_id = self.pr_package_id

        pr_milestone_id: int | None | Unset
        if isinstance(self.pr_milestone_id, Unset):
            pr_milestone_id = UNSET
        else:
            pr_milestone_id = self.pr_milestone_id

        estimated_time: None | str | Unset
        if isinstance(self.estimated_time, Unset):
            estimated_time = UNSET
        else:
            estimated_time = self.estimated_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "client_service_id": client_service_id,
                "allowable_bill": allowable_bill,
                "tracking": tracking,
            }
        )
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if text is not UNSET:
            field_dict["text"] = text
        if charge is not UNSET:
            field_dict["charge"] = charge
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if sub_contact_id is not UNSET:
            field_dict["sub_contact_id"] = sub_contact_id
        if pr_project_id is not UNSET:
            field_dict["pr_project_id"] = pr_project_id
        if pr_package_id is not UNSET:
            field_dict["pr_package_id"] = pr_package_id
        if pr_milestone_id is not UNSET:
            field_dict["pr_milestone_id"] = pr_milestone_id
        if estimated_time is not UNSET:
            field_dict["estimated_time"] = estimated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timesheet_duration import TimesheetDuration  # noqa: PLC0415
        from ..models.timesheet_range import TimesheetRange  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        client_service_id = d.pop("client_service_id")

        allowable_bill = d.pop("allowable_bill")

        def _parse_tracking(data: object) -> TimesheetDuration | TimesheetRange:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracking_type_0 = TimesheetDuration.from_dict(data)

                return tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tracking_type_1 = TimesheetRange.from_dict(data)

            return tracking_type_1

        tracking = _parse_tracking(d.pop("tracking"))

        status_id = d.pop("status_id", UNSET)

        text = d.pop("text", UNSET)

        def _parse_charge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        charge = _parse_charge(d.pop("charge", UNSET))

        def _parse_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_sub_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        sub_contact_id = _parse_sub_contact_id(d.pop("sub_contact_id", UNSET))

        def _parse_pr_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        pr_project_id = _parse_pr_project_id(d.pop("pr_project_id", UNSET))

        def _parse_pr_package_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        pr_package_id = _parse_pr_package_id(d.pop("pr_package_id", UNSET))

        def _parse_pr_milestone_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        pr_milestone_id = _parse_pr_milestone_id(d.pop("pr_milestone_id", UNSET))

        def _parse_estimated_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        estimated_time = _parse_estimated_time(d.pop("estimated_time", UNSET))

        timesheet_create = cls(
            user_id=user_id,
            client_service_id=client_service_id,
            allowable_bill=allowable_bill,
            tracking=tracking,
            status_id=status_id,
            text=text,
            charge=charge,
            contact_id=contact_id,
            sub_contact_id=sub_contact_id,
            pr_project_id=pr_project_id,
            pr_package_id=pr_package_id,
            pr_milestone_id=pr_milestone_id,
            estimated_time=estimated_time,
        )

        return timesheet_create
