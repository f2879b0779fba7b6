"""The bench's measurements, run by tests/bench in the clean venv where only the wheel and its
declared dependencies are installed: `python -I worker.py MEASURE ARGUMENTS_JSON` prints the
timings (seconds per round) of the floor and of bexio_client, taken in alternating order.

This file imports only the standard library at the top, so that it also serves the snippets of
the fresh-process measures (FRESH) to the orchestrator.
"""

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

TOKEN = "bench-token"
TITLE = "/2.0/title/1"

# Each runs in a fresh interpreter (`python -I -c SNIPPET URL`) and prints its own duration: the
# interpreter's start is the same for all, so it is left out.
_TIMED = "import sys, time\nstart = time.perf_counter()\n{}\nprint(time.perf_counter() - start)"
FRESH = {
    "import httpx": _TIMED.format("import httpx"),
    "import bexio_client": _TIMED.format("import bexio_client"),
    "from bexio_client.models import Contact": _TIMED.format("from bexio_client.models import Contact"),
    "httpx.Client + GET /2.0/contact + .json()": _TIMED.format(
        "import httpx\n"
        f"with httpx.Client(base_url=sys.argv[1], headers={{'Authorization': 'Bearer {TOKEN}'}}) as http:\n"
        "    http.get('/2.0/contact').json()"
    ),
    "Bexio(...) + bexio.contacts.list()": _TIMED.format(
        "from bexio_client import Bexio\n"
        f"with Bexio(access_token='{TOKEN}', base_url=sys.argv[1]) as bexio:\n"
        "    bexio.contacts.list()"
    ),
}


def alternate(floor: Callable[[], object], subject: Callable[[], object], rounds: int) -> dict[str, list[float]]:
    """Time both `rounds` times, the floor first in even rounds and last in odd ones, after a warm-up."""
    floor(), subject()
    timings: dict[str, list[float]] = {"floor": [], "subject": []}
    for number in range(rounds):
        pair = [("floor", floor), ("subject", subject)]
        for name, action in pair if number % 2 == 0 else reversed(pair):
            start = time.perf_counter()
            action()
            timings[name].append(time.perf_counter() - start)
    return timings


async def alternate_async(
    floor: Callable[[], Awaitable[object]], subject: Callable[[], Awaitable[object]], rounds: int
) -> dict[str, list[float]]:
    """`alternate` for coroutines."""
    await floor(), await subject()
    timings: dict[str, list[float]] = {"floor": [], "subject": []}
    for number in range(rounds):
        pair = [("floor", floor), ("subject", subject)]
        for name, action in pair if number % 2 == 0 else reversed(pair):
            start = time.perf_counter()
            await action()
            timings[name].append(time.perf_counter() - start)
    return timings


def parse(model: str, page: str, rounds: int) -> dict[str, list[float]]:
    """A list page into models (`Model.from_dict` on each item) against `json.loads` of the page."""
    from bexio_client import models

    cls = getattr(models, model)
    text = Path(page).read_text(encoding="utf-8")
    return alternate(lambda: json.loads(text), lambda: [cls.from_dict(item) for item in json.loads(text)], rounds)


def serialise(bodies: str, rounds: int) -> dict[str, list[float]]:
    """`ContactCreate(...)` + `to_dict()` + `json.dumps` against `json.dumps` of the same dicts."""
    import attrs

    from bexio_client.models import ContactCreate

    wire = json.loads(Path(bodies).read_text(encoding="utf-8"))
    fields = [field for field in attrs.fields(ContactCreate) if field.init]
    arguments = [
        {field.alias: getattr(model, field.name) for field in fields} for model in map(ContactCreate.from_dict, wire)
    ]
    built = [ContactCreate(**kwargs).to_dict() for kwargs in arguments]
    assert built == wire, "the models must send what the dicts hold"
    return alternate(
        lambda: json.dumps(wire),
        lambda: json.dumps([ContactCreate(**kwargs).to_dict() for kwargs in arguments]),
        rounds,
    )


def sync_calls(url: str, calls: int, rounds: int) -> dict[str, list[float]]:
    """`calls` sequential GETs of a title: raw httpx.Client (+ .json()) against `bexio.titles.get(1)`."""
    import httpx

    from bexio_client import Bexio

    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw:
        with Bexio(access_token=TOKEN, base_url=url) as bexio:
            return alternate(
                lambda: [raw.get(TITLE).json() for _ in range(calls)],
                lambda: [bexio.titles.get(1) for _ in range(calls)],
                rounds,
            )


def async_calls(url: str, concurrency: int, batches: int, rounds: int) -> dict[str, list[float]]:
    """`batches` x `concurrency` concurrent GETs: raw httpx.AsyncClient against AsyncBexio."""
    import httpx

    from bexio_client import AsyncBexio

    async def run() -> dict[str, list[float]]:
        async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw:
            async with AsyncBexio(access_token=TOKEN, base_url=url) as bexio:

                async def raw_get() -> object:
                    return (await raw.get(TITLE)).json()

                async def batches_of(call: Callable[[], Awaitable[object]]) -> None:
                    for _ in range(batches):
                        await asyncio.gather(*(call() for _ in range(concurrency)))

                return await alternate_async(
                    lambda: batches_of(raw_get), lambda: batches_of(lambda: bexio.titles.get(1)), rounds
                )

    return asyncio.run(run())


MEASURES: dict[str, Callable[..., dict[str, list[float]]]] = {
    "parse": parse,
    "serialise": serialise,
    "sync_calls": sync_calls,
    "async_calls": async_calls,
}


if __name__ == "__main__":
    measure, arguments = sys.argv[1], json.loads(sys.argv[2])
    print(json.dumps(MEASURES[measure](**arguments)))
