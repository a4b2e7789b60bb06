"""A refresh once sent is finished and its token saved: closing a client or a login waits for it, the
event loop's shutdown does not drop its save, and a failure nobody awaits any more is not reported
by asyncio as never retrieved."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
import pytest

from carconnect.core import AsyncClientBase, ClientBase, FakeClock, MemoryTokenStore, ServerError, Token, TokenManager
from carconnect.core.oauth import OAuthClient, OAuthConfig


def stale(clock: FakeClock) -> Token:
    return Token("at-0", "rt-0", expires_at=clock.now() - timedelta(seconds=1))


def fresh(clock: FakeClock, n: int) -> Token:
    return Token(f"at-{n}", f"rt-{n}", expires_at=clock.now() + timedelta(hours=1))


class HeldRefresher:
    """The vendor has rotated rt-0 and its answer is on the way until ``answer`` is set; then it
    answers with ``at-1``, or fails when ``fails`` is set."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sent = asyncio.Event()
        self.answer = asyncio.Event()
        self.fails = False
        self.count = 0

    def refresh(self, token: Token) -> Token:
        raise NotImplementedError

    async def arefresh(self, token: Token) -> Token:
        self.count += 1
        self.sent.set()
        await self.answer.wait()
        if self.fails:
            raise ServerError("token endpoint 503", status_code=503)
        return fresh(self.clock, 1)


@pytest.fixture
def unretrieved() -> Iterator[list[str]]:
    """asyncio's ERROR records (an exception never retrieved is one)."""
    records: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.ERROR:
                records.append(record.getMessage())

    handler = Capture()
    logging.getLogger("asyncio").addHandler(handler)
    yield records
    logging.getLogger("asyncio").removeHandler(handler)


async def cancel_all(callers: list[asyncio.Future[object]]) -> None:
    """Cancel ``callers``, wait for them, and forget them (asyncio reports a failure nobody read when
    its future is freed, so nothing here may keep one alive)."""
    for caller in callers:
        caller.cancel()
    await asyncio.gather(*callers, return_exceptions=True)
    callers.clear()


async def run_pending_callbacks() -> None:
    """Let the event loop run what was handed to it, thread-safe callbacks included (a round trip to
    a worker thread comes back after them)."""
    for _ in range(2):
        await asyncio.to_thread(lambda: None)


async def cancel_after_sent(call: asyncio.Future[object], refresher: HeldRefresher) -> None:
    await refresher.sent.wait()
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call


