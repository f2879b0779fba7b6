"""AdditionalAddresses: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_additional_address,
    delete_additional_address,
    get_additional_address,
    list_additional_addresses,
    search_additional_addresses,
    update_additional_address,
)


class AdditionalAddressesResource(Resource):
    """AdditionalAddresses operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_additional_addresses)
    create = Operation(create_additional_address)
    search = Operation(search_additional_addresses)
    get = Operation(get_additional_address)
    update = Operation(update_additional_address)
    delete = Operation(delete_additional_address)
