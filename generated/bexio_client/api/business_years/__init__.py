"""BusinessYears: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    get_business_year,
    list_business_years,
)


class BusinessYearsResource(Resource):
    """BusinessYears operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_business_years)
    get = Operation(get_business_year)
