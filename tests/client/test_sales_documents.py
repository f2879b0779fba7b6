"""Through the generated client against the mock: an invoice with a position of each kind is
created and read back with the same position classes, issued, paid, printed and reminded; the
quote status rules hold; a forbidden transition is bexio's 422."""

import datetime

import pytest

from bexio_client import pdf_bytes
from bexio_client.api.invoices import (
    cancel_invoice,
    create_invoice,
    create_invoice_payment,
    create_invoice_reminder,
    delete_invoice_payment,
    delete_invoice_reminder,
    get_invoice,
    get_invoice_payment,
    get_invoice_pdf,
    get_invoice_reminder,
    issue_invoice,
    list_invoice_payments,
    mark_invoice_reminder_as_sent,
    mark_invoice_reminder_as_unsent,
    revert_issue_invoice,
)
from bexio_client.api.quotes import (
    accept_quote,
    create_quote,
    decline_quote,
    issue_quote,
    reissue_quote,
    revert_issue_quote,
)
from bexio_client.models import (
    Error,
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
def invoice(client, mock):
    body = InvoiceCreate.from_dict({**body_of(mock, "createInvoice"), "positions": []})
    body.positions = positions(mock)
    return create_invoice.sync(client=client, body=body)


def test_an_invoice_keeps_a_position_of_each_kind_in_its_class(client, invoice):
    expected = [KbPositionCustom, KbPositionArticle, KbPositionText, KbPositionSubtotal, KbPositionPagebreak,
                KbPositionDiscount]  # fmt: skip
    assert [type(position) for position in invoice.positions] == expected
    fetched = get_invoice.sync(invoice.id, client=client)
    assert [type(position) for position in fetched.positions] == expected
    assert [p.to_dict() for p in fetched.positions] == [p.to_dict() for p in invoice.positions]
    assert fetched.positions[1].article_id == 3 and fetched.positions[5].text == "Partner discount"


def test_invoice_lifecycle_issue_pay_print_remind(client, invoice):
    assert issue_invoice.sync(invoice.id, client=client).success is True

    payment = create_invoice_payment.sync(
        invoice.id, client=client, body=InvoicePaymentCreate(date=datetime.date(2026, 11, 20), value="10.0000")
    )
    assert [p.id for p in list_invoice_payments.sync(invoice.id, client=client)] == [payment.id]
    assert get_invoice_payment.sync(invoice.id, payment.id, client=client).value == payment.value

    pdf = pdf_bytes(get_invoice_pdf.sync(invoice.id, client=client))
    assert pdf.startswith(b"%PDF-") and b"RE-00001" in pdf

    reminder = create_invoice_reminder.sync(invoice.id, client=client)
    assert mark_invoice_reminder_as_sent.sync(invoice.id, reminder.id, client=client).success is True
    assert get_invoice_reminder.sync(invoice.id, reminder.id, client=client).is_sent is True
    assert mark_invoice_reminder_as_unsent.sync(invoice.id, reminder.id, client=client).success is True
    assert get_invoice_reminder.sync(invoice.id, reminder.id, client=client).is_sent is False

    assert delete_invoice_reminder.sync(invoice.id, reminder.id, client=client).success is True
    assert delete_invoice_payment.sync(invoice.id, payment.id, client=client).success is True
    assert cancel_invoice.sync(invoice.id, client=client).success is True


def test_forbidden_transitions_are_422(client, invoice):
    for call in (revert_issue_invoice, cancel_invoice):
        refused = call.sync_detailed(invoice.id, client=client)
        assert refused.status_code == 422 and isinstance(refused.parsed, Error)
    payment = InvoicePaymentCreate(date=datetime.date(2026, 11, 20), value="10.0000")
    assert create_invoice_payment.sync_detailed(invoice.id, client=client, body=payment).status_code == 422
    issue_invoice.sync(invoice.id, client=client)
    assert issue_invoice.sync_detailed(invoice.id, client=client).status_code == 422
    assert revert_issue_invoice.sync(invoice.id, client=client).success is True


def test_quote_status_rules(client, mock):
    quote = create_quote.sync(
        client=client, body=QuoteCreate.from_dict({**body_of(mock, "createQuote"), "positions": []})
    )
    assert accept_quote.sync_detailed(quote.id, client=client).status_code == 422  # a draft cannot be accepted
    issue_quote.sync(quote.id, client=client)
    assert revert_issue_quote.sync(quote.id, client=client).success is True
    issue_quote.sync(quote.id, client=client)
    assert accept_quote.sync(quote.id, client=client).success is True
    assert reissue_quote.sync(quote.id, client=client).success is True
    assert decline_quote.sync(quote.id, client=client).success is True
    assert reissue_quote.sync(quote.id, client=client).success is True


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
