"""A refresh left running on an event loop that was closed without ending it (``run_until_complete``
after a timeout, then ``close()``): the manager refreshes anew on another loop or thread, callers
already waiting try again, and the store's lock or Redis lease is given back."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis

from carconnect.core import FakeClock, FileTokenStore, MemoryTokenStore, Token, TokenManager, sources, tasks
from carconnect.core.shared import RedisTokenStore

from .conftest import access_token

NOW = datetime(2030, 1, 1, tzinfo=UTC)
DUE = Token("at-0", "rt-0", expires_at=NOW)
LEASE_KEY = "carconnect:token:acct:lease"


def forget_tasks_of_closed_loops() -> None:
    """Start a task on a new event loop: :func:`tasks.own_task` then drops the tasks of closed loops,
    which the garbage collector collects."""

    async def another() -> None:
        await tasks.own_task(asyncio.sleep(0))

    asyncio.run(another())
    gc.collect()


@pytest.fixture(autouse=True)
def collect_abandoned_tasks() -> Iterator[None]:
    """The refresh tasks a test abandons are collected before the next test starts (asyncio logs each
    as destroyed while pending)."""
    yield
    forget_tasks_of_closed_loops()


class FirstNeverAnswers:
    """The first async refresh never gets its answer (its loop is closed under it); every later one
    rotates ``rt-n`` into ``at-(n+1)``/``rt-(n+1)``."""

    def __init__(self) -> None:
        self.spent: list[str | None] = []
        self.started = threading.Event()

    def refresh(self, old: Token) -> Token:
        self.spent.append(old.refresh_token)
        n = int(str(old.refresh_token).removeprefix("rt-")) + 1
        return Token(f"at-{n}", f"rt-{n}", expires_at=NOW + timedelta(hours=1))

    async def arefresh(self, old: Token) -> Token:
        if not self.started.is_set():
            self.spent.append(old.refresh_token)
            self.started.set()
            await asyncio.Event().wait()
        return self.refresh(old)


def abandon_a_refresh(
    manager: TokenManager, refresher: FirstNeverAnswers, meanwhile: Callable[[], None] = lambda: None
) -> None:
    """Start a refresh on an event loop, give up on it as a timeout does, and close the loop without
    cancelling the refresh's task; ``meanwhile`` runs while the refresh is in flight."""

    async def job() -> None:
        waiting = asyncio.ensure_future(manager.aget_access_token())
        for _ in range(500):
            if refresher.started.is_set():
                break
            await asyncio.sleep(0.01)
        meanwhile()
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting

    loop = asyncio.new_event_loop()
    loop.run_until_complete(job())
    loop.close()
    assert refresher.started.is_set()


