"""Documents: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    download_paystub_pdf,
    get_paystub_pdf,
)


class DocumentsResource(Resource):
    """Documents operations: call them for the parsed result, `.detailed()` for the response."""

    download_paystub_pdf = Operation(download_paystub_pdf)
    get_paystub_pdf = Operation(get_paystub_pdf)
