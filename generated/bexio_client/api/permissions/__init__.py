"""Permissions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    get_permissions,
)


class PermissionsResource(Resource):
    """Permissions operations: call them for the parsed result, `.detailed()` for the response."""

    get = Operation(get_permissions)
