"""Read the documented parameter and body-field names of each operation out of the reference text.

The rendered reference lists, per operation, "path Parameters", "query Parameters" and the
"Request Body schema" as blocks of entries: a name line, then `required` or its type. Nested
fields are collapsed in the text, so only top-level names are found — enough to check that the
transcription misses none.
"""

import re
from dataclasses import dataclass, field

from tests.paths import ROOT
from tests.routes import all_rows, removed

REFERENCE = ROOT / "docs" / "bexio-api-reference.txt"
TYPE = re.compile(r"^(string|integer|number|boolean|Array|object|any|date)\b")
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-\[\]\.]*$")
NOT_NAMES = {"required", "Array", "string", "integer", "number", "boolean", "object"}


@dataclass
class Documented:
    row: dict[str, str]
    parameters: set[str] = field(default_factory=set)
    body_fields: set[str] = field(default_factory=set)


def documented_operations() -> list[Documented]:
    """Each published row of the reference with what its section of the reference documents.

    The sections of removed rows are located too, so that they bound their neighbours'."""
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    rows = [row for row in all_rows() if not row["note"] or removed(row)]
    starts, position = [], 0
    for row in rows:  # titles appear in the order of routes.tsv
        position = next(i for i in range(position, len(lines)) if lines[i].strip() == row["doc_title"]) + 1
        starts.append(position)
    starts.append(len(lines))
    return [_read(row, lines[starts[n] : starts[n + 1]]) for n, row in enumerate(rows) if not removed(row)]


def _read(row: dict[str, str], lines: list[str]) -> Documented:
    found, block = Documented(row), None
    for index, raw in enumerate(lines[:-1]):
        line, following = raw.strip(), lines[index + 1].strip()
        if line in ("path Parameters", "query Parameters", "header Parameters"):
            block = line.split()[0]
        elif line.startswith("Request Body schema"):
            block = "body"
        elif line == "Responses":
            break
        elif NAME.match(line) and line not in NOT_NAMES and (following == "required" or TYPE.match(following)):
            if block in ("path", "query"):
                found.parameters.add(line)
            elif block == "body":
                found.body_fields.add(line)
    return found