async def test_closing_a_client_lets_a_refresh_whose_caller_was_cancelled_finish_and_save(clock: FakeClock) -> None:
    refresher = HeldRefresher(clock)
    store = MemoryTokenStore(stale(clock))
    manager = TokenManager(store, refresher, clock=clock)
    client = AsyncClientBase(manager, transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    await cancel_after_sent(asyncio.ensure_future(manager.aget_access_token()), refresher)

    closing = asyncio.ensure_future(client.aclose())
    await asyncio.sleep(0)
    assert not closing.done()  # waits for the answer the vendor is sending
    refresher.answer.set()
    await closing
    assert store.load() == fresh(clock, 1)


async def test_closing_a_login_lets_its_refresh_finish_before_closing_its_connections(
    config: OAuthConfig, clock: FakeClock
) -> None:
    sent, answer = asyncio.Event(), asyncio.Event()

    async def token_endpoint(request: httpx.Request) -> httpx.Response:
        sent.set()
        await answer.wait()
        return httpx.Response(200, json={"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 3600})

    login = OAuthClient(config, async_transport=httpx.MockTransport(token_endpoint), clock=clock)
    store = MemoryTokenStore(stale(clock))
    manager = login.token_manager(store)
    call = asyncio.ensure_future(manager.aget_access_token())
    await sent.wait()
    call.cancel()

    closing = asyncio.ensure_future(login.aclose())
    await asyncio.sleep(0)
    assert not closing.done()
    answer.set()
    await closing
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-1"


def test_the_event_loop_s_shutdown_does_not_drop_the_save_of_a_refreshed_token(clock: FakeClock) -> None:
    store = MemoryTokenStore(stale(clock))
    worker_free = threading.Event()

    class BusyExecutorRefresher:
        def refresh(self, token: Token) -> Token:
            raise NotImplementedError

        async def arefresh(self, token: Token) -> Token:
            # the vendor answered; the only worker thread is busy for a moment (a DNS lookup, a file read)
            asyncio.get_running_loop().run_in_executor(None, worker_free.wait, 5)
            return fresh(clock, 1)

    async def main() -> None:
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=1))
        manager = TokenManager(store, BusyExecutorRefresher(), clock=clock)
        call = asyncio.ensure_future(manager.aget_access_token())
        while manager.refresh_count == 0:  # refreshed, its save queued behind the busy worker
            await asyncio.sleep(0)
        call.cancel()
        threading.Timer(0.05, worker_free.set).start()
        # main returns: asyncio.run cancels the refresh task, which finishes its save first

    asyncio.run(main())
    assert store.load() == fresh(clock, 1)


async def test_a_refresh_that_fails_after_every_caller_was_cancelled_is_not_reported_as_never_retrieved(
    clock: FakeClock, unretrieved: list[str]
) -> None:
    refresher = HeldRefresher(clock)
    refresher.fails = True
    manager = TokenManager(MemoryTokenStore(stale(clock)), refresher, clock=clock)
    callers: list[asyncio.Future[object]] = [asyncio.ensure_future(manager.aget_access_token()) for _ in range(3)]
    await refresher.sent.wait()
    await cancel_all(callers)
    refresher.answer.set()
    await run_pending_callbacks()
    gc.collect()  # asyncio reports an unread failure when its future is freed
    assert unretrieved == []
    with pytest.raises(ServerError):  # the next caller refreshes anew and hears the failure itself
        await manager.aget_access_token()


async def test_keep_alive_calls_share_one_run_and_a_failure_after_they_left_is_not_reported(
    clock: FakeClock, unretrieved: list[str]
) -> None:
    refresher = HeldRefresher(clock)
    idling_out = clock.now() + timedelta(days=1)  # within keep_alive's two days
    store = MemoryTokenStore(Token("at-0", "rt-0", expires_at=clock.now(), refresh_expires_at=idling_out))
    manager = TokenManager(store, refresher, clock=clock)
    callers: list[asyncio.Future[object]] = [asyncio.ensure_future(manager.akeep_alive()) for _ in range(3)]
    await refresher.sent.wait()
    for _ in range(5):
        await asyncio.sleep(0)
    assert refresher.count == 1  # one run for the three calls
    await cancel_all(callers)
    refresher.fails = True
    refresher.answer.set()
    await run_pending_callbacks()
    gc.collect()
    assert unretrieved == []


class ThreadRefresher:
    """A sync refresher whose answer is on the way (in the thread that refreshes) until ``answer`` is set."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sent, self.answer = threading.Event(), threading.Event()

    def refresh(self, token: Token) -> Token:
        self.sent.set()
        self.answer.wait(5)
        return fresh(self.clock, 1)

    async def arefresh(self, token: Token) -> Token:
        raise NotImplementedError


def test_closing_a_sync_client_waits_for_a_refresh_in_another_thread(clock: FakeClock) -> None:
    refresher = ThreadRefresher(clock)
    sent, answer = refresher.sent, refresher.answer

    store = MemoryTokenStore(stale(clock))
    manager = TokenManager(store, refresher, clock=clock)
    client = ClientBase(manager, transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    worker = threading.Thread(target=manager.get_access_token)
    worker.start()
    assert sent.wait(5)
    closing = threading.Thread(target=client.close)
    closing.start()
    closing.join(0.05)
    assert closing.is_alive()  # waits for the refresh in the other thread
    answer.set()
    closing.join(5)
    worker.join(5)
    assert not closing.is_alive()
    assert store.load() == fresh(clock, 1)


def test_closing_a_client_waits_for_its_own_users_refreshes_only(clock: FakeClock) -> None:
    refresher = ThreadRefresher(clock)
    sent, answer = refresher.sent, refresher.answer

    store = MemoryTokenStore(stale(clock))
    alice = TokenManager(store, refresher, clock=clock)
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    alices_client, bobs_client = ClientBase(alice, transport=transport), ClientBase("bob-token", transport=transport)
    serving_alice = ClientBase(None, transport=transport)
    view = serving_alice.for_user(alice)
    worker = threading.Thread(target=alice.get_access_token)
    worker.start()
    closings: list[threading.Thread] = []
    try:
        assert sent.wait(5)
        bobs_closing = threading.Thread(target=bobs_client.close)
        bobs_closing.start()
        bobs_closing.join(2)
        assert not bobs_closing.is_alive()  # Alice's refresh is not Bob's client's to wait for
        for owner in (alices_client, serving_alice):  # her own client, and a client with a view for her
            closings.append(closing := threading.Thread(target=owner.close))
            closing.start()
            closing.join(0.05)
            assert closing.is_alive()  # waits for the refresh of its token source
        assert view is not None
    finally:
        answer.set()
        worker.join(5)
        for closing in closings:
            closing.join(5)
    assert store.load() == fresh(clock, 1)
