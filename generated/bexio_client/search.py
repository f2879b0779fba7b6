# Copied by `make generate` from overrides/python/search.py: edit that file, not this copy.
"""Build a search body and refuse fields the endpoint cannot search.

    criteria = Search(bexio.contacts.search).where("name_1", "=", "Meyer").where("nr", ">", 10)
    bexio.contacts.search(body=criteria.build())

Each search operation of the spec has its own criterion model, whose `field` is the list of
fields its documentation names; the builder reads that list from the model.
"""

from __future__ import annotations

import inspect
import typing
from typing import Any

from ._resource import BoundOperation


class Search:
    def __init__(self, operation: BoundOperation) -> None:
        self.operation = operation
        self.model = _criterion_model(operation)
        hints = typing.get_type_hints(self.model)
        self.fields: tuple[str, ...] = _literal_values(hints["field"])
        self.operators: tuple[str, ...] = _literal_values(hints["criteria"])
        self._criteria: list[Any] = []

    def where(self, field: str, criteria: str, value: Any) -> Search:
        """Add `field <criteria> value`; `in` / `not_in` take a list."""
        if self.fields and field not in self.fields:
            raise ValueError(f"{field!r} cannot be searched here; searchable fields: {', '.join(self.fields)}")
        if criteria not in self.operators:
            raise ValueError(f"unknown criteria {criteria!r}; use one of: {', '.join(self.operators)}")
        if criteria in ("in", "not_in") and not isinstance(value, list):
            raise ValueError(f"criteria {criteria!r} takes a list of values, not {value!r}")
        self._criteria.append(self.model(field=field, value=value, criteria=criteria))
        return self

    def build(self) -> list[Any]:
        return list(self._criteria)


def _criterion_model(operation: BoundOperation) -> type:
    annotation = inspect.signature(operation.module.sync_detailed).parameters["body"].annotation
    (model,) = typing.get_args(annotation)
    return model


def _literal_values(annotation: Any) -> tuple[str, ...]:
    """The strings of a Literal, also inside `X | Unset` unions."""
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    return tuple(value for arg in typing.get_args(annotation) for value in _literal_values(arg))
