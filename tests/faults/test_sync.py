"""A 10,000-record sync under 30 % 429 and 5 % 503, with the DEFAULT retry policy.

Every record must arrive exactly once in each of 100 seeded runs. The 100 runs take the
in-process twin of the fault server (the same script, no socket) to stay fast; two seeds go
over the socket. Waits are recorded, not slept.
"""

import json
import random

import pytest

from bexio_client import Bexio
from tests.faults.server import Call, Reply

RECORDS, LIMIT = 10_000, 500
WINDOW = {"RateLimit-Limit": "1000", "RateLimit-Remaining": "900", "RateLimit-Reset": "60"}
PAGES = {
    offset: json.dumps([{"id": n, "name": f"Title {n}"} for n in range(offset, min(offset + LIMIT, RECORDS))]).encode()
    for offset in range(0, RECORDS + LIMIT, LIMIT)
}


def flaky_titles(seed: int):
    """GET /2.0/title with offset/limit; 30 % of answers are 429 (reset 1 s), 5 % are 503."""
    draw = random.Random(seed).random

    def answer(call: Call) -> Reply:
        roll = draw()
        if roll < 0.30:
            return Reply(429, {"error_code": 429, "message": "Too many requests"}, {"RateLimit-Reset": "1"})
        if roll < 0.35:
            return Reply(503, {"error_code": 503, "message": "Service unavailable"}, WINDOW)
        assert int(call.query["limit"]) == LIMIT
        return Reply(200, PAGES[int(call.query["offset"])], WINDOW)

    return answer


def sync_titles(server, waits, over_socket: bool) -> list[int]:
    options = {"base_url": server.url} if over_socket else {"base_url": "http://bexio", "transport": server.transport()}
    with Bexio("t", sleep=waits, **options) as bexio:  # the default RetryPolicy
        return [title.id for title in bexio.paginate(bexio.titles.list, limit=LIMIT)]


def test_every_record_arrives_once_in_100_seeded_runs(server, waits):
    failures = []
    for seed in range(100):
        server.script, server.calls = flaky_titles(seed), []
        ids = sync_titles(server, waits, over_socket=False)
        if sorted(ids) != list(range(RECORDS)):
            failures.append(seed)
    assert failures == []
    assert 1.0 in waits  # 429s waited their reset


@pytest.mark.parametrize("seed", [1, 2])
def test_the_sync_over_a_socket(seed, server, waits):
    server.script = flaky_titles(seed)
    ids = sync_titles(server, waits, over_socket=True)
    assert sorted(ids) == list(range(RECORDS))
    assert server.count("/2.0/title") > RECORDS // LIMIT + 1  # the pages, plus the retried failures
