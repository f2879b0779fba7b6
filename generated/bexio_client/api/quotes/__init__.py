"""Quotes: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    accept_quote,
    copy_quote,
    create_invoice_from_quote,
    create_order_from_quote,
    create_quote,
    decline_quote,
    delete_quote,
    get_quote,
    get_quote_pdf,
    issue_quote,
    list_quotes,
    mark_quote_as_sent,
    reissue_quote,
    revert_issue_quote,
    search_quotes,
    send_quote,
    update_quote,
)


class QuotesResource(Resource):
    """Quotes operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_quotes)
    create = Operation(create_quote)
    search = Operation(search_quotes)
    get = Operation(get_quote)
    update = Operation(update_quote)
    delete = Operation(delete_quote)
    issue = Operation(issue_quote)
    revert_issue_quote = Operation(revert_issue_quote)
    accept = Operation(accept_quote)
    decline = Operation(decline_quote)
    reissue = Operation(reissue_quote)
    mark_quote_as_sent = Operation(mark_quote_as_sent)
    get_quote_pdf = Operation(get_quote_pdf)
    send = Operation(send_quote)
    copy = Operation(copy_quote)
    create_order_from_quote = Operation(create_order_from_quote)
    create_invoice_from_quote = Operation(create_invoice_from_quote)
