"""The mock's memory: one collection of records per resource, seeded from the spec's samples."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import BexioMock


@dataclass
class Collection:
    records: dict[Any, dict[str, Any]] = field(default_factory=dict)
    next_id: int = 1

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        record["id"] = self.next_id
        self.records[record["id"]] = record
        self.next_id += 1
        return record


class State:
    def __init__(self, mock: BexioMock) -> None:
        self.mock = mock
        self.collections: dict[str, Collection] = {}

    def collection(
        self, name: str, seed: Iterable[dict[str, Any]] | Callable[[], Iterable[dict[str, Any]]] = (), key: str = "id"
    ) -> Collection:
        """The named collection, created on first use with copies of `seed` (or of what `seed()`
        gives, called only then), each record under its `key`; numeric ids go on from the highest."""
        if name not in self.collections:
            collection = Collection()
            for record in copy.deepcopy(list(seed() if callable(seed) else seed)):
                collection.records[record[key]] = record
                if isinstance(record.get("id"), int):
                    collection.next_id = max(collection.next_id, record["id"] + 1)
            self.collections[name] = collection
        return self.collections[name]
