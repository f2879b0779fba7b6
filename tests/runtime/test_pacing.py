"""The Pacer's count of bexio's window when answers are read out of order or late, with a fake
clock (the real-time runs with threads and tasks are in tests/faults/test_pacing.py)."""

import httpx

from bexio_client._pacing import Pacer


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def answer(remaining: int, reset: int) -> httpx.Response:
    return httpx.Response(200, headers={"RateLimit-Remaining": str(remaining), "RateLimit-Reset": str(reset)})


def granted(pacer: Pacer) -> int:
    """How many requests the pacer lets through now (each answered at once, saying nothing)."""
    count = 0
    while pacer.delay()[0] == 0:
        pacer.update(None)
        count += 1
        assert count < 1000
    return count


def test_answers_read_out_of_order_never_raise_what_is_left():
    pacer = Pacer(Clock())
    first, second, third = (pacer.delay()[2] for _ in range(3))
    pacer.update(answer(47, 60), epoch=third)  # bexio counted the third request last
    pacer.update(answer(49, 60), epoch=first)  # the first one's answer, read late
    pacer.update(answer(48, 60), epoch=second)
    # bexio has 47 left; while the first answers were read, the others were still in flight.
    assert 45 <= granted(pacer) <= 47


def test_an_answer_read_after_the_reset_does_not_count_for_the_new_window():
    clock = Clock()
    pacer = Pacer(clock)
    late = pacer.delay()[2]
    pacer.update(answer(50, 1), epoch=pacer.delay()[2])  # bexio: 50 left, reset in 1 s
    clock.now = 1.5  # the window has reset; a new request learns bexio's new count
    fresh = pacer.delay()[2]
    pacer.update(answer(49, 1), epoch=fresh)  # 49 left, the late request still in flight
    pacer.update(answer(3, 1), epoch=late)  # an answer of the old window, read only now
    assert granted(pacer) == 48


def test_the_next_windows_reset_does_not_push_ours_back():
    clock = Clock()
    pacer = Pacer(clock)
    sent, in_flight = pacer.delay()[2], pacer.delay()[2]
    pacer.update(answer(0, 2), epoch=sent)  # none left, reset in 2 s
    clock.now = 1.0
    # bexio's window began before ours (its reset is whole seconds): the request in flight is
    # answered from the new one, which resets a minute later.
    pacer.update(answer(999, 60), epoch=in_flight)
    wait, until, _ = pacer.delay()
    assert (wait, until) == (1.0, 2.0)
    clock.now = 2.0
    assert pacer.delay()[0] == 0


def test_a_429_stops_sending_until_its_wait_whatever_the_window():
    clock = Clock()
    pacer = Pacer(clock)
    pacer.update(answer(900, 60), epoch=pacer.delay()[2])
    pacer.update(httpx.Response(429), wait=5.0, epoch=pacer.delay()[2])
    assert pacer.delay()[:2] == (5.0, 5.0)
