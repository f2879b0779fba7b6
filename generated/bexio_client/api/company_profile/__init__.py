"""CompanyProfile: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    get_company_profile,
    list_company_profiles,
)


class CompanyProfileResource(Resource):
    """CompanyProfile operations: call them for the parsed result, `.detailed()` for the response."""

    list_company_profiles = Operation(list_company_profiles)
    get = Operation(get_company_profile)
