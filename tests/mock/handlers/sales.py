"""Quotes and invoices in state: their positions, status rules, payments and reminders.

Status rules, as the reference states them: "The quote/invoice must be in the draft status" to
be issued; revert issue puts an issued document back to draft; an invoice is cancelled, a
quote accepted or declined ("kb_item_status_id must be 2", i.e. issued) only once issued; a
quote is reissued from accepted or declined. A payment or a reminder needs an issued invoice.
A transition the reference forbids gets bexio's 422 "Could not save the entity". The lifecycle
status is kept beside the record: the reference gives no table of `kb_item_status_id` values.
"""

import base64
from collections.abc import Callable
from typing import Any

from ..call import Call, Handler, Reply, error
from .crud import Resource, family, public

STATUS = "_status"
# A position sent in a document body becomes the position its kind's fetch operation shows.
POSITION_SAMPLES = {
    "KbPositionCustom": "getDefaultPosition",
    "KbPositionArticle": "getItemPosition",
    "KbPositionText": "getTextPosition",
    "KbPositionSubtotal": "getSubtotalPosition",
    "KbPositionPagebreak": "getPagebreakPosition",
    "KbPositionDiscount": "getDiscountPosition",
    "KbPositionSubposition": "getSubPosition",
}


def _with_positions(call: Call, record: dict[str, Any]) -> dict[str, Any]:
    positions = []
    for number, position in enumerate(record.get("positions") or [], start=1):
        sample = call.mock.example_reply(POSITION_SAMPLES[position["type"]]).body
        positions.append({**sample, **position, "id": number, "internal_pos": number})
    record["positions"] = positions
    return record


class SalesDocuments:
    """A sales document family: CRUD from `Resource`, positions and the status rules here."""

    def __init__(self, resource: Resource, label: str) -> None:
        self.resource, self.label = resource, label

    def create(self, call: Call) -> Reply:
        record = self.resource.add(call, call.body or {})
        record[STATUS] = "draft"
        return Reply(201, public(_with_positions(call, record)))

    def transition(self, allowed: tuple[str, ...], to: str) -> Handler:
        def handle(call: Call) -> Reply:
            record = self.resource.find(call)
            if not record:
                return self.resource.not_found(call)
            status = record.setdefault(STATUS, "draft")
            if status not in allowed:
                return error(422, f"a {status} {self.label} cannot be changed so; it must be {' or '.join(allowed)}")
            record[STATUS] = to
            return Reply(200, {"success": True})

        return handle

    def requires(self, status: str, handler: Callable[[Call], Reply]) -> Handler:
        """`handler`, for a document in `status` only (e.g. a payment for an issued invoice)."""

        def handle(call: Call) -> Reply:
            parent = self.resource.collection(call).records.get(call.path[self.resource.id_param])
            if parent and parent.get(STATUS, "draft") != status:
                return error(422, f"the {self.label} must be {status}, it is {parent.get(STATUS, 'draft')}")
            return handler(call)

        return handle


QUOTES = SalesDocuments(family("kb_offer", "Quote", "Quotes", id_param="quote_id"), "quote")
INVOICES = SalesDocuments(family("kb_invoice", "Invoice", "Invoices", id_param="invoice_id"), "invoice")
PAYMENTS = family("kb_invoice_payment", "InvoicePayment", "InvoicePayments", ("list", "create", "get", "delete"),
                  id_param="payment_id", parent_param="invoice_id")  # fmt: skip
REMINDERS = family("kb_reminder", "InvoiceReminder", "InvoiceReminders", ("list", "create", "search", "get", "delete"),
                   id_param="reminder_id", parent_param="invoice_id")  # fmt: skip


def _mark_reminder(sent: bool) -> Handler:
    def handle(call: Call) -> Reply:
        reminder = REMINDERS.find(call)
        if not reminder:
            return REMINDERS.not_found(call)
        reminder["is_sent"] = sent
        return Reply(200, {"success": True})

    return handle


def _pdf(documents: SalesDocuments) -> Handler:
    """The document rendered as bexio sends it: a small real PDF, base64 in JSON."""

    def handle(call: Call) -> Reply:
        record = documents.resource.find(call)
        if not record:
            return documents.resource.not_found(call)
        content = f"%PDF-1.4\n% {documents.label} {record.get('document_nr')} (bexio mock)\n%%EOF\n".encode()
        name = f"{record.get('document_nr') or record['id']}.pdf"
        return Reply(200, {"name": name, "size": len(content), "mime": "application/pdf",
                           "content": base64.b64encode(content).decode()})  # fmt: skip

    return handle


ISSUED = ("issued",)
HANDLERS: dict[str, Handler] = {
    "createQuote": QUOTES.create,
    "issueQuote": QUOTES.transition(("draft",), "issued"),
    "revertIssueQuote": QUOTES.transition(ISSUED, "draft"),
    "acceptQuote": QUOTES.transition(ISSUED, "accepted"),
    "declineQuote": QUOTES.transition(ISSUED, "declined"),
    "reissueQuote": QUOTES.transition(("accepted", "declined"), "issued"),
    "getQuotePdf": _pdf(QUOTES),
    "createInvoice": INVOICES.create,
    "getInvoicePdf": _pdf(INVOICES),
    "issueInvoice": INVOICES.transition(("draft",), "issued"),
    "revertIssueInvoice": INVOICES.transition(ISSUED, "draft"),
    "cancelInvoice": INVOICES.transition(ISSUED, "cancelled"),
    "createInvoicePayment": INVOICES.requires("issued", PAYMENTS.handlers()["createInvoicePayment"]),
    "createInvoiceReminder": INVOICES.requires("issued", REMINDERS.handlers()["createInvoiceReminder"]),
    "markInvoiceReminderAsSent": _mark_reminder(True),
    "markInvoiceReminderAsUnsent": _mark_reminder(False),
}
RESOURCES = [QUOTES.resource, INVOICES.resource, PAYMENTS, REMINDERS]
