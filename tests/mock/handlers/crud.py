"""The CRUD families of the 2.0 API (list, create, search, fetch, edit, delete), in memory.

A `Resource` names the operations of one family; everything else comes from the spec: the
seed is the list operation's sample, a created record starts as the create operation's
response sample, and request fields renamed on read (`x-python-name`) are stored under their
read name (`titel_id` → `title_id`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..call import Call, Handler, Reply, error, page_headers
from ..search import matches, ordered, page
from ..state import Collection

PARENT, ARCHIVED = "_parent", "_archived"


@dataclass(frozen=True)
class Resource:
    name: str
    id_param: str | None = None
    list: str | None = None
    create: str | None = None
    bulk_create: str | None = None
    search: str | None = None
    get: str | None = None
    update: str | None = None
    delete: str | None = None
    restore: str | None = None
    parent_param: str | None = None
    archive_on_delete: bool = False

    def handlers(self) -> dict[str, Handler]:
        table = {
            self.list: self._list,
            self.create: self._create,
            self.bulk_create: self._bulk_create,
            self.search: self._search,
            self.get: self._get,
            self.update: self._update,
            self.delete: self._delete,
            self.restore: self._restore,
        }
        return {operation_id: handler for operation_id, handler in table.items() if operation_id}

    # -- operations ---------------------------------------------------------------------

    def _list(self, call: Call) -> Reply:
        return self._page(call, self._visible(call))

    def _search(self, call: Call) -> Reply:
        return self._page(call, [record for record in self._visible(call) if matches(record, call.body)])

    def _create(self, call: Call) -> Reply:
        return Reply(201, public(self.add(call, call.body or {})))

    def _bulk_create(self, call: Call) -> Reply:
        return Reply(201, [public(self.add(call, body)) for body in call.body or []])

    def _get(self, call: Call) -> Reply:
        record = self.find(call)
        return Reply(200, public(record)) if record else self.not_found(call)

    def _update(self, call: Call) -> Reply:
        record = self.find(call)
        if not record:
            return self.not_found(call)
        record.update(read_names(call, call.body or {}))
        touch(record)
        return Reply(200, public(record))

    def _delete(self, call: Call) -> Reply:
        record = self.find(call)
        if not record:
            return self.not_found(call)
        if self.archive_on_delete:
            record[ARCHIVED] = True
        else:
            del self.collection(call).records[record["id"]]
        return Reply(200, {"success": True})

    def _restore(self, call: Call) -> Reply:
        record = self.collection(call).records.get(call.path[self.id_param])
        if not record or record.get(PARENT) != self._parent(call):
            return self.not_found(call)
        record[ARCHIVED] = False
        return Reply(200, {"success": True})

    # -- helpers ------------------------------------------------------------------------

    def _page(self, call: Call, records: list[dict[str, Any]]) -> Reply:
        """One page; 3.0 lists also say the total and the page they answer (X-Total-Count …)."""
        items = [public(record) for record in page(ordered(records, call.query.get("order_by")), call.query)]
        return page_headers(call, Reply(200, items), len(records))

    def collection(self, call: Call) -> Collection:
        """The resource's records (seeded from the list operation's sample on first use)."""
        if not self.list or self.parent_param:
            return call.state.collection(self.name)
        return call.state.collection(self.name, lambda: call.mock.example_reply(self.list).body)

    def _parent(self, call: Call) -> Any:
        return call.path.get(self.parent_param) if self.parent_param else None

    def _visible(self, call: Call) -> list[dict[str, Any]]:
        archived, parent = bool(call.query.get("show_archived")), self._parent(call)
        return [
            record
            for record in self.collection(call).records.values()
            if record.get(PARENT) == parent and bool(record.get(ARCHIVED)) == archived
        ]

    def find(self, call: Call) -> dict[str, Any] | None:
        """The record the path names, if it exists (and is not archived, unless asked for)."""
        record = self.collection(call).records.get(call.path[self.id_param])
        if not record or record.get(PARENT) != self._parent(call):
            return None
        if record.get(ARCHIVED) and not call.query.get("show_archived"):
            return None
        return record

    def add(self, call: Call, body: dict[str, Any]) -> dict[str, Any]:
        """Store a new record made from the create sample and `body` (fields under their read names)."""
        template = call.mock.example_reply(self.create).body
        record = {**template, **read_names(call, body), PARENT: self._parent(call)}
        if self.parent_param and self.parent_param in template:
            record[self.parent_param] = self._parent(call)
        touch(record)
        return self.collection(call).add(record)

    def not_found(self, call: Call) -> Reply:
        return error(404, f"{self.name} {call.path.get(self.id_param)} not found")


CRUD = ("list", "create", "search", "get", "update", "delete")
CRUD_WITHOUT_SEARCH = ("list", "create", "get", "update", "delete")


def family(name: str, singular: str, plural: str, operations: tuple[str, ...] = CRUD, **options: Any) -> Resource:
    """A resource whose operationIds follow the spec's convention (`listTitles`, `getTitle`, …)."""
    names = {"list": f"list{plural}", "search": f"search{plural}"}
    ids = {operation: names.get(operation, f"{operation}{singular}") for operation in operations}
    return Resource(name, **ids, **options)


def public(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the API shows it, without the mock's bookkeeping keys."""
    return {key: value for key, value in record.items() if not key.startswith("_")}


def touch(record: dict[str, Any]) -> None:
    if "updated_at" in record:
        record["updated_at"] = datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def read_names(call: Call, body: dict[str, Any]) -> dict[str, Any]:
    """The body with each field under the name bexio reads it back with (titel_id → title_id)."""
    media = call.operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema = call.mock.resolve(media.get("schema", {}))
    if schema.get("type") == "array":
        schema = call.mock.resolve(schema["items"])
    renamed = {
        wire: prop["x-python-name"]
        for wire, prop in (schema.get("properties") or {}).items()
        if "x-python-name" in prop
    }
    return {renamed.get(key, key): value for key, value in body.items()}
