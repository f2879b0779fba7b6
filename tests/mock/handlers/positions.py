"""The positions of quotes, orders and invoices (`/2.0/{kb_document_type}/{document_id}/kb_position_*`),
kept in their document: adding, editing or deleting one recomputes the document's figures."""

from typing import Any

from ..call import Call, Handler, Reply, error, page_headers
from ..search import page
from .crud import public
from .sales import INVOICES, ORDERS, QUOTES, SalesDocuments, new_position
from .totals import InvalidFigure

DOCUMENTS = {"kb_offer": QUOTES, "kb_order": ORDERS, "kb_invoice": INVOICES}
# operationId stem → the position type it handles.
KINDS = {
    "Default": "KbPositionCustom",
    "Item": "KbPositionArticle",
    "Text": "KbPositionText",
    "Subtotal": "KbPositionSubtotal",
    "Discount": "KbPositionDiscount",
    "Pagebreak": "KbPositionPagebreak",
    "Sub": "KbPositionSubposition",
}


class Positions:
    """The positions of one kind."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def _document(self, call: Call) -> tuple[SalesDocuments, dict[str, Any] | None]:
        documents = DOCUMENTS[str(call.path["kb_document_type"])]
        return documents, documents.resource.collection(call).records.get(call.path["document_id"])

    def _mine(self, document: dict[str, Any]) -> list[dict[str, Any]]:
        return [position for position in document.setdefault("positions", []) if position.get("type") == self.kind]

    def _find(self, call: Call) -> tuple[SalesDocuments, dict[str, Any] | None, dict[str, Any] | None]:
        documents, document = self._document(call)
        if not document:
            return documents, None, None
        found = [p for p in self._mine(document) if p["id"] == call.path["position_id"]]
        return documents, document, found[0] if found else None

    def _missing(self, call: Call) -> Reply:
        return error(404, f"{self.kind} {call.path.get('position_id')} not found")

    def list(self, call: Call) -> Reply:
        _, document = self._document(call)
        if not document:
            return self._missing(call)
        mine = self._mine(document)
        return page_headers(call, Reply(200, [public(p) for p in page(mine, call.query)]), len(mine))

    def get(self, call: Call) -> Reply:
        _, _, position = self._find(call)
        return Reply(200, public(position)) if position else self._missing(call)

    def create(self, call: Call) -> Reply:
        documents, document = self._document(call)
        if not document:
            return self._missing(call)
        positions = document.setdefault("positions", [])
        number = max((p.get("id", 0) for p in positions), default=0) + 1
        position = new_position(call, {**(call.body or {}), "type": self.kind}, number)
        return self._saved(call, documents, document, positions + [position], position, 201)

    def update(self, call: Call) -> Reply:
        documents, document, position = self._find(call)
        if not position:
            return self._missing(call)
        edited = {**position, **(call.body or {})}
        positions = [edited if p is position else p for p in document["positions"]]
        return self._saved(call, documents, document, positions, edited, 200)

    def delete(self, call: Call) -> Reply:
        documents, document, position = self._find(call)
        if not position:
            return self._missing(call)
        document["positions"] = [p for p in document["positions"] if p is not position]
        documents.refresh(call, document)
        return Reply(200, {"success": True})

    def _saved(self, call, documents, document, positions, position, status) -> Reply:
        """Keep `positions` if the document's figures can be computed from them (422 if not)."""
        trial = {**document, "positions": positions}
        try:
            documents.refresh(call, trial)
        except InvalidFigure as invalid:
            return error(422, str(invalid))
        document.update(trial)
        return Reply(status, public(position))

    def handlers(self, stem: str) -> dict[str, Handler]:
        return {
            f"list{stem}Positions": self.list,
            f"create{stem}Position": self.create,
            f"get{stem}Position": self.get,
            f"update{stem}Position": self.update,
            f"delete{stem}Position": self.delete,
        }


HANDLERS: dict[str, Handler] = {
    operation: handler for stem, kind in KINDS.items() for operation, handler in Positions(kind).handlers(stem).items()
}
