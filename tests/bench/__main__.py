"""`make bench` (`python -m tests.bench`): build, install, measure, print the table (see __init__)."""

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.bench import pages, worker
from tests.bench.server import serve
from tests.package.wheel import build_wheel, clean_venv

FRESH_ROUNDS = 9
ROUNDS = 7


@dataclass
class Row:
    measure: str
    floor_name: str
    floor: list[float]
    subject: list[float]
    target: float | None = None  # the largest ratio allowed; for throughput, the smallest
    throughput: bool = False  # the ratio is floor time / subject time (higher is better)
    unit: float = 1e3  # milliseconds
    per: int = 1  # the timings cover `per` operations

    def ratios(self) -> tuple[float, float]:
        """(min ratio, median ratio); time over floor time, or floor time over time for throughput."""
        pairs = [(min(self.floor), min(self.subject)), (statistics.median(self.floor), statistics.median(self.subject))]
        return tuple(floor / subject if self.throughput else subject / floor for floor, subject in pairs)

    def met(self) -> str:
        if self.target is None:
            return ""
        median = self.ratios()[1]
        return "yes" if (median >= self.target if self.throughput else median <= self.target) else "NO"

    def cells(self) -> list[str]:
        best, median = self.ratios()
        target = "—" if self.target is None else f"{'≥' if self.throughput else '≤'} {self.target}×"
        floor, subject = self._span(self.floor), self._span(self.subject)
        ratio = f"{best:.2f}× / {median:.2f}×"
        return [self.measure, f"{self.floor_name}: {floor}", subject, ratio, target, self.met()]

    def _span(self, timings: list[float]) -> str:
        low, middle = (value * self.unit / self.per for value in (min(timings), statistics.median(timings)))
        return f"{_figure(low)} / {_figure(middle)} {'ms' if self.unit == 1e3 else 'µs'}"


def _figure(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.3g}"


def fresh(python: Path, url: str) -> dict[str, list[float]]:
    """Each snippet of worker.FRESH in its own interpreter, FRESH_ROUNDS times, rotating the order."""
    names = list(worker.FRESH)
    timings: dict[str, list[float]] = {name: [] for name in names}
    for number in range(FRESH_ROUNDS + 1):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            output = subprocess.check_output([str(python), "-I", "-c", worker.FRESH[name], url], text=True)
            if number:  # the first round warms the disk cache and is not counted
                timings[name].append(float(output))
    return timings


def measure(python: Path, name: str, **arguments: object) -> dict[str, list[float]]:
    command = [str(python), "-I", worker.__file__, name, json.dumps(arguments)]
    return json.loads(subprocess.check_output(command, text=True))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bexio-bench-") as scratch:
        work = Path(scratch)
        print("building the wheel and a clean venv with its declared dependencies …", file=sys.stderr)
        python = clean_venv(work / "venv", str(build_wheel(work / "dist")))
        replies, bodies = pages.examples()
        files = {
            "contacts": pages.contacts(replies),
            "invoices": pages.invoices(replies),
            "bodies": pages.contact_bodies(bodies),
        }
        for name, data in files.items():
            (work / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        server = serve({"/2.0/contact": replies["listContacts"], worker.TITLE: replies["getTitle"]})
        url = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            print("measuring …", file=sys.stderr)
            rows = _rows(python, work, url)
        finally:
            server.shutdown()
    _print(rows)


def _rows(python: Path, work: Path, url: str) -> list[Row]:
    started = fresh(python, url)
    contacts = measure(python, "parse", model="Contact", page=str(work / "contacts.json"), rounds=ROUNDS)
    invoices = measure(python, "parse", model="Invoice", page=str(work / "invoices.json"), rounds=ROUNDS)
    bodies = measure(python, "serialise", bodies=str(work / "bodies.json"), rounds=ROUNDS)
    sync = measure(python, "sync_calls", url=url, calls=200, rounds=ROUNDS)
    concurrent = measure(python, "async_calls", url=url, concurrency=50, batches=10, rounds=ROUNDS)
    httpx_import = started["import httpx"]
    return [
        Row("import bexio_client (fresh process)", "import httpx", httpx_import, started["import bexio_client"]),
        Row(
            "from bexio_client.models import Contact (fresh)",
            "import httpx",
            httpx_import,
            started["from bexio_client.models import Contact"],
            target=1.5,
        ),
        Row(
            "Bexio(...) + bexio.contacts.list() (fresh)",
            "httpx.Client + GET + .json()",
            started["httpx.Client + GET /2.0/contact + .json()"],
            started["Bexio(...) + bexio.contacts.list()"],
            target=2,
        ),
        Row("2,000 contacts → Contact.from_dict", "json.loads", contacts["floor"], contacts["subject"], target=1.6),
        Row(
            "500 invoices × 8 positions (7 kinds) → Invoice.from_dict",
            "json.loads",
            invoices["floor"],
            invoices["subject"],
            target=2.2,
        ),
        Row("2,000 ContactCreate(...).to_dict() + json.dumps", "json.dumps", bodies["floor"], bodies["subject"]),
        Row(
            "bexio.titles.get(1), per call (local server)",
            "raw httpx.Client",
            sync["floor"],
            sync["subject"],
            target=1.15,
            unit=1e6,
            per=200,
        ),
        Row(
            "AsyncBexio, 50 concurrent, per call (throughput ratio)",
            "raw httpx.AsyncClient",
            concurrent["floor"],
            concurrent["subject"],
            target=0.95,
            throughput=True,
            unit=1e6,
            per=500,
        ),
    ]


def _print(rows: list[Row]) -> None:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} cores, load average {load}; "
        f"min / median of {FRESH_ROUNDS} fresh processes or {ROUNDS} interleaved rounds; target judged on the median."
    )
    print()
    print("| measure | floor (min / median) | bexio_client (min / median) | ratio (min / median) | target | met |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row.cells()) + " |")


if __name__ == "__main__":
    main()
