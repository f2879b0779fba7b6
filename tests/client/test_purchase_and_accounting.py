"""Through `Bexio` against the mock: a bill is booked and paid by an outgoing
payment; a manual entry gets a file by a real multipart upload and lists it back."""

import datetime

import pytest

from bexio_client.errors import BadRequestError, NotFoundError, ValidationError
from bexio_client.models import (
    Bill,
    BillCreate,
    ExpenseCreate,
    ExpenseEdit,
    ManualCompoundEntry,
    ManualEntryFileUpload,
    ManualGroupEntry,
    ManualSingleEntry,
    ManualSingleEntryCreate,
    OutgoingPayment,
    OutgoingPaymentCreate,
)
from bexio_client.types import File

# Operations whose calls need state the reference's samples do not give (a booked bill to pay):
# tests/client/test_every_operation.py leaves them to this module.
LIFECYCLE_ONLY = {"createOutgoingPayment", "getOutgoingPayment", "deleteOutgoingPayment"}


@pytest.fixture
def bill(bexio, mock) -> Bill:
    body = mock.operations["createBill"]["requestBody"]["content"]["application/json"]["example"]
    return bexio.bills.create(body=BillCreate.from_dict(body))


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


def test_a_booked_bill_is_paid_by_an_outgoing_payment(bexio, bill):
    assert bill.status == "DRAFT" and bill.pending_amount == 23.8
    booked = bexio.bills.update_bill_status(bill.id, "BOOKED")
    assert booked.status == "BOOKED"

    payment = bexio.outgoing_payment.create(body=payment_for(bill, 23.8))
    assert isinstance(payment, OutgoingPayment) and payment.status == "PAID"

    paid = bexio.bills.get(bill.id)
    assert paid.status == "PAID" and paid.pending_amount == 0
    assert [p.id for p in bexio.outgoing_payment.list_outgoing_payments(bill_id=bill.id).data] == [payment.id]
    assert bexio.outgoing_payment.get(payment.id).amount == 23.8
    with pytest.raises(BadRequestError, match="a PAID bill cannot be deleted"):  # a paid bill stays
        bexio.bills.delete(bill.id)

    assert bexio.outgoing_payment.detailed.delete(payment.id).status_code == 200
    with pytest.raises(NotFoundError):
        bexio.outgoing_payment.get(payment.id)


def test_a_part_payment_leaves_the_rest_pending(bexio, bill):
    bexio.bills.update_bill_status(bill.id, "BOOKED")
    bexio.outgoing_payment.create(body=payment_for(bill, 10.0))
    assert (bexio.bills.get(bill.id).status, bexio.bills.get(bill.id).pending_amount) == (
        "PARTIALLY_PAID",
        13.8,
    )


def test_a_draft_bill_cannot_be_paid(bexio, bill):
    with pytest.raises(ValidationError) as refused:
        bexio.outgoing_payment.create(body=payment_for(bill, 23.8))
    assert refused.value.status_code == 422 and "book it first" in refused.value.message


def test_bills_are_listed_in_pages(bexio, bill):
    page = bexio.bills.list(limit=1, page=1)
    assert page.paging.item_count == 1 and page.paging.page_count == 1
    assert [str(item.id) for item in page.data] == [str(bill.id)]


def test_a_manual_entry_gets_a_file_by_multipart_upload(bexio):
    entry = bexio.manual_entries.create(
        body=ManualSingleEntryCreate.from_dict(
            {"type": "manual_single_entry", "date": str(datetime.date(2026, 11, 20)), "entries": []}
        ),
    )
    receipt = b"%PDF-1.4 receipt \x00\xff"
    upload = ManualEntryFileUpload.from_dict({})
    upload["receipt"] = File(payload=receipt, file_name="receipt.pdf", mime_type="application/pdf")
    created = bexio.manual_entries.add_manual_compound_entry_file(entry.id, body=upload)
    assert [(f.name, f.size_in_bytes) for f in created] == [("receipt", len(receipt))]
    listed = bexio.manual_entries.list_manual_compound_entry_files(entry.id)
    assert [f.id for f in listed] == [created[0].id]


def test_expenses_are_booked_done_and_back_to_draft(bexio, mock):
    body = mock.operations["createExpense"]["requestBody"]["content"]["application/json"]["example"]
    expense = bexio.expenses.create(body=ExpenseCreate.from_dict(body))
    assert expense.status == "DRAFT"
    assert bexio.expenses.update_expense_status(expense.id, "DONE").status == "DONE"
    edit = mock.operations["updateExpense"]["requestBody"]["content"]["application/json"]["example"]
    with pytest.raises(ValidationError):  # only a draft can be edited
        bexio.expenses.update(expense.id, body=ExpenseEdit.from_dict(edit))
    assert bexio.expenses.update_expense_status(expense.id, "DRAFT").status == "DRAFT"
    assert [str(e.id) for e in bexio.expenses.list().data] == [str(expense.id)]


def test_3_0_lists_answer_with_their_paging_headers(bexio):
    response = bexio.manual_entries.detailed.list(limit=10)
    assert response.headers["X-Total-Count"] == str(len(response.parsed)) and response.headers["X-Limit"] == "10"


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_each_kind_of_manual_entry_comes_back_as_its_own_class(make_bexio, strict):
    kinds = {
        "manual_single_entry": ManualSingleEntry,
        "manual_compound_entry": ManualCompoundEntry,
        "manual_group_entry": ManualGroupEntry,
    }
    with make_bexio(strict=strict) as bexio:
        for kind in kinds:  # a body of several shapes, given as a dict: the shape its `type` names
            bexio.manual_entries.create(body={"type": kind, "date": "2026-11-20", "entries": []})
        listed = bexio.manual_entries.list()
    assert [type(entry) for entry in listed[-3:]] == list(kinds.values())
    assert [entry.type_ for entry in listed[-3:]] == list(kinds)
