"""StockLocations: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_stock_locations,
    search_stock_locations,
)


class StockLocationsResource(Resource):
    """StockLocations operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_stock_locations)
    search = Operation(search_stock_locations)
