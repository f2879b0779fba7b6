"""Projects: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    archive_project,
    create_milestone,
    create_project,
    create_work_package,
    delete_milestone,
    delete_project,
    delete_work_package,
    get_milestone,
    get_project,
    get_work_package,
    list_milestones,
    list_project_states,
    list_project_types,
    list_projects,
    list_work_packages,
    search_projects,
    unarchive_project,
    update_milestone,
    update_project,
    update_work_package,
)


class ProjectsResource(Resource):
    """Projects operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_projects)
    create = Operation(create_project)
    search = Operation(search_projects)
    get = Operation(get_project)
    update = Operation(update_project)
    delete = Operation(delete_project)
    archive = Operation(archive_project)
    unarchive = Operation(unarchive_project)
    list_project_states = Operation(list_project_states)
    list_project_types = Operation(list_project_types)
    list_milestones = Operation(list_milestones)
    create_milestone = Operation(create_milestone)
    get_milestone = Operation(get_milestone)
    update_milestone = Operation(update_milestone)
    delete_milestone = Operation(delete_milestone)
    list_work_packages = Operation(list_work_packages)
    create_work_package = Operation(create_work_package)
    get_work_package = Operation(get_work_package)
    delete_work_package = Operation(delete_work_package)
    update_work_package = Operation(update_work_package)
