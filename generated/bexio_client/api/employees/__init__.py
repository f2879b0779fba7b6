"""Employees: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_employee,
    get_employee,
    list_employees,
    update_employee,
)


class EmployeesResource(Resource):
    """Employees operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_employees)
    create = Operation(create_employee)
    get = Operation(get_employee)
    update = Operation(update_employee)
