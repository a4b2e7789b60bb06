"""The shared sliding-window limiter and quota ledger against a real redis-server, on a FakeClock."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis

from carconnect.core import FakeClock, QuotaExceededError, RateLimitError, StoreUnavailableError
from carconnect.core.shared import QuotaLedger, SlidingWindowLimiter
from carconnect.core.tasks import run_blocking_or_undo


def test_window_lets_limit_calls_go_then_waits_for_the_oldest(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=3, window=60.0, clock=clock)
    assert [limiter.reserve("user-1") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve("user-1") == pytest.approx(60.0)  # the fourth goes when the first leaves
    assert limiter.reserve("user-2") == 0.0  # another user counts apart
    clock.advance(30)
    assert limiter.reserve("user-1") == pytest.approx(30.0)
    clock.advance(31)  # the first three left the window; the 4th and 5th slots (60 s, 60 s) are ahead
    assert limiter.reserve("user-1") == 0.0
    assert limiter.reserve("user-1") == pytest.approx(59.0)


def test_window_refuses_a_slot_beyond_max_wait_and_takes_nothing(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=1, window=60.0, max_wait=10.0, clock=clock)
    assert limiter.reserve("u") == 0.0
    with pytest.raises(RateLimitError) as refused:
        limiter.reserve("u")
    assert refused.value.code == "client_rate_limit"
    assert refused.value.retry_after == pytest.approx(60.0)
    clock.advance(55)
    assert limiter.reserve("u") == pytest.approx(5.0)  # the refused call took no slot


def test_window_counts_a_call_against_every_key_it_names(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=5, window=60.0, clock=clock)
    commands = {"u:commands": 2}
    assert [limiter.reserve("u", also=commands) for _ in range(2)] == [0.0, 0.0]
    assert limiter.reserve("u", also=commands) == pytest.approx(60.0)  # the command limit binds
    # reads: 5 minus the two commands sent now (the third one's slot, 60 s ahead, is in another minute)
    assert [limiter.reserve("u") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve("u") == pytest.approx(60.0)


def test_a_slot_booked_ahead_keeps_its_key_alive(redis_client: redis.Redis, clock: FakeClock) -> None:
    """A later call that goes sooner must not shorten the key's life below a slot booked further ahead."""
    limiter = SlidingWindowLimiter(redis_client, limit=3, window=60.0, clock=clock)
    commands = {"u:commands": 1}
    assert limiter.reserve("u", also=commands) == 0.0
    assert limiter.reserve("u", also=commands) == pytest.approx(60.0)  # booked 60 s ahead
    assert limiter.reserve("u") == 0.0  # a read now
    # the booked command counts until 120 s from now: both keys must outlive that
    for key in ("carconnect:ratelimit:u", "carconnect:ratelimit:u:commands"):
        assert redis_client.pttl(key) >= 120_000


def test_a_slot_booked_ahead_holds_back_no_call_that_fits(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=3, window=60.0, clock=clock)
    commands = {"u:commands": 1}
    assert limiter.reserve("u", also=commands) == 0.0
    assert limiter.reserve("u") == 0.0
    assert limiter.reserve("u", also=commands) == pytest.approx(60.0)  # the next command: next minute
    clock.advance(1)
    assert limiter.reserve("u") == 0.0  # the third call of this minute fits now
    assert limiter.reserve("u") == pytest.approx(59.0)  # the fourth waits until the first two leave


def test_window_takes_the_clock_time_given(redis_client: redis.Redis) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=1, window=60.0)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert limiter.reserve("u", start) == 0.0
    assert limiter.reserve("u", start + timedelta(seconds=20)) == pytest.approx(40.0)
    assert "limit=1" in repr(limiter)


async def test_window_from_async_code(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=1, window=60.0, clock=clock)
    assert await limiter.areserve("u") == 0.0
    assert await limiter.areserve("u") == pytest.approx(60.0)


def test_ledger_counts_down_then_refuses_until_the_oldest_expires(redis_client: redis.Redis, clock: FakeClock) -> None:
    ledger = QuotaLedger(redis_client, limit=3, code="CU-429", clock=clock)
    first = clock.now()
    assert ledger.spend("user-1") == 2
    clock.advance(3600)
    assert [ledger.spend("user-1"), ledger.spend("user-1")] == [1, 0]
    with pytest.raises(QuotaExceededError) as refused:
        ledger.spend("user-1")
    assert refused.value.code == "CU-429"
    assert refused.value.retry_after == pytest.approx(23 * 3600)
    assert refused.value.details == {
        "local": True,
        "limit": 3,
        "used": 3,
        "resets_at": (first + timedelta(hours=24)).isoformat(),
    }
    status = ledger.status("user-1")
    assert (status.used, status.remaining, status.resets_at) == (3, 0, first + timedelta(hours=24))
    assert ledger.remaining("user-2") == 3
    clock.advance(23 * 3600)  # the first call stops counting
    assert ledger.remaining("user-1") == 1
    assert ledger.spend("user-1") == 0


def test_ledger_refund_of_a_named_call_takes_back_that_call_only(redis_client: redis.Redis, clock: FakeClock) -> None:
    ledger = QuotaLedger(redis_client, limit=5, period=timedelta(hours=1), clock=clock)
    ledger.spend("u", call_id="first")
    clock.advance(3600)  # "first" stops counting
    ledger.spend("u", call_id="second")
    ledger.refund("u", "first")  # its refund came late: the newer call keeps counting
    assert ledger.status("u").used == 1
    ledger.refund("u", "second")
    assert ledger.status("u").used == 0


