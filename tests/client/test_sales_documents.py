"""Through `Bexio` against the mock: an invoice with a position of each kind is
created and read back with the same position classes, issued, paid, printed and reminded; the
quote status rules hold; a forbidden transition is bexio's 422."""

import datetime

import pytest

from bexio_client import pdf_bytes
from bexio_client.errors import ValidationError
from bexio_client.models import (
    InvoiceCreate,
    InvoicePaymentCreate,
    KbPositionArticle,
    KbPositionArticleCreate,
    KbPositionCustom,
    KbPositionCustomCreate,
    KbPositionDiscount,
    KbPositionDiscountCreate,
    KbPositionPagebreak,
    KbPositionPagebreakCreate,
    KbPositionSubtotal,
    KbPositionSubtotalCreate,
    KbPositionText,
    KbPositionTextCreate,
    QuoteCreate,
)

# Operations that need a document in a given status: tests/client/test_every_operation.py
# leaves them to this module.
LIFECYCLE_ONLY = {
    "revertIssueQuote", "acceptQuote", "declineQuote", "reissueQuote", "revertIssueInvoice", "cancelInvoice",
    "createInvoicePayment", "getInvoicePayment", "deleteInvoicePayment", "createInvoiceReminder",
    "getInvoiceReminder", "deleteInvoiceReminder", "markInvoiceReminderAsSent", "markInvoiceReminderAsUnsent",
}  # fmt: skip


def body_of(mock, operation_id: str) -> dict:
    return dict(mock.operations[operation_id]["requestBody"]["content"]["application/json"]["example"])


def positions(mock) -> list:
    """One position of each kind a document body takes, from the position endpoints' samples."""
    kinds = [
        (KbPositionCustomCreate, "KbPositionCustom", "createDefaultPosition"),
        (KbPositionArticleCreate, "KbPositionArticle", "createItemPosition"),
        (KbPositionTextCreate, "KbPositionText", "createTextPosition"),
        (KbPositionSubtotalCreate, "KbPositionSubtotal", "createSubtotalPosition"),
        (KbPositionPagebreakCreate, "KbPositionPagebreak", "createPagebreakPosition"),
        (KbPositionDiscountCreate, "KbPositionDiscount", "createDiscountPosition"),
    ]
    return [model.from_dict({**body_of(mock, operation), "type": kind}) for model, kind, operation in kinds]


@pytest.fixture
def invoice(bexio, mock):
    body = InvoiceCreate.from_dict({**body_of(mock, "createInvoice"), "positions": []})
    body.positions = positions(mock)
    return bexio.invoices.create(body=body)


def test_an_invoice_keeps_a_position_of_each_kind_in_its_class(bexio, invoice):
    expected = [KbPositionCustom, KbPositionArticle, KbPositionText, KbPositionSubtotal, KbPositionPagebreak,
                KbPositionDiscount]  # fmt: skip
    assert [type(position) for position in invoice.positions] == expected
    fetched = bexio.invoices.get(invoice.id)
    assert [type(position) for position in fetched.positions] == expected
    assert [p.to_dict() for p in fetched.positions] == [p.to_dict() for p in invoice.positions]
    assert fetched.positions[1].article_id == 3 and fetched.positions[5].text == "Partner discount"


def test_invoice_lifecycle_issue_pay_print_remind(bexio, invoice):
    assert bexio.invoices.issue(invoice.id).success is True

    payment = bexio.invoices.create_invoice_payment(
        invoice.id, body=InvoicePaymentCreate(date=datetime.date(2026, 11, 20), value="10.0000")
    )
    assert [p.id for p in bexio.invoices.list_invoice_payments(invoice.id)] == [payment.id]
    assert bexio.invoices.get_invoice_payment(invoice.id, payment.id).value == payment.value

    pdf = pdf_bytes(bexio.invoices.get_invoice_pdf(invoice.id))
    assert pdf.startswith(b"%PDF-") and b"RE-00001" in pdf

    reminder = bexio.invoices.create_invoice_reminder(invoice.id)
    assert bexio.invoices.mark_invoice_reminder_as_sent(invoice.id, reminder.id).success is True
    assert bexio.invoices.get_invoice_reminder(invoice.id, reminder.id).is_sent is True
    assert bexio.invoices.mark_invoice_reminder_as_unsent(invoice.id, reminder.id).success is True
    assert bexio.invoices.get_invoice_reminder(invoice.id, reminder.id).is_sent is False

    assert bexio.invoices.delete_invoice_reminder(invoice.id, reminder.id).success is True
    assert bexio.invoices.delete_invoice_payment(invoice.id, payment.id).success is True
    assert bexio.invoices.cancel(invoice.id).success is True


def test_forbidden_transitions_are_422(bexio, invoice):
    for refuse in (bexio.invoices.revert_issue_invoice, bexio.invoices.cancel):
        with pytest.raises(ValidationError) as refused:
            refuse(invoice.id)
        assert refused.value.status_code == refused.value.error_code == 422 and refused.value.message
    payment = InvoicePaymentCreate(date=datetime.date(2026, 11, 20), value="10.0000")
    with pytest.raises(ValidationError):
        bexio.invoices.create_invoice_payment(invoice.id, body=payment)
    bexio.invoices.issue(invoice.id)
    with pytest.raises(ValidationError):
        bexio.invoices.issue(invoice.id)
    assert bexio.invoices.revert_issue_invoice(invoice.id).success is True


def test_quote_status_rules(bexio, mock):
    quote = bexio.quotes.create(body=QuoteCreate.from_dict({**body_of(mock, "createQuote"), "positions": []}))
    with pytest.raises(ValidationError):
        bexio.quotes.accept(quote.id)  # a draft cannot be accepted
    bexio.quotes.issue(quote.id)
    assert bexio.quotes.revert_issue_quote(quote.id).success is True
    bexio.quotes.issue(quote.id)
    assert bexio.quotes.accept(quote.id).success is True
    assert bexio.quotes.reissue(quote.id).success is True
    assert bexio.quotes.decline(quote.id).success is True
    assert bexio.quotes.reissue(quote.id).success is True


def test_a_mixed_array_of_all_seven_position_kinds_parses_into_their_classes(mock):
    from bexio_client.models import Invoice, KbPositionSubposition

    samples = ["getDefaultPosition", "getItemPosition", "getTextPosition", "getSubtotalPosition",
               "getPagebreakPosition", "getDiscountPosition", "getSubPosition"]  # fmt: skip
    invoice = dict(mock.example_reply("getInvoice").body)
    invoice["positions"] = [mock.example_reply(sample).body for sample in samples]
    parsed = Invoice.from_dict(invoice)
    assert [type(p) for p in parsed.positions] == [
        KbPositionCustom, KbPositionArticle, KbPositionText, KbPositionSubtotal, KbPositionPagebreak,
        KbPositionDiscount, KbPositionSubposition,
    ]  # fmt: skip
    assert parsed.to_dict()["positions"] == invoice["positions"]
