"""VatPeriods: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    get_vat_period,
    list_vat_periods,
)


class VatPeriodsResource(Resource):
    """VatPeriods operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_vat_periods)
    get = Operation(get_vat_period)
