"""StockAreas: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_stock_areas,
    search_stock_areas,
)


class StockAreasResource(Resource):
    """StockAreas operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_stock_areas)
    search = Operation(search_stock_areas)
