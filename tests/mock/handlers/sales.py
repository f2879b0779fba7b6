"""Quotes and invoices in state: their positions, status rules, payments and reminders.

Status rules, as the reference states them: "The quote/invoice must be in the draft status" to
be issued; revert issue puts an issued document back to draft; an invoice is cancelled, a
quote accepted or declined ("kb_item_status_id must be 2", i.e. issued) only once issued; a
quote is reissued from accepted or declined. A payment or a reminder needs an issued invoice.
A transition the reference forbids gets bexio's 422 "Could not save the entity". The lifecycle
status is kept beside the record: the reference gives no table of `kb_item_status_id` values.

A document's figures follow from its positions (totals.py), an invoice's also from its
payments: a payment makes it partially paid, or paid once they cover the total (then it takes
no more payments; deleting one moves it back). A payment is found only through its invoice.
A document created for a contact the mock does not know is a 422.
"""

import base64
from collections.abc import Callable
from typing import Any

from ..call import Call, Handler, Reply, error
from .contacts import CONTACTS
from .crud import Resource, family, public
from .totals import InvalidFigure, compute, number, six

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


def new_position(call: Call, position: dict[str, Any], number: int) -> dict[str, Any]:
    """A position as its kind's fetch shows it; its tax rate is that of its `tax_id` where the
    mock knows that tax (bexio's /3.0/taxes sample)."""
    sample = call.mock.example_reply(POSITION_SAMPLES[position["type"]]).body
    created = {**sample, **position, "id": number, "internal_pos": number}
    taxes = {tax["id"]: tax["value"] for tax in call.mock.example_reply("listTaxes").body}
    if "tax_value" in created and created.get("tax_id") in taxes:
        created["tax_value"] = f"{taxes[created['tax_id']]:.2f}"
    return created


def _with_positions(call: Call, record: dict[str, Any]) -> dict[str, Any]:
    record["positions"] = [
        new_position(call, position, number) for number, position in enumerate(record.get("positions") or [], start=1)
    ]
    return record


def _unknown_contact(call: Call) -> Reply | None:
    contact_id = (call.body or {}).get("contact_id")
    if contact_id is not None and contact_id not in CONTACTS.collection(call).records:
        return error(422, f"contact_id {contact_id} does not reference an existing contact")
    return None


class SalesDocuments:
    """A sales document family: CRUD from `Resource`, positions and the status rules here."""

    def __init__(self, resource: Resource, label: str) -> None:
        self.resource, self.label = resource, label

    def create(self, call: Call) -> Reply:
        if refused := _unknown_contact(call):
            return refused
        record = _with_positions(call, {**call.mock.example_reply(self.resource.create).body, **(call.body or {})})
        try:
            self.refresh(call, record)
        except InvalidFigure as invalid:
            return error(422, str(invalid))
        record = self.resource.add(call, record)
        record[STATUS] = "draft"
        return Reply(201, public(record))

    def update(self, call: Call) -> Reply:
        """The generic edit, then the figures again (`mwst_type` may have changed)."""
        if refused := _unknown_contact(call):
            return refused
        reply = self.resource.handlers()[self.resource.update](call)
        if reply.status == 200:
            reply.body = public(self.refresh(call, self.resource.find(call)))
        return reply

    def refresh(self, call: Call, record: dict[str, Any]) -> dict[str, Any]:
        """The document's figures from its positions, and an invoice's status from its payments."""
        if self.resource is not INVOICES.resource or "id" not in record:
            return compute(record)
        received = sum((number(p["value"]) for p in _payments_of(call, record["id"])), number(0))
        compute(record, received)
        if record.get(STATUS) in PAYABLE:
            total = number(record["total"])
            record[STATUS] = "issued" if not received else "paid" if received >= total else "partially_paid"
        return record

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

    def requires(self, statuses: tuple[str, ...], handler: Callable[[Call], Reply]) -> Handler:
        """`handler`, for a document in one of `statuses` only (e.g. a reminder for an issued invoice)."""

        def handle(call: Call) -> Reply:
            parent = self.resource.collection(call).records.get(call.path[self.resource.id_param])
            if parent and parent.get(STATUS, "draft") not in statuses:
                wanted = " or ".join(statuses)
                return error(422, f"the {self.label} must be {wanted}, it is {parent.get(STATUS, 'draft')}")
            return handler(call)

        return handle


