"""BusinessActivities: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_business_activity,
    list_business_activities,
    search_business_activities,
)


class BusinessActivitiesResource(Resource):
    """BusinessActivities operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_business_activities)
    create = Operation(create_business_activity)
    search = Operation(search_business_activities)
