"""The bench's data, built from the published spec's own examples (what bexio documents it sends)."""

import json
from typing import Any

from tests.openapi import resolve
from tests.paths import PUBLISHED_JSON as SPEC

POSITION_KINDS = (
    "getDefaultPosition",  # KbPositionCustom
    "getItemPosition",
    "getTextPosition",
    "getSubtotalPosition",
    "getDiscountPosition",
    "getPagebreakPosition",
    "getSubPosition",
)


def examples() -> tuple[dict[str, Any], dict[str, Any]]:
    """The success-response example and the request-body example of every operation, by operationId."""
    document = json.loads(SPEC.read_text(encoding="utf-8"))
    replies, bodies = {}, {}
    for item in document["paths"].values():
        for method, operation in item.items():
            if method == "parameters":
                continue
            success = next(reply for status, reply in operation["responses"].items() if status.startswith("2"))
            media = resolve(document["components"], success).get("content", {}).get("application/json", {})
            replies[operation["operationId"]] = media.get("example")
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            bodies[operation["operationId"]] = body.get("example")
    return replies, bodies


def contacts(replies: dict[str, Any], count: int = 2000) -> list[dict[str, Any]]:
    return [{**replies["getContact"], "id": number} for number in range(1, count + 1)]


def invoices(replies: dict[str, Any], count: int = 500) -> list[dict[str, Any]]:
    """Invoices with 8 positions each: one of every kind, and a second custom one."""
    kinds = [replies[operation] for operation in (*POSITION_KINDS, POSITION_KINDS[0])]
    positions = [{**position, "id": pos, "pos": pos, "internal_pos": pos} for pos, position in enumerate(kinds, 1)]
    return [{**replies["getInvoice"], "id": number, "positions": positions} for number in range(1, count + 1)]


def contact_bodies(bodies: dict[str, Any], count: int = 2000) -> list[dict[str, Any]]:
    return [{**bodies["createContact"], "name_1": f"Contact {number}"} for number in range(count)]
