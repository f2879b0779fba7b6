"""Items, projects with their milestones and work packages (3.0, below a project), timesheets
and business activities."""

from ..call import Call, Reply
from .crud import CRUD_WITHOUT_SEARCH, family

PROJECTS = family("project", "Project", "Projects", id_param="project_id")


def _state_change(call: Call) -> Reply:
    """Archive / reactivate: bexio answers with success for a project it knows."""
    return Reply(200, {"success": True}) if PROJECTS.find(call) else PROJECTS.not_found(call)


RESOURCES = [
    family("article", "Item", "Items", id_param="article_id"),
    PROJECTS,
    family("milestone", "Milestone", "Milestones", CRUD_WITHOUT_SEARCH, id_param="milestone_id",
           parent_param="project_id"),
    family("work_package", "WorkPackage", "WorkPackages", CRUD_WITHOUT_SEARCH, id_param="package_id",
           parent_param="project_id"),
    family("timesheet", "Timesheet", "Timesheets", id_param="timesheet_id"),
    family("client_service", "BusinessActivity", "BusinessActivities", operations=("list", "create", "search")),
]  # fmt: skip

HANDLERS = {"archiveProject": _state_change, "unarchiveProject": _state_change}
