"""`make bench`: what bexio_client costs, measured against the in-process mock.

* import time of `bexio_client` (fresh interpreter, best of 7);
* turning a 2,000-contact list page into models, against `json.loads` alone;
* per-call overhead of a simple GET through `Bexio` against raw httpx on the same transport.

Targets: import under 300 ms, parsing at most 3x json.loads, per call at most 1.5x raw httpx.
"""

import json
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from bexio_client import Bexio
from bexio_client.models import Contact
from tests.asgi import SyncASGITransport
from tests.mock import BexioMock
from tests.paths import ROOT

TOKEN = "bench-token"


def best(action: Callable[[], object], runs: int = 7) -> float:
    """The fastest of `runs` timings, in seconds (the least disturbed by the machine)."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def import_time() -> float:
    code = "import time; t = time.perf_counter(); import bexio_client; print(time.perf_counter() - t)"
    env = {"PYTHONPATH": str(ROOT / "generated")}
    runs = [float(subprocess.check_output([sys.executable, "-c", code], env=env)) for _ in range(7)]
    return min(runs)


def parsing(mock: BexioMock) -> tuple[float, float]:
    sample = mock.example_reply("getContact").body
    page = json.dumps([{**sample, "id": number} for number in range(2000)])
    raw = best(lambda: json.loads(page))
    models = best(lambda: [Contact.from_dict(item) for item in json.loads(page)])
    return raw, models


def per_call(mock: BexioMock, calls: int = 200) -> tuple[float, float]:
    mock.check_responses = False  # measure the client, not the mock's self-check
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url="http://mock", transport=SyncASGITransport(mock.app), headers=headers) as raw:
        raw_time = best(lambda: [raw.get("/2.0/title/1").json() for _ in range(calls)], runs=3) / calls
    with Bexio(TOKEN, base_url="http://mock", transport=SyncASGITransport(mock.app)) as bexio:
        bexio_time = best(lambda: [bexio.titles.get(1) for _ in range(calls)], runs=3) / calls
    return raw_time, bexio_time


def main() -> None:
    mock = BexioMock(token=TOKEN)
    mock.state.collection("title", mock.example_reply("listTitles").body)  # title 1 of the samples
    imported = import_time()
    raw, models = parsing(mock)
    raw_call, bexio_call = per_call(mock)
    rows = [
        ("import bexio_client", f"{imported * 1000:.0f} ms", "< 300 ms", imported < 0.3),
        ("2,000 contacts: json.loads", f"{raw * 1000:.1f} ms", "", True),
        ("2,000 contacts: models", f"{models * 1000:.1f} ms ({models / raw:.1f}x)", "<= 3x", models <= 3 * raw),
        ("GET, raw httpx", f"{raw_call * 1000:.2f} ms", "", True),
        (
            "GET, Bexio",
            f"{bexio_call * 1000:.2f} ms ({bexio_call / raw_call:.2f}x)",
            "<= 1.5x",
            bexio_call <= 1.5 * raw_call,
        ),
    ]
    print(f"{'measure':32} {'result':24} {'target':10} met")
    for name, result, target, met in rows:
        print(f"{name:32} {result:24} {target:10} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
