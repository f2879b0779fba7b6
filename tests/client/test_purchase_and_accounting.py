"""Through the generated client against the mock: a bill is booked and paid by an outgoing
payment; a manual entry gets a file by a real multipart upload and lists it back."""

import datetime

import pytest

from bexio_client.api.bills import create_bill, delete_bill, get_bill, list_bills, update_bill_status
from bexio_client.api.expenses import create_expense, list_expenses, update_expense, update_expense_status
from bexio_client.api.manual_entries import (
    add_manual_compound_entry_file,
    create_manual_entry,
    list_manual_compound_entry_files,
    list_manual_entries,
)
from bexio_client.api.outgoing_payment import (
    create_outgoing_payment,
    delete_outgoing_payment,
    get_outgoing_payment,
    list_outgoing_payments,
)
from bexio_client.models import (
    Bill,
    BillCreate,
    Error,
    ExpenseCreate,
    ExpenseEdit,
    ManualEntryFileUpload,
    ManualSingleEntryCreate,
    OutgoingPayment,
    OutgoingPaymentCreate,
)
from bexio_client.types import File

# Operations whose calls need state the reference's samples do not give (a booked bill to pay):
# tests/client/test_every_operation.py leaves them to this module.
LIFECYCLE_ONLY = {"createOutgoingPayment", "getOutgoingPayment", "deleteOutgoingPayment"}


@pytest.fixture
def bill(client, mock) -> Bill:
    body = mock.operations["createBill"]["requestBody"]["content"]["application/json"]["example"]
    return create_bill.sync(client=client, body=BillCreate.from_dict(body))


def payment_for(bill: Bill, amount: float) -> OutgoingPaymentCreate:
    return OutgoingPaymentCreate.from_dict(
        {
            "bill_id": str(bill.id),
            "payment_type": "MANUAL",
            "execution_date": "2026-11-20",
            "amount": amount,
            "currency_code": "CHF",
            "exchange_rate": 1.0,
            "sender_bank_account_id": 2,
            "is_salary_payment": False,
        }
    )


def test_a_booked_bill_is_paid_by_an_outgoing_payment(client, bill):
    assert bill.status == "DRAFT" and bill.pending_amount == 23.8
    booked = update_bill_status.sync(bill.id, "BOOKED", client=client)
    assert booked.status == "BOOKED"

    payment = create_outgoing_payment.sync(client=client, body=payment_for(bill, 23.8))
    assert isinstance(payment, OutgoingPayment) and payment.status == "PAID"

    paid = get_bill.sync(bill.id, client=client)
    assert paid.status == "PAID" and paid.pending_amount == 0
    assert [p.id for p in list_outgoing_payments.sync(client=client, bill_id=bill.id).data] == [payment.id]
    assert get_outgoing_payment.sync(payment.id, client=client).amount == 23.8
    assert isinstance(delete_bill.sync_detailed(bill.id, client=client).parsed, Error)  # a paid bill stays

    assert delete_outgoing_payment.sync_detailed(payment.id, client=client).status_code == 200
    assert get_outgoing_payment.sync_detailed(payment.id, client=client).status_code == 404


def test_a_part_payment_leaves_the_rest_pending(client, bill):
    update_bill_status.sync(bill.id, "BOOKED", client=client)
    create_outgoing_payment.sync(client=client, body=payment_for(bill, 10.0))
    assert (get_bill.sync(bill.id, client=client).status, get_bill.sync(bill.id, client=client).pending_amount) == (
        "PARTIALLY_PAID",
        13.8,
    )


def test_a_draft_bill_cannot_be_paid(client, bill):
    response = create_outgoing_payment.sync_detailed(client=client, body=payment_for(bill, 23.8))
    assert response.status_code == 422 and "book it first" in response.parsed.message


def test_bills_are_listed_in_pages(client, bill):
    page = list_bills.sync(client=client, limit=1, page=1)
    assert page.paging.item_count == 1 and page.paging.page_count == 1
    assert [str(item.id) for item in page.data] == [str(bill.id)]


def test_a_manual_entry_gets_a_file_by_multipart_upload(client):
    entry = create_manual_entry.sync(
        client=client,
        body=ManualSingleEntryCreate.from_dict(
            {"type": "manual_single_entry", "date": str(datetime.date(2026, 11, 20)), "entries": []}
        ),
    )
    receipt = b"%PDF-1.4 receipt \x00\xff"
    upload = ManualEntryFileUpload.from_dict({})
    upload["receipt"] = File(payload=receipt, file_name="receipt.pdf", mime_type="application/pdf")
    created = add_manual_compound_entry_file.sync(entry.id, client=client, body=upload)
    assert [(f.name, f.size_in_bytes) for f in created] == [("receipt", len(receipt))]
    listed = list_manual_compound_entry_files.sync(entry.id, client=client)
    assert [f.id for f in listed] == [created[0].id]


def test_expenses_are_booked_done_and_back_to_draft(client, mock):
    body = mock.operations["createExpense"]["requestBody"]["content"]["application/json"]["example"]
    expense = create_expense.sync(client=client, body=ExpenseCreate.from_dict(body))
    assert expense.status == "DRAFT"
    assert update_expense_status.sync(expense.id, "DONE", client=client).status == "DONE"
    edit = mock.operations["updateExpense"]["requestBody"]["content"]["application/json"]["example"]
    refused = update_expense.sync_detailed(expense.id, client=client, body=ExpenseEdit.from_dict(edit))
    assert refused.status_code == 422  # only a draft can be edited
    assert update_expense_status.sync(expense.id, "DRAFT", client=client).status == "DRAFT"
    assert [str(e.id) for e in list_expenses.sync(client=client).data] == [str(expense.id)]


def test_3_0_lists_answer_with_their_paging_headers(client):
    response = list_manual_entries.sync_detailed(client=client, limit=10)
    assert response.headers["X-Total-Count"] == str(len(response.parsed)) and response.headers["X-Limit"] == "10"
