"""The changes of `generator.diff` as readable text (`make diff`) or a CHANGELOG section (`--markdown`)."""

from .diff import AREAS, KINDS, Change, bump, next_version

HEADINGS = {"breaking": "Breaking for callers", "added": "Added", "correction": "Corrections"}
MARKS = {"breaking": "BREAKING", "added": "added", "correction": "correction"}


def text(changes: list[Change], old: str, new: str, released: str) -> str:
    """One line per change under its area, then the counts and the version the rule asks for."""
    lines = [f"from {old}", f"  to {new}", ""]
    for area in AREAS:
        found = [change for change in changes if change.area == area]
        if found:
            lines.append(f"{area.capitalize()} ({len(found)})")
            lines += [f"  {MARKS[c.kind]:<10} {c.where}: {c.what}" for c in found]
    return "\n".join([*lines, "" if changes else "no changes for callers", summary(changes, released)]) + "\n"


def markdown(changes: list[Change], released: str) -> str:
    """A CHANGELOG subsection: one bullet per place, breaking ones first, places in backticks."""
    part = bump(changes)
    lines = [f"### API changes since {released} ({part or 'no'} release: {next_version(released, part)})"]
    for kind in KINDS:
        places: dict[str, list[str]] = {}
        for change in changes:
            if change.kind == kind:
                places.setdefault(change.where, []).append(change.what)
        if places:
            lines += ["", f"{HEADINGS[kind]}:", ""]
            lines += [f"- `{where}`: {'; '.join(whats)}" for where, whats in places.items()]
    return "\n".join(lines) + "\n"


def summary(changes: list[Change], released: str) -> str:
    """`1 breaking, 2 added, 0 corrections → major release: 0.1.0 → 1.0.0`."""
    counts = []
    for kind in KINDS:
        count = sum(change.kind == kind for change in changes)
        counts.append(f"{count} {MARKS[kind].lower()}{'s' * (kind == 'correction' and count != 1)}")
    part = bump(changes)
    return f"{', '.join(counts)} → {part or 'no'} release: {released} → {next_version(released, part)}"
