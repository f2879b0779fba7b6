"""UserManagement: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_fictional_user,
    delete_fictional_user,
    get_authenticated_user,
    get_fictional_user,
    get_user,
    list_fictional_users,
    list_users,
    update_fictional_user,
)


class UserManagementResource(Resource):
    """UserManagement operations: call them for the parsed result, `.detailed()` for the response."""

    list_users = Operation(list_users)
    get_user = Operation(get_user)
    get_authenticated_user = Operation(get_authenticated_user)
    list_fictional_users = Operation(list_fictional_users)
    create_fictional_user = Operation(create_fictional_user)
    get_fictional_user = Operation(get_fictional_user)
    delete_fictional_user = Operation(delete_fictional_user)
    update_fictional_user = Operation(update_fictional_user)
