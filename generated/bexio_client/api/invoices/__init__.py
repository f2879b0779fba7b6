"""Invoices: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    cancel_invoice,
    copy_invoice,
    create_invoice,
    create_invoice_payment,
    create_invoice_reminder,
    delete_invoice,
    delete_invoice_payment,
    delete_invoice_reminder,
    get_invoice,
    get_invoice_payment,
    get_invoice_pdf,
    get_invoice_reminder,
    get_invoice_reminder_pdf,
    issue_invoice,
    list_invoice_payments,
    list_invoice_reminders,
    list_invoices,
    mark_invoice_as_sent,
    mark_invoice_reminder_as_sent,
    mark_invoice_reminder_as_unsent,
    revert_issue_invoice,
    search_invoice_reminders,
    search_invoices,
    send_invoice,
    send_invoice_reminder,
    update_invoice,
)


class InvoicesResource(Resource):
    """Invoices operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_invoices)
    create = Operation(create_invoice)
    search = Operation(search_invoices)
    get = Operation(get_invoice)
    update = Operation(update_invoice)
    delete = Operation(delete_invoice)
    get_invoice_pdf = Operation(get_invoice_pdf)
    copy = Operation(copy_invoice)
    issue = Operation(issue_invoice)
    revert_issue_invoice = Operation(revert_issue_invoice)
    cancel = Operation(cancel_invoice)
    mark_invoice_as_sent = Operation(mark_invoice_as_sent)
    send = Operation(send_invoice)
    list_invoice_payments = Operation(list_invoice_payments)
    create_invoice_payment = Operation(create_invoice_payment)
    get_invoice_payment = Operation(get_invoice_payment)
    delete_invoice_payment = Operation(delete_invoice_payment)
    list_invoice_reminders = Operation(list_invoice_reminders)
    create_invoice_reminder = Operation(create_invoice_reminder)
    search_invoice_reminders = Operation(search_invoice_reminders)
    get_invoice_reminder = Operation(get_invoice_reminder)
    delete_invoice_reminder = Operation(delete_invoice_reminder)
    mark_invoice_reminder_as_sent = Operation(mark_invoice_reminder_as_sent)
    mark_invoice_reminder_as_unsent = Operation(mark_invoice_reminder_as_unsent)
    send_invoice_reminder = Operation(send_invoice_reminder)
    get_invoice_reminder_pdf = Operation(get_invoice_reminder_pdf)