def within(seconds: float, call: Callable[[], str]) -> str:
    """``call()`` in a thread of its own, failing the test when it has not returned after ``seconds``
    (the thread, stuck for good, does not keep the tests from ending)."""
    got: list[str] = []
    worker = threading.Thread(target=lambda: got.append(call()), daemon=True)
    worker.start()
    worker.join(timeout=seconds)
    assert got, f"no answer within {seconds:g} s"
    return got[0]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_refresh_left_on_a_closed_loop_is_led_anew(use_async: bool, caplog: pytest.LogCaptureFixture) -> None:
    store = MemoryTokenStore(DUE)
    refresher = FirstNeverAnswers()
    manager = TokenManager(store, refresher, clock=FakeClock(NOW))
    abandon_a_refresh(manager, refresher)
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        assert within(5, lambda: access_token(manager, use_async)) == "at-1"
    assert refresher.spent == ["rt-0", "rt-0"]
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-1"
    assert "the lock of memory store was held by a task of an event loop closed without ending it: released" in (
        caplog.messages
    )


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_callers_waiting_for_a_refresh_whose_loop_was_closed_try_again(
    use_async: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "LEADER_CHECK", 0.05, raising=False)
    refresher = FirstNeverAnswers()
    manager = TokenManager(MemoryTokenStore(DUE), refresher, clock=FakeClock(NOW))
    got: list[str] = []

    def wait_in_a_thread() -> None:  # a thread, or another thread's event loop
        got.append(access_token(manager, use_async))

    waiter = threading.Thread(target=wait_in_a_thread, daemon=True)

    def join_the_refresh() -> None:
        waiter.start()
        time.sleep(0.2)  # waiting for the refresh in flight

    abandon_a_refresh(manager, refresher, join_the_refresh)
    waiter.join(timeout=5)
    assert not waiter.is_alive()
    assert got == ["at-1"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_lease_held_by_a_task_of_a_closed_loop_is_given_back(
    redis_client: redis.Redis, use_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    RedisTokenStore(redis_client, "acct").save(DUE)
    refresher = FirstNeverAnswers()
    store = RedisTokenStore(redis_client, "acct", lease=0.6)  # renewed every 0.2 s, hold 600 s
    manager = TokenManager(store, refresher, clock=FakeClock(NOW))
    with caplog.at_level(logging.WARNING, logger="carconnect"):
        abandon_a_refresh(manager, refresher)
        started = time.monotonic()
        with RedisTokenStore(redis_client, "acct", wait=3).lock():  # another worker
            assert time.monotonic() - started < 1
    assert (
        "the event loop holding the refresh lease of 'acct' was closed without ending its task: lease given back"
        in caplog.messages
    )
    assert access_token(manager, use_async) == "at-1"  # the store object's own lock was given back too
    assert refresher.spent == ["rt-0", "rt-0"]
    assert redis_client.exists(LEASE_KEY) == 0


def test_the_same_store_object_takes_a_lease_a_task_of_a_closed_loop_held_at_once(redis_client: redis.Redis) -> None:
    RedisTokenStore(redis_client, "acct").save(DUE)
    refresher = FirstNeverAnswers()
    store = RedisTokenStore(redis_client, "acct", lease=30, wait=3)  # the renewal would notice in 10 s
    manager = TokenManager(store, refresher, clock=FakeClock(NOW))
    abandon_a_refresh(manager, refresher)
    started = time.monotonic()
    with store.lock():
        assert time.monotonic() - started < 1


def test_a_task_of_a_closed_loop_is_no_longer_referenced() -> None:
    async def start() -> weakref.ref[asyncio.Future[bool]]:
        return weakref.ref(tasks.own_task(asyncio.Event().wait()))

    loop = asyncio.new_event_loop()
    task = loop.run_until_complete(start())
    loop.close()
    forget_tasks_of_closed_loops()
    assert task() is None


def test_a_file_lock_held_by_a_collected_task_of_a_closed_loop_is_released(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    FileTokenStore(path).save(DUE)
    refresher = FirstNeverAnswers()
    manager = TokenManager(FileTokenStore(path), refresher, clock=FakeClock(NOW))
    abandon_a_refresh(manager, refresher)
    other = FileTokenStore(path).lock()  # another process finds it held too
    assert isinstance(other, sources._PollableLock)
    assert other.try_enter() is not None
    forget_tasks_of_closed_loops()  # the refresh's task, collected, lets go of the lock
    assert other.try_enter() is None
    other.__exit__(None, None, None)


class LeavesTheSetWhileRead:
    """A task of another thread's event loop that ends (leaving :data:`tasks._running`, as a done
    callback does there) while :func:`tasks.own_task` reads the set."""

    def __init__(self, other: object) -> None:
        self.other = other

    def get_loop(self) -> asyncio.AbstractEventLoop:
        tasks._running.discard(self.other)
        loop = asyncio.new_event_loop()
        loop.close()
        return loop


def test_tasks_ending_on_another_thread_while_a_task_starts_never_fail_it() -> None:
    async def start() -> bool:
        return await tasks.own_task(asyncio.sleep(0, result=True))

    others = [LeavesTheSetWhileRead(None) for _ in range(2)]
    others[0].other, others[1].other = others[1], others[0]
    tasks._running.update(others)  # type: ignore[arg-type]
    try:
        assert asyncio.run(start()) is True
    finally:
        tasks._running.difference_update(others)
