"""4.0 purchase: bills and expenses (UUIDs, `{data, paging}` pages) with their status rules,
the outgoing payments that pay bills; 3.0 manual entries with their file attachments.

Status rules (reference, "Update Bill status", "Update Expense status"; research §4 "Purchase
4.0"): a bill or expense is created as DRAFT, edited only then, booked with PUT
…/bookings/BOOKED (an expense: DONE) and put back with …/bookings/DRAFT while nothing is paid.
Only a booked bill takes an outgoing payment (a MANUAL one is paid at once); payments that
cover the amount make it PAID, a part of it PARTIALLY_PAID. A paid bill cannot go back to
DRAFT nor be deleted. A request against these rules gets bexio's 422 "Could not save the
entity" (400 for a DELETE, which documents no 422).
"""

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..call import Call, Handler, Reply, error
from .crud import family, public
from .files import file_record

PAYABLE = ("BOOKED", "PARTIALLY_PAID")


def _payments(call: Call) -> dict[str, dict[str, Any]]:
    return call.state.collection("outgoing_payment").records


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _page(call: Call, items: list[dict[str, Any]], list_operation: str) -> Reply:
    """bexio's 4.0 page envelope over `items`, shaped like the list sample's items."""
    template = call.mock.example_reply(list_operation).body["data"][0]
    # "max limit is enforced to 2000" for all endpoints (reference changelog, 2021-10-18);
    # pages count from 1, and the envelope's numbers are int32.
    limit = min(max(call.query.get("limit", 100), 1), 2000)
    page = min(max(call.query.get("page", 1), 1), 2**31 - 1)
    shown = items[(page - 1) * limit : page * limit]
    data = [{key: item.get(key, value) for key, value in template.items()} for item in shown]
    paging = {
        "page": page,
        "page_size": limit,
        "page_count": max(math.ceil(len(items) / limit), 1),
        "item_count": len(items),
    }
    return Reply(200, {"data": data, "paging": paging})


def _amount(bill: dict[str, Any]) -> float:
    return bill["amount_man"] if bill.get("manual_amount") else bill.get("amount_calc") or 0.0


# -- bills and expenses -----------------------------------------------------------------


@dataclass(frozen=True)
class PurchaseDocuments:
    """Bills or expenses: created as DRAFT, edited only then, booked (`booked`) and back."""

    collection: str
    label: str
    list_operation: str
    booked: str

    def records(self, call: Call) -> dict[str, dict[str, Any]]:
        return call.state.collection(self.collection).records

    def find(self, call: Call) -> dict[str, Any] | None:
        return self.records(call).get(str(call.path["id"]))

    def missing(self) -> Reply:
        return error(404, f"{self.label} not found")

    def create(self, call: Call) -> Reply:
        record = {**call.example().body, **call.body, "id": str(uuid.uuid4()), "status": "DRAFT", "created_at": _now()}
        self.records(call)[record["id"]] = _with_line_ids(record)
        return Reply(201, record)

    def get(self, call: Call) -> Reply:
        record = self.find(call)
        return Reply(200, record) if record else self.missing()

    def list(self, call: Call) -> Reply:
        return _page(call, list(self.records(call).values()), self.list_operation)

    def update(self, call: Call) -> Reply:
        record = self.find(call)
        if not record:
            return self.missing()
        if record["status"] != "DRAFT":
            return error(422, f"a {record['status']} {self.label.lower()} cannot be edited")
        record.update(call.body)
        return Reply(200, _with_line_ids(record))

    def delete(self, call: Call) -> Reply:
        record = self.find(call)
        if not record:
            return self.missing()
        if record["status"] not in ("DRAFT", self.booked):
            return error(400, f"a {record['status']} {self.label.lower()} cannot be deleted")  # DELETE documents no 422
        del self.records(call)[record["id"]]
        return Reply(200)

    def change_status(self, call: Call) -> Reply:
        record, target = self.find(call), call.path["status"]
        if not record:
            return self.missing()
        if target == "DRAFT" and record["status"] != self.booked:
            return error(422, f"a {record['status']} {self.label.lower()} cannot go back to DRAFT")
        record["status"] = target
        return Reply(200, record)

    def handlers(self, singular: str, plural: str) -> dict[str, Handler]:
        return {
            f"create{singular}": self.create,
            f"get{singular}": self.get,
            f"list{plural}": self.list,
            f"update{singular}": self.update,
            f"delete{singular}": self.delete,
            f"update{singular}Status": self.change_status,
        }


