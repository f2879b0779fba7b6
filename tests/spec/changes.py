"""Read the documented parameter and body-field names of the operations bexio added after the
reference out of docs/bexio-api-changes-2024-11-to-2026-06.md (its §2).

§2.0 numbers the operations ("| 1 | GET | /4.0/banking/payments | …"); each has a section
"### … Op <n> — …" whose parameters are a "| parameter | in | …" table or a line
"Parameters: `a`, `b` …", and whose request body names a shape ("schema **PaymentCreate**",
"`allOf: [EmployeeWrite]`") described by a "| property | …" table, or is that table itself.
Only top-level names are read, as tests/spec/reference.py does for the reference.
"""

import re

from tests.paths import ROOT
from tests.spec.reference import Documented

CHANGES = ROOT / "docs" / "bexio-api-changes-2024-11-to-2026-06.md"
OVERVIEW = re.compile(r"^\| (\d+) \| (GET|POST|PUT|PATCH|DELETE) \| (/\S+) \|")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*")


def documented_additions(rows: list[dict[str, str]]) -> list[Documented]:
    """What the changes document states for each of `rows` (rows added after the reference)."""
    lines = CHANGES.read_text(encoding="utf-8").splitlines()
    numbers = {(m[2], m[3]): m[1] for line in lines if (m := OVERVIEW.match(line))}
    return [_read(row, lines, numbers[(row["method"], row["path"])]) for row in rows]


def _read(row: dict[str, str], lines: list[str], number: str) -> Documented:
    start = next(i for i, line in enumerate(lines) if re.match(rf"^### (2\.C )?Op {number} —", line))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("#")), len(lines))
    section = lines[start:end]
    found = Documented(row)
    for index, line in enumerate(section):
        if line.startswith("| parameter |"):
            found.parameters |= {cells[0] for cells in _table(section, index) if cells[1] != "header"}
        for clause in re.findall(r"Parameters: ([^.]*)", line):
            found.parameters |= set(re.findall(r"`([^`]+)`", clause)) - {"Accept"}
        if "Request body:" in line:
            named = re.findall(r"\*\*(\w+)\*\*", line) or re.findall(r"allOf: \[(\w+)\]", line)
            table = (
                _shape(lines, named[-1])
                if named
                else next(i for i, t in enumerate(section) if t.startswith("| property |"))
            )
            found.body_fields = _names(_table(lines if named else section, table))
    return found


def _shape(lines: list[str], name: str) -> int:
    """The index of the property table describing `name`; "**X** = Y with …" describes X by Y's."""
    start = next(i for i, line in enumerate(lines) if line.startswith(f"**{name}**"))
    alias = re.match(rf"^\*\*{name}\*\* = (\w+) with", lines[start])
    if alias:
        return _shape(lines, alias[1])
    return next(i for i in range(start, start + 6) if lines[i].startswith("| property |"))


def _table(lines: list[str], header: int) -> list[list[str]]:
    """The cells of the table whose header row is at `header`."""
    rows = []
    for line in lines[header + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def _names(rows: list[list[str]]) -> set[str]:
    """First-column names; a cell may list several ("allowance, amount, qr_reference_number (max 27)")."""
    return {m[0] for cells in rows for part in cells[0].split(", ") if (m := IDENTIFIER.match(part))}
