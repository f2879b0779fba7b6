"""Through `Bexio` against the mock: files round-trip byte for byte; a project gets
a milestone and a work package; a timesheet of each tracking shape is created and searched back."""

import datetime

from bexio_client.models import (
    File as FileModel,
)
from bexio_client.models import (
    FileUpload,
    MilestoneCreate,
    ProjectCreate,
    TimesheetCreate,
    TimesheetDuration,
    TimesheetDurationRead,
    TimesheetRange,
    TimesheetRangeRead,
    TimesheetSearchCriterion,
    WorkPackageCreate,
)
from bexio_client.types import File

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%\xe2\xe3\xcf\xd3 binary \x00\xff\n%%EOF\n"


def test_a_pdf_uploaded_to_files_downloads_byte_identical(bexio):
    upload = FileUpload(file=File(payload=PDF, file_name="receipt.pdf", mime_type="application/pdf"))
    (created,) = bexio.files.create(body=upload)
    assert (
        isinstance(created, FileModel) and created.size_in_bytes == len(PDF) and created.mime_type == "application/pdf"
    )
    assert bexio.files.get(created.id).name == "receipt"
    downloaded = bexio.files.download(created.id)
    assert downloaded.payload.read() == PDF


def test_several_files_in_one_upload(bexio):
    upload = FileUpload(file=File(payload=PDF, file_name="a.pdf", mime_type="application/pdf"))
    upload["second"] = File(payload=b"\x89PNG\r\n\x1a\n", file_name="b.png", mime_type="image/png")
    created = bexio.files.create(body=upload)
    assert [(f.name, f.mime_type) for f in created] == [("a", "application/pdf"), ("b", "image/png")]


def test_a_project_gets_a_milestone_and_a_work_package(bexio):
    project = bexio.projects.create(
        body=ProjectCreate(name="Website", pr_state_id=2, pr_project_type_id=2, contact_id=4, user_id=1),
    )
    milestone = bexio.projects.create_milestone(
        project.id, body=MilestoneCreate(name="Launch", end_date=datetime.date(2026, 12, 31))
    )
    package = bexio.projects.create_work_package(
        project.id,
        body=WorkPackageCreate(name="Design", estimated_time_in_hours=12.5, pr_milestone_id=milestone.id),
    )
    assert [m.id for m in bexio.projects.list_milestones(project.id)] == [milestone.id]
    assert [p.id for p in bexio.projects.list_work_packages(project.id)] == [package.id]
    fetched = bexio.projects.get_work_package(project.id, package.id)
    assert (fetched.name, fetched.pr_milestone_id) == ("Design", milestone.id)


def test_timesheets_of_both_tracking_shapes_are_created_and_searched_back(bexio):
    duration = TimesheetDuration(type_="duration", date=datetime.date(2026, 11, 20), duration="01:40")
    span = TimesheetRange(type_="range", start="2026-11-20 08:00:00", end="2026-11-20 10:15:00")
    created = [
        bexio.timesheets.create(
            body=TimesheetCreate(
                user_id=1, client_service_id=1, allowable_bill=True, tracking=tracking, pr_project_id=7
            ),
        )
        for tracking in (duration, span)
    ]
    assert isinstance(bexio.timesheets.get(created[0].id).tracking, TimesheetDurationRead)
    assert isinstance(bexio.timesheets.get(created[1].id).tracking, TimesheetRangeRead)

    criterion = TimesheetSearchCriterion(field="pr_project_id", value=7, criteria="=")
    found = bexio.timesheets.search(body=[criterion])
    assert [t.id for t in found] == [t.id for t in created]
    assert [type(t.tracking) for t in found] == [TimesheetDurationRead, TimesheetRangeRead]
    assert found[1].tracking.to_dict() == {
        "type": "range",
        "start": "2026-11-20 08:00:00",
        "end": "2026-11-20 10:15:00",
    }
