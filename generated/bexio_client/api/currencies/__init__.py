"""Currencies: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_currency,
    delete_currency,
    get_currency,
    list_currencies,
    list_currency_codes,
    list_currency_exchange_rates,
    update_currency,
)


class CurrenciesResource(Resource):
    """Currencies operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_currencies)
    create = Operation(create_currency)
    get = Operation(get_currency)
    delete = Operation(delete_currency)
    update = Operation(update_currency)
    list_currency_exchange_rates = Operation(list_currency_exchange_rates)
    list_currency_codes = Operation(list_currency_codes)