QUOTES = SalesDocuments(family("kb_offer", "Quote", "Quotes", id_param="quote_id"), "quote")
ORDERS = SalesDocuments(family("kb_order", "Order", "Orders", id_param="order_id"), "order")
INVOICES = SalesDocuments(family("kb_invoice", "Invoice", "Invoices", id_param="invoice_id"), "invoice")
PAYMENTS = family("kb_invoice_payment", "InvoicePayment", "InvoicePayments", ("list", "create", "get", "delete"),
                  id_param="payment_id", parent_param="invoice_id")  # fmt: skip
PAYABLE = ("issued", "partially_paid", "paid")


def _payments_of(call: Call, invoice_id: Any) -> list[dict[str, Any]]:
    return [p for p in PAYMENTS.collection(call).records.values() if p.get("_parent") == invoice_id]


def _pay(call: Call) -> Reply:
    """A payment of an issued, not yet paid invoice; the invoice's figures and status follow."""
    invoice = INVOICES.resource.find(call)
    if not invoice:
        return INVOICES.resource.not_found(call)
    status = invoice.get(STATUS, "draft")
    if status not in ("issued", "partially_paid"):
        return error(422, f"the invoice is {status}; only an issued invoice not yet paid takes a payment")
    try:
        value = number(call.body["value"], "value")
    except InvalidFigure as invalid:
        return error(422, str(invalid))
    if value <= 0:
        return error(422, "value must be more than 0")
    reply = PAYMENTS.handlers()["createInvoicePayment"](call)
    payment = PAYMENTS.collection(call).records[reply.body["id"]]
    payment.update(value=six(value), kb_invoice_id=invoice["id"])
    INVOICES.refresh(call, invoice)
    return Reply(201, public(payment))


def _unpay(call: Call) -> Reply:
    reply = PAYMENTS.handlers()["deleteInvoicePayment"](call)
    invoice = INVOICES.resource.find(call)
    if reply.status == 200 and invoice:
        INVOICES.refresh(call, invoice)
    return reply


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
    "updateQuote": QUOTES.update,
    "createOrder": ORDERS.create,
    "updateOrder": ORDERS.update,
    "issueQuote": QUOTES.transition(("draft",), "issued"),
    "revertIssueQuote": QUOTES.transition(ISSUED, "draft"),
    "acceptQuote": QUOTES.transition(ISSUED, "accepted"),
    "declineQuote": QUOTES.transition(ISSUED, "declined"),
    "reissueQuote": QUOTES.transition(("accepted", "declined"), "issued"),
    "getQuotePdf": _pdf(QUOTES),
    "createInvoice": INVOICES.create,
    "updateInvoice": INVOICES.update,
    "getInvoicePdf": _pdf(INVOICES),
    "issueInvoice": INVOICES.transition(("draft",), "issued"),
    "revertIssueInvoice": INVOICES.transition(ISSUED, "draft"),
    "cancelInvoice": INVOICES.transition(ISSUED, "cancelled"),
    "createInvoicePayment": _pay,
    "deleteInvoicePayment": _unpay,
    "createInvoiceReminder": INVOICES.requires(
        ("issued", "partially_paid"), REMINDERS.handlers()["createInvoiceReminder"]
    ),
    "markInvoiceReminderAsSent": _mark_reminder(True),
    "markInvoiceReminderAsUnsent": _mark_reminder(False),
}
RESOURCES = [QUOTES.resource, ORDERS.resource, INVOICES.resource, PAYMENTS, REMINDERS]
