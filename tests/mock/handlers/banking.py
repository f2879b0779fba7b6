"""4.0 banking payments (IBAN and QR payment orders, by uuid) and their status rules.

Status rules: a payment is created `open`. The 4.0 operations say nothing of editing or
deleting; the 3.0 payments they replace did ("a payment can only be edited, when the status
is open", the same for deleting; reference, "Edit IBAN payment", "Delete payment"), so the
mock keeps that. A cancel is allowed from "downloaded", "transferred" or "error" (the 4.0
description, in the 3.0 words: read `downloaded`, `transmitted`, `failed`). Everything past
`open` is the bank's doing, outside the API: `bank_processes` plays it in tests. A request
against these rules gets bexio's 422 (400 for a DELETE, which documents no 422).
"""

import re
import uuid
from datetime import datetime
from typing import Any

from ..call import Call, Handler, Reply, error
from ..search import as_number
from .crud import public

CANCELLABLE = ("downloaded", "transmitted", "failed")
# The fields of a PaymentView a create or an update sets from its body (`message` is request-only).
WRITABLE = (
    "allowance", "amount", "currency", "execution_date", "is_salary", "recipient", "type",
    "qr_reference_number", "additional_information", "purchase_reference", "is_editing_restricted",
)  # fmt: skip


def _records(call_or_state: Any) -> dict[str, dict[str, Any]]:
    """The payments by uuid, seeded from the list operation's sample."""
    state = getattr(call_or_state, "state", call_or_state)
    return state.collection("bank_payment", lambda: state.mock.example_reply("listPayments").body, key="uuid").records


def _find(call: Call) -> dict[str, Any] | None:
    return _records(call).get(str(call.path["payment_id"]))


def _missing(call: Call) -> Reply:
    return error(404, f"payment {call.path['payment_id']} not found")


def _apply(record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    record.update({key: value for key, value in body.items() if key in WRITABLE})
    if record.get("is_salary") is None:  # nullable on create, not on read
        record["is_salary"] = False
    record["recipient"]["address"].setdefault("country_code", "CH")  # the documented default
    record["due_date"] = record["execution_date"]
    return record


def _unprintable(call: Call) -> Reply | None:
    """A request's `additional_information` takes any text, a payment's only the characters of
    a payment slip (PaymentView's pattern): bexio cannot keep the others."""
    text = (call.body or {}).get("additional_information")
    view = call.mock.spec["components"]["schemas"]["PaymentView"]["properties"]["additional_information"]
    if text is not None and not re.search(view["pattern"], text):
        return error(422, "additional_information holds characters a payment slip cannot carry")
    return None


def create(call: Call) -> Reply:
    if refused := _unprintable(call):
        return refused
    records = _records(call)
    collection = call.state.collection("bank_payment")
    sender = {**call.example().body["sender"], "id": 1, "uuid": str(call.body["account_id"])}
    record = {
        "id": collection.next_id,
        "uuid": str(uuid.uuid4()),
        "sender": sender,
        "allowance": "fee_split",
        "instruction_id": uuid.uuid4().hex[:35],
        "purchase_reference": {},
        "document_no": None,
        "qr_reference_number": None,
        "additional_information": None,
        "status": "open",
        "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "is_editing_restricted": False,
    }
    collection.next_id += 1
    records[record["uuid"]] = _apply(record, call.body)
    return Reply(201, record)


def get(call: Call) -> Reply:
    record = _find(call)
    return Reply(200, record) if record else _missing(call)


def list_payments(call: Call) -> Reply:
    """`filter-by` (`field:value`, `field:from_to`, `;`-joined); `page` is an offset, as documented."""
    found = [record for record in _records(call).values() if _matches(record, call.query.get("filter-by"))]
    offset, limit = max(call.query.get("page", 0), 0), min(max(call.query.get("per-page", 500), 0), 2000)
    headers = {"X-Total-Count": str(len(found)), "X-Limit": str(limit), "X-Offset": str(offset)}
    return Reply(200, found[offset : offset + limit], headers)


def update(call: Call) -> Reply:
    record = _find(call)
    if not record:
        return _missing(call)
    if record["status"] != "open":
        return error(422, f"the payment is {record['status']}; only an open payment can be edited")
    if refused := _unprintable(call):
        return refused
    return Reply(200, _apply(record, call.body))


def cancel(call: Call) -> Reply:
    record = _find(call)
    if not record:
        return _missing(call)
    if record["status"] not in CANCELLABLE:
        return error(422, f"the payment is {record['status']}; it can be cancelled when {', '.join(CANCELLABLE)}")
    record["status"] = "cancelled"
    return Reply(200, record)


def delete(call: Call) -> Reply:
    record = _find(call)
    if not record:
        return _missing(call)
    if record["status"] != "open":
        return error(400, f"the payment is {record['status']}; only an open payment can be deleted")
    del _records(call)[record["uuid"]]
    return Reply(200, {"success": True})


def bank_processes(mock: Any, payment_uuid: str, status: str) -> dict[str, Any]:
    """The bank's side, which no operation reaches: it transmits, downloads, pays or fails a payment."""
    record = _records(mock.state)[str(payment_uuid)]
    record["status"] = status
    return public(record)


def _matches(record: dict[str, Any], filter_by: str | None) -> bool:
    for condition in filter(None, (filter_by or "").split(";")):
        field, _, wanted = condition.partition(":")
        value: Any = record
        for part in field.split("."):  # `recipient.name`
            value = value.get(part) if isinstance(value, dict) else None
        low, sep, high = wanted.partition("_")
        if sep and field in ("amount", "execution_date"):
            if value is None or not _between(value, low, high):
                return False
        elif str(value) != wanted and (as_number(value) is None or as_number(value) != as_number(wanted)):
            return False
    return True


def _between(value: Any, low: str, high: str) -> bool:
    if isinstance(value, (int, float)):
        low_n, high_n = as_number(low), as_number(high)
        return low_n is not None and high_n is not None and low_n <= value <= high_n
    return low <= str(value) <= high


HANDLERS: dict[str, Handler] = {
    "listPayments": list_payments,
    "createPayment": create,
    "getPayment": get,
    "updatePayment": update,
    "deletePayment": delete,
    "cancelPayment": cancel,
}
