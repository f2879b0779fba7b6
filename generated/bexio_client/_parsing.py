# Copied by `make generate` from overrides/python/_parsing.py: edit that file, not this copy.
"""Reading models from bexio's JSON when it departs from the spec: lenient by default, strict on request.

Every generated `from_dict` first tries a fast path that assumes the answer is exactly what the
spec describes. When it is not (a `null`, a missing key, a value of another type, an enum value
we do not know, a malformed date), the model is read again here, field by field, from the table
the generator wrote beside it (`_FIELDS`). What happens to a departure depends on the mode:

* lenient (default for answers): the field keeps the value bexio sent (`UNSET` when it is
  missing) and one warning per model field is logged on the `bexio_client` logger;
* strict (`Bexio(strict=True)`): a `Mismatch` naming the field path, what was expected and what
  came; the client turns it into a `ResponseValidationError`;
* input (a request model built from a dict, e.g. `ContactCreate.from_dict({...})` or `body={...}`):
  a `TypeError` naming the field; a key the model does not know is an error too.

Written here rather than with a validation library: the fast path has to stay plain generated
code (a library call per model would cost more than the parsing itself), and the slow path must
keep what bexio sent instead of rejecting it, which validators do not offer.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any, NamedTuple

from .types import UNSET

logger = logging.getLogger("bexio_client")

LENIENT, STRICT, INPUT = "lenient", "strict", "input"
MODE: ContextVar[str | None] = ContextVar("bexio_client_parsing_mode", default=None)
OPERATION: ContextVar[str | None] = ContextVar("bexio_client_operation", default=None)
_warned: set[tuple[str, str]] = set()

_NUMBER = frozenset({int, float})


class Mismatch(Exception):
    """A value that is not what the spec describes, at `path` inside the model being read."""

    def __init__(self, expected: str, got: Any, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(expected, got, path)
        self.expected, self.got, self.path = expected, got, path

    def at(self, *prefix: str | int) -> Mismatch:
        return Mismatch(self.expected, self.got, (*prefix, *self.path))

    @property
    def where(self) -> str:
        return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path).lstrip(".")

    def __str__(self) -> str:
        if self.got is MISSING:
            got = "nothing (the field is missing)"
        else:
            got = f"{type(self.got).__name__} {_short(self.got)}"
        return f"{self.where or 'the body'}: expected {self.expected}, got {got}"


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()
Report = Callable[[Mismatch, Any], Any]


def RAISE(mismatch: Mismatch, value: Any) -> Any:  # noqa: N802 - a constant-like reporter
    """The reporter of the fast path: any departure sends the model to the slow path."""
    raise mismatch


class Field(NamedTuple):
    python_name: str
    wire_name: str
    required: bool
    kind: Kind


class Kind:
    """A shape of value the spec describes; `convert` returns the Python value or raises `Mismatch`."""

    expected = "a value"

    def convert(self, value: Any, report: Report) -> Any:
        return value


class Scalar(Kind):
    def __init__(self, expected: str, types: frozenset[type]) -> None:
        self.expected, self.types = expected, types

    def convert(self, value: Any, report: Report) -> Any:
        if type(value) not in self.types:
            raise Mismatch(self.expected, value)
        return value


class Converted(Kind):
    def __init__(self, expected: str, function: Callable[[Any], Any]) -> None:
        self.expected, self.function = expected, function

    def convert(self, value: Any, report: Report) -> Any:
        try:
            return self.function(value)
        except (TypeError, ValueError, AttributeError):
            raise Mismatch(self.expected, value) from None


class Enum(Kind):
    def __init__(self, values: set[Any]) -> None:
        self.values = frozenset(values)
        self.expected = "one of " + ", ".join(repr(v) for v in sorted(self.values, key=str))

    def convert(self, value: Any, report: Report) -> Any:
        try:
            known = value in self.values
        except TypeError:
            known = False
        if not known:
            raise Mismatch(self.expected, value)
        return value


class Const(Kind):
    def __init__(self, value: Any) -> None:
        self.value, self.expected = value, repr(value)

    def convert(self, value: Any, report: Report) -> Any:
        if value != self.value:
            raise Mismatch(self.expected, value)
        return value


class Nullable(Kind):
    def __init__(self, inner: Kind) -> None:
        self.inner, self.expected = inner, f"{inner.expected} or null"

    def convert(self, value: Any, report: Report) -> Any:
        return None if value is None else self.inner.convert(value, report)


class ListOf(Kind):
    def __init__(self, item: Kind) -> None:
        self.item, self.expected = item, f"a list of {item.expected}"

    def convert(self, value: Any, report: Report) -> Any:
        if type(value) is not list:
            raise Mismatch(self.expected, value)
        items = []
        for index, item in enumerate(value):
            try:
                items.append(self.item.convert(item, report))
            except Mismatch as mismatch:
                items.append(report(mismatch.at(index), item))
        return items


class Model(Kind):
    def __init__(self, cls: Any) -> None:
        self.cls, self.expected = cls, f"an object ({cls.__name__})"

    def convert(self, value: Any, report: Report) -> Any:
        return self.cls.from_dict(value)


class OneOf(Kind):
    """One of several shapes; told apart by a discriminating property when the spec has one."""

    def __init__(self, variants: tuple[Kind, ...], key: str | None = None, by_value: dict[Any, Kind] | None = None):
        self.variants, self.key, self.by_value = variants, key, by_value or {}
        if key:
            self.expected = f"an object whose {key!r} is one of " + ", ".join(repr(v) for v in sorted(self.by_value))
        else:
            self.expected = " or ".join(variant.expected for variant in variants)

    def convert(self, value: Any, report: Report) -> Any:
        if self.key:
            chosen = self.by_value.get(value.get(self.key)) if isinstance(value, Mapping) else None
            if chosen is None:
                raise Mismatch(self.expected, value)
            return chosen.convert(value, report)
        for variant in self.variants:
            try:
                return variant.convert(value, RAISE)
            except Mismatch:
                continue
        raise Mismatch(self.expected, value)


# `from_dict`'s fast path makes the instance and fills its slots itself: the generated models have
# no validators, converters or post-init, so attrs' `__init__` only stores the values, and calling
# a class with thirty arguments costs CPython 3.11 about as much as reading them from the dict
# (2,000 contacts: 3.8 ms through `cls(...)`, 2.7 ms filled directly; tests/bench).
new_instance = object.__new__

parse_date = datetime.date.fromisoformat
parse_datetime = datetime.datetime.fromisoformat
parse_uuid = uuid.UUID

STR = Scalar("a string", frozenset({str}))
INT = Scalar("an integer", frozenset({int}))
NUMBER = Scalar("a number", _NUMBER)
BOOL = Scalar("a boolean", frozenset({bool}))
NONE = Scalar("null", frozenset({type(None)}))
ANY = Kind()
DATE = Converted("a date (YYYY-MM-DD)", parse_date)
DATETIME = Converted("a date-time (ISO 8601)", parse_datetime)
UUID_TEXT = Converted("a UUID", parse_uuid)


def read_model(cls: Any, source: Any, fields: tuple[Field, ...], known: frozenset[str], closed: bool) -> Any:
    """The slow path of `cls.from_dict(source)`: field by field, every departure reported."""
    mode = MODE.get() or (INPUT if closed else LENIENT)
    if not isinstance(source, Mapping):
        if mode == INPUT:
            raise TypeError(f"{cls.__name__} is built from a mapping of its fields, not {type(source).__name__}")
        raise Mismatch(f"an object ({cls.__name__})", source)
    extra = [key for key in source if key not in known]
    if extra and closed and mode == INPUT:
        # Checked first: a misspelt key is the likely cause of a required field found missing.
        names = ", ".join(sorted(known))
        raise TypeError(f"{cls.__name__} has no field {', '.join(map(repr, extra))}; its fields: {names}")
    report = _reporter(cls, mode)
    values = []
    for _python_name, wire_name, required, kind in fields:
        if wire_name in source:
            raw = source[wire_name]
            # Inside a list, a departure is reported where it is (lenient, input); strict raises it
            # to the `except` below, which names the field.
            inner = report if mode == STRICT else lambda mismatch, item, name=wire_name: report(mismatch.at(name), item)
            try:
                value = kind.convert(raw, inner)
            except Mismatch as mismatch:
                value = report(mismatch.at(wire_name), raw)
        elif required:
            value = report(Mismatch("a value", MISSING, (wire_name,)), UNSET)
        else:
            value = UNSET
        values.append(value)
    instance = cls(*values)
    if extra and hasattr(instance, "additional_properties"):
        instance.additional_properties = {key: source[key] for key in extra}
    return instance


def _reporter(cls: Any, mode: str) -> Report:
    def report(mismatch: Mismatch, value: Any) -> Any:
        if mode == STRICT:
            raise mismatch
        if mode == INPUT:
            raise TypeError(f"{cls.__name__}.{mismatch}") from None
        key = (cls.__name__, "".join(f".{part}" for part in mismatch.path if isinstance(part, str)))
        if key not in _warned:
            _warned.add(key)
            operation = OPERATION.get()
            logger.warning(
                "bexio sent %s.%s%s (kept as sent; further departures of this field are not logged)",
                cls.__name__,
                mismatch,
                f" in {operation}" if operation else "",
            )
        return value

    return report


def dump(value: Any) -> Any:
    """A model attribute as JSON: nested models, dates and UUIDs converted, anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list):
        return [dump(item) for item in value]
    return value


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
