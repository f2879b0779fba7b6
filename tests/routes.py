"""routes.tsv, the table of bexio's documented operations: one row each, in the docs' order.

Rows bexio has removed stay in the table with a note starting with "removed"; rows added after
the reference (docs/bexio-api-reference.txt) note when ("added 2025-09-19"). Every count the
tests assert comes from here.
"""

import csv
from functools import cache

from tests.paths import ROUTES


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with ROUTES.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


def all_rows() -> list[dict[str, str]]:
    """Every row, removed ones included."""
    return [dict(row) for row in _rows()]


def removed(row: dict[str, str]) -> bool:
    return row["note"].startswith("removed")


def published() -> list[dict[str, str]]:
    """The operations the published spec holds: every row not removed."""
    return [row for row in all_rows() if not removed(row)]


def in_reference() -> list[dict[str, str]]:
    """The published rows that docs/bexio-api-reference.txt documents (no note: not added later)."""
    return [row for row in published() if not row["note"]]


def sections() -> list[str]:
    """The doc sections of the published rows, in the table's order."""
    return list(dict.fromkeys(row["doc_section"] for row in published()))


def searches() -> list[dict[str, str]]:
    """The published search operations (`POST …/search`)."""
    return [row for row in published() if row["method"] == "POST" and row["path"].endswith("/search")]


def added() -> list[dict[str, str]]:
    """The published rows added after the reference (documented in docs/bexio-api-changes-…)."""
    return [row for row in published() if row["note"].startswith("added")]