def _with_line_ids(record: dict[str, Any]) -> dict[str, Any]:
    """New line items and discounts (sent without an id) get one, as bexio gives them; a bill's
    pending amount follows its amount."""
    for key in ("line_items", "discounts"):
        for line in record.get(key) or []:
            if not line.get("id"):
                line["id"] = str(uuid.uuid4())
    if "pending_amount" in record:
        record["pending_amount"] = _amount(record)
    return record


BILLS = PurchaseDocuments("bill", "Bill", "listBills", booked="BOOKED")
EXPENSES = PurchaseDocuments("expense", "Expense", "listExpenses", booked="DONE")


# -- outgoing payments ---------------------------------------------------------------------


def create_outgoing_payment(call: Call) -> Reply:
    bill = BILLS.records(call).get(str(call.body["bill_id"]))
    if not bill:
        return error(422, "bill_id must reference an existing bill")
    if bill["status"] not in PAYABLE:
        return error(422, f"a {bill['status']} bill cannot be paid; book it first")
    if call.body["amount"] > bill["pending_amount"]:
        return error(422, "amount must be less or equal to the bill's pending_amount")
    status = "PAID" if call.body["payment_type"] == "MANUAL" else "PENDING"
    payment = {**call.example().body, **call.body, "id": str(uuid.uuid4()), "status": status, "created_at": _now()}
    _payments(call)[payment["id"]] = payment
    if status == "PAID":
        bill["pending_amount"] = round(bill["pending_amount"] - payment["amount"], 2)
        bill["status"] = "PAID" if bill["pending_amount"] <= 0 else "PARTIALLY_PAID"
    return Reply(201, payment)


def list_outgoing_payments(call: Call) -> Reply:
    bill_id = str(call.query["bill_id"])
    found = [payment for payment in _payments(call).values() if str(payment["bill_id"]) == bill_id]
    return _page(call, found, "listOutgoingPayments")


def get_outgoing_payment(call: Call) -> Reply:
    payment = _payments(call).get(str(call.path["id"]))
    return Reply(200, payment) if payment else error(404, "Outgoing payment not found")


def delete_outgoing_payment(call: Call) -> Reply:
    payment = _payments(call).pop(str(call.path["id"]), None)
    return Reply(200) if payment else error(404, "Outgoing payment not found")


# -- manual entries and their files ------------------------------------------------------------

# Edits answer with the sample: their lines carry ids typed differently on write and read.
MANUAL_ENTRIES = family(
    "manual_entry", "ManualEntry", "ManualEntries", ("list", "create", "delete"), id_param="manual_entry_id"
)


def add_entry_files(call: Call) -> Reply:
    if not MANUAL_ENTRIES.find(call):
        return MANUAL_ENTRIES.not_found(call)
    files = call.state.collection(f"manual_entry_files/{call.path['manual_entry_id']}")
    records = [file_record(call.example().body[0], part) for part in (call.body or {}).values()]
    return Reply(201, [public(files.add(record)) for record in records])


def list_entry_files(call: Call) -> Reply:
    if not MANUAL_ENTRIES.find(call):
        return MANUAL_ENTRIES.not_found(call)
    files = call.state.collection(f"manual_entry_files/{call.path['manual_entry_id']}")
    return Reply(200, [public(record) for record in files.records.values()])


HANDLERS: dict[str, Handler] = {
    **BILLS.handlers("Bill", "Bills"),
    **EXPENSES.handlers("Expense", "Expenses"),
    "createOutgoingPayment": create_outgoing_payment,
    "listOutgoingPayments": list_outgoing_payments,
    "getOutgoingPayment": get_outgoing_payment,
    "deleteOutgoingPayment": delete_outgoing_payment,
    "addManualCompoundEntryFile": add_entry_files,
    "listManualCompoundEntryFiles": list_entry_files,
}
RESOURCES = [MANUAL_ENTRIES]
