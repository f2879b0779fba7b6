"""Command line of the build.

python -m generator build          transcription → published spec → Python package
python -m generator spec OUT_DIR   only the published spec, written to OUT_DIR
    [--extra FRAGMENT ...]         with section files not yet listed in spec/bexio.yaml
    [--extra-overlays OVERLAY ...] and overlays applied after those of overrides/overlays
python -m generator evidence       what the recorded live answers show, and what the response rule changes
python -m generator diff [OLD] [NEW] what changed for callers (OLD: the last release, NEW: the
    [--markdown] [--check]         published spec; either may be a file or a git commit)
python -m generator release        record HEAD as the last release (release/last.json)
"""

import argparse
import sys
from pathlib import Path

from . import (
    CLIENT_CONFIG,
    OVERLAYS_DIR,
    PACKAGE_DIR,
    PUBLISHED_SPEC_DIR,
    RECORDINGS_DIR,
    RUNTIME_DIR,
    SPEC_DIR,
    TEMPLATES_DIR,
    report,
)
from .bundle import bundle
from .client import generate_client
from .diff import diff
from .overlay import apply_overlays, overlay_files
from .publish import check, write
from .recordings import load_recordings
from .release import (
    CHANGELOG,
    PUBLISHED_JSON,
    current_version,
    load_spec,
    record_release,
    stamp_version,
    unannounced,
)
from .responses import RuleReport, apply_response_rule, evidence_lines


def published_spec(extra: list[Path] = (), extra_overlays: list[Path] = ()) -> dict:
    """Bundle the transcription, apply the overlays and the response rule, validate."""
    return corrected_spec(extra, extra_overlays)[0]


def corrected_spec(extra: list[Path] = (), extra_overlays: list[Path] = ()) -> tuple[dict, RuleReport]:
    """The published spec and what the response rule changed in it (with the evidence it read)."""
    document = apply_overlays(bundle(SPEC_DIR, extra), [*overlay_files(OVERLAYS_DIR), *extra_overlays])
    rule = apply_response_rule(document, load_recordings(RECORDINGS_DIR))
    stamp_version(document, current_version())
    check(document)
    return document, rule


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="write generated/openapi and generated/bexio_client")
    spec = commands.add_parser("spec", help="write only the published spec, to OUT_DIR")
    spec.add_argument("out_dir", type=Path)
    spec.add_argument("--extra", type=Path, nargs="*", default=[], help="section files to merge in as well")
    spec.add_argument("--extra-overlays", type=Path, nargs="*", default=[], help="overlays to apply last")
    commands.add_parser("evidence", help="print the counts behind the response rule")
    changes = commands.add_parser("diff", help="what changed for callers since the last release")
    changes.add_argument("old", nargs="?", default="release", help="'release' (default), a file or a git commit")
    changes.add_argument("new", nargs="?", default=str(PUBLISHED_JSON), help="a file or commit")
    changes.add_argument("--markdown", action="store_true", help="write a CHANGELOG section")
    changes.add_argument("--check", action="store_true", help="fail on breaking changes not released as such")
    commands.add_parser("release", help="record HEAD as the last release")
    args = parser.parse_args()

    if args.command == "evidence":
        print_evidence(before_live_answers(), corrected_spec()[1])
        return
    if args.command == "diff":
        sys.exit(show_diff(args.old, args.new, args.markdown, args.check))
    if args.command == "release":
        print(f"wrote {record_release().relative_to(SPEC_DIR.parent)}")
        return
    if args.command == "spec":
        yaml_path, _ = write(published_spec(args.extra, args.extra_overlays), args.out_dir)
        print(f"wrote {yaml_path}")
        return
    document = published_spec()
    yaml_path, json_path = write(document, PUBLISHED_SPEC_DIR)
    generate_client(document, json_path, PACKAGE_DIR, CLIENT_CONFIG, TEMPLATES_DIR, RUNTIME_DIR)
    operations = sum(1 for item in document["paths"].values() for key in item if key != "parameters")
    print(f"generated {operations} operations into {PACKAGE_DIR.relative_to(PACKAGE_DIR.parent.parent)}")


def before_live_answers() -> RuleReport:
    """The rule's report on the spec corrected by every overlay but the `live-answers.*` ones, so
    the counts compare the recordings with what the docs (fixed for their own mistakes) say."""
    overlays = [path for path in overlay_files(OVERLAYS_DIR) if not path.name.startswith("live-answers.")]
    return apply_response_rule(apply_overlays(bundle(SPEC_DIR), overlays), load_recordings(RECORDINGS_DIR))


def print_evidence(transcribed: RuleReport, published: RuleReport) -> None:
    """The figures spec/README.md cites ("What bexio really sends"): the recordings against what
    the docs say (the transcription), and what the rule changes in the published spec."""
    for line in evidence_lines(transcribed)[:-1]:
        print(line)
    print(evidence_lines(published)[-1])


def show_diff(old_source: str, new_source: str, markdown: bool, check_only: bool) -> int:
    """Print the changes; with `check_only`, exit 1 when breaking ones are not released as such."""
    (old, old_label, released), (new, new_label, version) = load_spec(old_source), load_spec(new_source)
    changes = diff(old, new)
    shown = report.markdown(changes, released) if markdown else report.text(changes, old_label, new_label, released)
    print(shown, end="")
    if check_only:
        problems = unannounced(changes, released, version, CHANGELOG.read_text(encoding="utf-8"))
        print("\n".join(problems) or "breaking changes: none, or released as such")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    main()
