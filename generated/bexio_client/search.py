# Copied by `make generate` from overrides/python/search.py: edit that file, not this copy.
"""Build a search body and refuse fields the endpoint cannot search.

    criteria = Search(bexio.contacts.search).where("name_1", "=", "Meyer").where("nr", ">", 10)
    bexio.contacts.search(body=criteria.build())

Each search operation of the spec has its own criterion model, whose `field` is the list of
fields its documentation names; the builder reads that list from the model.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any


class Search:
    """The criteria of one search operation, checked against the fields it can search."""

    operation: Callable[..., Any]
    model: type
    fields: tuple[str, ...]
    operators: tuple[str, ...]

    def __init__(self, operation: Callable[..., Any]) -> None:
        self.operation = operation
        self.model = _criterion_model(operation)
        hints = typing.get_type_hints(self.model)
        self.fields = _literal_values(hints["field"])
        self.operators = _literal_values(hints["criteria"])
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


def _criterion_model(operation: Callable[..., Any]) -> type:
    """The model of one criterion, read from the search method's `body: Sequence[Criterion | Mapping]`."""
    body = typing.get_type_hints(operation).get("body")
    items = [arg for sequence in typing.get_args(body) for arg in typing.get_args(sequence)]
    models = [arg for arg in items if hasattr(arg, "from_dict")]
    if len(models) != 1 or "field" not in typing.get_type_hints(models[0]):
        name = getattr(operation, "__qualname__", operation)
        raise TypeError(f"{name} is not a search operation: use e.g. bexio.contacts.search")
    return models[0]


def _literal_values(annotation: Any) -> tuple[str, ...]:
    """The strings of a Literal, also inside `X | Unset` unions."""
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    return tuple(value for arg in typing.get_args(annotation) for value in _literal_values(arg))