def test_a_spend_sent_again_after_a_lost_answer_counts_once(redis_client: redis.Redis, clock: FakeClock) -> None:
    ledger = QuotaLedger(redis_client, limit=2, period=timedelta(hours=1), clock=clock)
    ledger.spend("u", call_id="first")
    assert ledger.spend("u", call_id="last") == 0
    assert ledger.spend("u", call_id="last") == 0  # redis-py resent the script: recorded, not refused
    assert ledger.status("u").used == 2


def test_ledger_refund_and_vendor_block(redis_client: redis.Redis, clock: FakeClock) -> None:
    ledger = QuotaLedger(redis_client, limit=5, clock=clock)
    ledger.spend("u")
    clock.advance(60)
    ledger.spend("u")
    ledger.refund("u")  # the latest call never reached the vendor
    assert ledger.status("u").used == 1
    ledger.mark_exhausted("u")  # the vendor said the quota is gone: blocked until the oldest call frees up
    status = ledger.status("u")
    assert (status.remaining, status.blocked_by_server) == (0, True)
    assert status.resets_at == clock.now() - timedelta(seconds=60) + timedelta(hours=24)
    with pytest.raises(QuotaExceededError, match="vendor reported"):
        ledger.spend("u")
    clock.advance(24 * 3600)
    assert ledger.spend("u") == 4


def test_ledger_without_enforcement_and_with_a_reset_rule(redis_client: redis.Redis, clock: FakeClock) -> None:
    class Midnight:
        def expires_at(self, call: datetime) -> datetime:
            return call.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)

    counting = QuotaLedger(redis_client, limit=1, enforce=False, prefix="counting", clock=clock)
    assert [counting.spend("u"), counting.spend("u")] == [0, 0]
    assert counting.status("u").used == 2
    daily = QuotaLedger(redis_client, limit=1, reset=Midnight(), clock=clock)
    clock.advance(23 * 3600)
    daily.spend("u")
    with pytest.raises(QuotaExceededError) as refused:
        daily.spend("u")
    assert refused.value.retry_after == pytest.approx(3600)
    clock.advance(3600)
    assert daily.spend("u") == 0


async def test_ledger_from_async_code(redis_client: redis.Redis, clock: FakeClock) -> None:
    ledger = QuotaLedger(redis_client, limit=1, clock=clock)
    assert await ledger.aspend("u") == 0
    with pytest.raises(QuotaExceededError):
        await ledger.aspend("u")


class SlowRedis:
    """Holds a wrapped call in its worker thread until the test lets it go."""

    def __init__(self) -> None:
        self.held, self.released = threading.Event(), threading.Event()

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def slow(*args: Any, **kwargs: Any) -> Any:
            self.held.set()
            assert self.released.wait(10)
            return function(*args, **kwargs)

        return slow

    async def cancel_while_held(self, call: Callable[[], Awaitable[object]]) -> None:
        """Start ``call``, cancel it while its Redis call is held, then let the call go."""
        task = asyncio.ensure_future(call())
        async with asyncio.timeout(10):
            while not self.held.is_set():
                await asyncio.sleep(0.001)
        task.cancel()
        await asyncio.sleep(0.01)
        assert not task.done(), "the cancellation waits for Redis's answer"
        self.released.set()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_a_cancelled_async_reservation_takes_no_slot(
    redis_client: redis.Redis, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=1, window=60.0, clock=clock)
    slow = SlowRedis()
    monkeypatch.setattr(limiter, "reserve", slow.wrap(limiter.reserve))
    await slow.cancel_while_held(lambda: limiter.areserve("u", also={"u:commands": 1}))
    monkeypatch.undo()
    assert limiter.reserve("u") == 0.0  # the cancelled call's slot was given back
    assert redis_client.zcard("carconnect:ratelimit:u:commands") == 0


async def test_a_cancelled_async_spend_counts_no_call(
    redis_client: redis.Redis, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = QuotaLedger(redis_client, limit=2, clock=clock)
    ledger.spend("u", call_id="earlier")
    slow = SlowRedis()
    monkeypatch.setattr(ledger, "spend", slow.wrap(ledger.spend))
    await slow.cancel_while_held(lambda: ledger.aspend("u"))
    assert ledger.status("u").used == 1  # only the call that was made
    assert await ledger.aspend("u") == 0


async def test_a_give_back_that_fails_is_logged_and_the_cancellation_still_propagates(
    caplog: pytest.LogCaptureFixture,
) -> None:
    slow = SlowRedis()

    def unreachable() -> None:
        raise StoreUnavailableError("Redis did not answer")

    await slow.cancel_while_held(
        lambda: run_blocking_or_undo(slow.wrap(lambda: "taken"), unreachable, "the slot for 'u'")
    )
    assert "could not give back the slot for 'u' of a cancelled call: Redis did not answer" in caplog.text


@pytest.mark.parametrize("key", ["bmw:", "volvo::VIN", ":commands", ""])
def test_a_key_that_names_no_account_is_refused_before_anything_is_counted(
    redis_client: redis.Redis, clock: FakeClock, key: str
) -> None:
    """A brand's shared limit with neither ``key=`` nor a ``for_user`` key counts under ``<brand>:``:
    every client would share one count."""
    limiter = SlidingWindowLimiter(redis_client, limit=1, clock=clock)
    ledger = QuotaLedger(redis_client, limit=1, clock=clock)
    for attempt in (
        lambda: limiter.reserve(key),
        lambda: limiter.reserve("volvo:alice", also={key: 1}),
        lambda: ledger.spend(key),
        lambda: ledger.status(key),
        lambda: ledger.mark_exhausted(key),
    ):
        with pytest.raises(ValueError, match="names no account: give the client's own account as key="):
            attempt()
    assert redis_client.keys("*") == []
