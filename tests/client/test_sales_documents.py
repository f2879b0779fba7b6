"""Through `Bexio` against the mock: an invoice with a position of each kind is
created and read back with the same position classes, issued, paid, printed and reminded; the
quote status rules hold; a forbidden transition is bexio's 422."""

import datetime

import pytest

from bexio_client import pdf_bytes
from bexio_client.errors import NotFoundError, ValidationError
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


def document_body(bexio, mock, operation_id: str) -> dict:
    """The create sample, for a contact the mock knows (the sample's contact 14 is not among its contacts)."""
    return {**body_of(mock, operation_id), "contact_id": bexio.contacts.list()[0].id, "positions": []}


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
    body = InvoiceCreate.from_dict(document_body(bexio, mock, "createInvoice"))
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
    quote = bexio.quotes.create(body=QuoteCreate.from_dict(document_body(bexio, mock, "createQuote")))
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


def test_an_invoice_computes_its_totals_from_positions_and_payments(bexio, mock):
    """Figures derived by hand: 3 × 19.90 less 10 % = 53.73; 2 × 12.35 = 24.70; gross 78.43;
    less a discount of 5.00 → net 73.43; 7.7 % (the rate of tax 1) of it = 5.65411 → "5.6541";
    73.43 + 5.65411 = 79.08411, rounded to 0.05 → 79.10 (difference +0.02)."""
    body = {**document_body(bexio, mock, "createInvoice"), "mwst_type": 0, "mwst_is_net": True}
    invoice = bexio.invoices.create(body=InvoiceCreate.from_dict(body))
    apples = {"amount": "3", "unit_price": "19.90", "discount_in_percent": "10", "tax_id": 1, "text": "Apples"}
    custom = bexio.default_positions.create("kb_invoice", invoice.id, body=apples)
    pears = {"amount": "2", "unit_price": "12.35", "tax_id": 1, "text": "Pears", "article_id": 3}
    article = bexio.item_positions.create("kb_invoice", invoice.id, body=pears)
    assert (custom.position_total, article.position_total) == ("53.730000", "24.700000")
    assert custom.tax_value == "7.70" and custom.amount == "3.000000"
    discount = {"text": "Loyalty", "is_percentual": False, "value": "5"}
    assert bexio.discount_positions.create("kb_invoice", invoice.id, body=discount).discount_total == "5.000000"

    fetched = bexio.invoices.get(invoice.id)
    assert (fetched.total_gross, fetched.total_net, fetched.total_taxes) == ("78.430000", "73.430000", "5.6541")
    assert [(tax.percentage, tax.value) for tax in fetched.taxs] == [("7.70", "5.6541")]
    assert (fetched.total, fetched.total_rounding_difference) == ("79.100000", 0.02)
    assert (fetched.total_received_payments, fetched.total_remaining_payments) == ("0.000000", "79.100000")

    bexio.invoices.issue(invoice.id)
    first = bexio.invoices.create_invoice_payment(
        invoice.id, body=InvoicePaymentCreate(date=datetime.date(2026, 11, 20), value="50")
    )
    part_paid = bexio.invoices.get(invoice.id)
    assert (part_paid.total_received_payments, part_paid.total_remaining_payments) == ("50.000000", "29.100000")
    with pytest.raises(ValidationError):
        bexio.invoices.cancel(invoice.id)  # a partially paid invoice is no longer just issued
    bexio.invoices.create_invoice_payment(invoice.id, body=InvoicePaymentCreate(value="29.10"))
    assert bexio.invoices.get(invoice.id).total_remaining_payments == "0.000000"
    with pytest.raises(ValidationError):  # paid: it takes no more payments
        bexio.invoices.create_invoice_payment(invoice.id, body=InvoicePaymentCreate(value="1"))

    other = bexio.invoices.create(body=InvoiceCreate.from_dict(body))
    with pytest.raises(NotFoundError):  # a payment belongs to the invoice it was posted to
        bexio.invoices.get_invoice_payment(other.id, first.id)
    assert bexio.invoices.get_invoice_payment(invoice.id, first.id).kb_invoice_id == invoice.id


def test_a_document_for_an_unknown_contact_is_422(bexio, mock):
    body = {**document_body(bexio, mock, "createInvoice"), "contact_id": 999}
    with pytest.raises(ValidationError) as refused:
        bexio.invoices.create(body=InvoiceCreate.from_dict(body))
    assert "contact_id 999" in refused.value.message
