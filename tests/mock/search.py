"""bexio's list semantics: search criteria, order_by and limit / offset."""

from collections.abc import Callable, Iterable
from typing import Any


def as_number(value: Any) -> float | None:
    """The value as a number (a numeric string too), else None."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _compare(left: Any, right: Any) -> int:
    """Numbers compare as numbers ("10" > 9), everything else as text."""
    a, b = as_number(left), as_number(right)
    if a is None or b is None:
        a, b = str(left), str(right)
    return (a > b) - (a < b)


def _equal(left: Any, right: Any) -> bool:
    return left is not None and _compare(left, right) == 0


def _like(left: Any, right: Any) -> bool:
    return left is not None and str(right).lower() in str(left).lower()


def _among(left: Any, right: Any) -> bool:
    values = right if isinstance(right, list) else [right]
    return any(_equal(left, value) for value in values)


OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": _equal,
    "!=": lambda a, b: not _equal(a, b),
    ">": lambda a, b: a is not None and _compare(a, b) > 0,
    ">=": lambda a, b: a is not None and _compare(a, b) >= 0,
    "<": lambda a, b: a is not None and _compare(a, b) < 0,
    "<=": lambda a, b: a is not None and _compare(a, b) <= 0,
    "like": _like,
    "not_like": lambda a, b: not _like(a, b),
    "is_null": lambda a, b: a is None or a == "",
    "not_null": lambda a, b: a is not None and a != "",
    "in": _among,
    "not_in": lambda a, b: not _among(a, b),
}
SYNONYMS = {
    "==": "=",  # the 3.0 searches (calendar years, files) spell it so
    "equal": "=",
    "not_equal": "!=",
    "greater_than": ">",
    "greater_equal": ">=",
    "less_than": "<",
    "less_equal": "<=",
}


def matches(record: dict[str, Any], criteria: Iterable[dict[str, Any]]) -> bool:
    """True when the record meets every criterion (the default criteria is `like`)."""
    for criterion in criteria:
        name = criterion.get("criteria", "like")
        operator = OPERATORS[SYNONYMS.get(name, name)]
        if not operator(record.get(criterion["field"]), criterion["value"]):
            return False
    return True


def ordered(records: list[dict[str, Any]], order_by: str | None) -> list[dict[str, Any]]:
    """Apply `order_by` such as `name_1_desc,id` (later keys break ties of earlier ones)."""
    result = list(records)
    for key in reversed((order_by or "id").split(",")):
        descending = key.endswith("_desc")
        field = key.removesuffix("_desc").removesuffix("_asc")
        result.sort(key=lambda record: _sort_key(record.get(field)), reverse=descending)
    return result


def _sort_key(value: Any) -> tuple[int, Any]:
    number = as_number(value)
    if value is None:
        return (0, 0)
    return (1, number) if number is not None else (2, str(value))


def page(records: list[Any], query: dict[str, Any]) -> list[Any]:
    offset = max(query.get("offset", 0), 0)
    limit = max(query.get("limit", 500), 0)
    return records[offset : offset + limit]
