"""Countries: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_country,
    delete_country,
    get_country,
    list_countries,
    search_countries,
    update_country,
)


class CountriesResource(Resource):
    """Countries operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_countries)
    create = Operation(create_country)
    search = Operation(search_countries)
    get = Operation(get_country)
    update = Operation(update_country)
    delete = Operation(delete_country)
