"""What a policy took for an attempt that is not sent after all is given back (``Policy.on_unsent``)."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import pytest

from carconnect.core import CarConnectAuth, FakeClock, Policy, RateLimitError, acall_detailed

URL = "https://api.invalid/vehicles"


class Booking(Policy):
    """Books one slot per attempt and asks to wait ``wait`` seconds before it goes."""

    def __init__(self, wait: float = 0.0, *, blocking: bool = False) -> None:
        self.wait, self.blocking = wait, blocking
        self.booked: list[httpx.Request] = []
        self.given_back: list[httpx.Request] = []

    def on_request(self, request: httpx.Request) -> float:
        self.booked.append(request)
        return self.wait

    def on_unsent(self, request: httpx.Request) -> None:
        self.given_back.append(request)


class Refusing(Policy):
    def on_request(self, request: httpx.Request) -> float:
        raise RateLimitError("no slot", code="client_rate_limit")


class SleepsUntilCancelled(FakeClock):
    """A clock whose waits never end by themselves (the caller must be cancelled)."""

    async def asleep(self, seconds: float) -> None:
        await asyncio.Event().wait()

    def sleep(self, seconds: float) -> None:
        raise KeyboardInterrupt


def sent_to(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return httpx.MockTransport(answer)


def auth(*policies: Policy, clock: FakeClock | None = None) -> CarConnectAuth:
    return CarConnectAuth(policies=policies, clock=clock or FakeClock(datetime(2026, 1, 1, tzinfo=UTC)))


def test_a_refusal_by_a_later_policy_gives_back_what_earlier_ones_took() -> None:
    first, seen = Booking(), list[httpx.Request]()
    with httpx.Client(auth=auth(first, Refusing()), transport=sent_to(seen)) as client, pytest.raises(RateLimitError):
        client.get(URL)
    assert seen == []
    assert first.given_back == first.booked != []


def test_an_interrupted_wait_gives_back_the_slot() -> None:
    waiting, seen = Booking(wait=61.0), list[httpx.Request]()
    client = httpx.Client(auth=auth(waiting, clock=SleepsUntilCancelled()), transport=sent_to(seen))
    with client, pytest.raises(KeyboardInterrupt):
        client.get(URL)
    assert seen == []
    assert waiting.given_back == waiting.booked != []


def test_a_sent_attempt_keeps_what_it_took() -> None:
    booking, seen = Booking(wait=1.0), list[httpx.Request]()
    with httpx.Client(auth=auth(booking), transport=sent_to(seen)) as client:
        assert client.get(URL).status_code == 200
    assert len(seen) == 1
    assert booking.given_back == []


@pytest.mark.parametrize("blocking", [False, True], ids=["on-the-loop", "in-a-thread"])
async def test_a_cancelled_wait_gives_back_the_slot(blocking: bool) -> None:
    waiting, seen = Booking(wait=61.0, blocking=blocking), list[httpx.Request]()
    client = httpx.AsyncClient(auth=auth(waiting, clock=SleepsUntilCancelled()), transport=sent_to(seen))
    async with client:
        call = asyncio.ensure_future(client.get(URL))
        while not waiting.booked:
            await asyncio.sleep(0)
        await asyncio.sleep(0.01)  # the call now waits for its slot
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
    assert seen == []
    assert waiting.given_back == waiting.booked != []


class SlowBooking(Booking):
    """A blocking policy whose booking is still running when the caller is cancelled."""

    def __init__(self) -> None:
        super().__init__(blocking=True)
        self.started, self.release = threading.Event(), threading.Event()

    def on_request(self, request: httpx.Request) -> float:
        self.started.set()
        self.release.wait(5)
        return super().on_request(request)


async def test_a_cancellation_during_a_blocking_hook_waits_for_it_then_gives_back() -> None:
    slow, seen = SlowBooking(), list[httpx.Request]()
    async with httpx.AsyncClient(auth=auth(slow), transport=sent_to(seen)) as client:
        call = asyncio.ensure_future(client.get(URL))
        await asyncio.to_thread(slow.started.wait, 5)
        call.cancel()
        await asyncio.sleep(0.01)
        assert not call.done()  # the booking in its thread must finish before the call stops
        slow.release.set()
        with pytest.raises(asyncio.CancelledError):
            await call
    assert seen == []
    assert slow.given_back == slow.booked != []


async def test_a_repeated_cancellation_still_waits_for_the_blocking_hook_then_gives_back() -> None:
    """Two cancellations (a timeout, then a failing sibling in a task group) while the hook runs."""
    slow, seen = SlowBooking(), list[httpx.Request]()
    async with httpx.AsyncClient(auth=auth(slow), transport=sent_to(seen)) as client:
        call = asyncio.ensure_future(client.get(URL))
        await asyncio.to_thread(slow.started.wait, 5)
        for _ in range(2):
            call.cancel()
            await asyncio.sleep(0.01)
        assert not call.done()
        slow.release.set()
        with pytest.raises(asyncio.CancelledError):
            await call
    assert seen == []
    assert slow.given_back == slow.booked != []


class RefundsWhatNeverLeft(Booking):
    def __init__(self) -> None:
        super().__init__(blocking=True)
        self.refunded: list[httpx.Request] = []

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        self.refunded.append(request)


async def test_a_refund_for_an_attempt_that_never_left_survives_a_cancellation() -> None:
    """The refund waits for a worker thread; cancelling the call meanwhile must not drop it."""
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
    busy, occupied = threading.Event(), list[asyncio.Future[bool]]()
    policy = RefundsWhatNeverLeft()

    def refuse(request: httpx.Request) -> httpx.Response:
        occupied.append(loop.run_in_executor(None, busy.wait, 5))  # the one worker thread is taken
        raise httpx.ConnectError("refused", request=request)

    async with httpx.AsyncClient(auth=auth(policy), transport=httpx.MockTransport(refuse)) as client:
        call = asyncio.ensure_future(acall_detailed(client.get, URL))
        while not occupied:
            await asyncio.sleep(0.001)
        await asyncio.sleep(0.01)  # the refund is queued behind the busy thread
        call.cancel()
        await asyncio.sleep(0.01)
        busy.set()
        await occupied[0]
        with pytest.raises(asyncio.CancelledError):
            await call
    assert policy.refunded == policy.booked[:1]


def test_a_failing_give_back_never_hides_why_the_attempt_stopped(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(Booking):
        def on_unsent(self, request: httpx.Request) -> None:
            raise OSError("ledger unavailable")

    client = httpx.Client(auth=auth(Broken(), Refusing()), transport=sent_to([]))
    with client, pytest.raises(RateLimitError):
        client.get(URL)
    assert "Broken.on_unsent failed for GET /vehicles" in caplog.text


def test_a_policy_failing_on_a_transport_error_never_stops_the_retry(caplog: pytest.LogCaptureFixture) -> None:
    from carconnect.core import ClientBase, RetryPolicy, call_detailed

    class LedgerGone(Policy):
        def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
            raise OSError("ledger unavailable")

    answers: list[httpx.Response | Exception] = [httpx.ConnectError("refused"), httpx.Response(200, json={"ok": True})]

    def answer(request: httpx.Request) -> httpx.Response:
        outcome = answers.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    retry = RetryPolicy(rng=lambda: 0.0)
    with ClientBase("t", policies=[LedgerGone()], transport=httpx.MockTransport(answer), retry=retry) as base:
        response = call_detailed(lambda: base.http_client_for("https://api.invalid").get("/x"))
    assert response.status_code == 200
    assert "LedgerGone.on_transport_error failed for GET /x" in caplog.text


async def test_a_call_cancelled_in_a_request_hook_gives_back_what_it_took() -> None:
    from carconnect.core import AsyncClientBase

    booking, hooked = Booking(), asyncio.Event()
    seen: list[httpx.Request] = []

    async def slow_hook(request: httpx.Request) -> None:
        hooked.set()
        await asyncio.Event().wait()  # the call is cancelled here, before the transport's turn

    async with AsyncClientBase(
        "token", policies=[booking], transport=sent_to(seen), event_hooks={"request": [slow_hook]}
    ) as base:
        http = base.http_client_for(URL)

        task = asyncio.create_task(acall_detailed(http.get, URL))
        await hooked.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert seen == []
    assert booking.given_back == booking.booked
    assert len(booking.booked) == 1


async def test_a_call_cancelled_once_sent_keeps_what_it_took() -> None:
    from carconnect.core import AsyncClientBase

    booking, answering = Booking(), asyncio.Event()

    async def never_answers(request: httpx.Request) -> httpx.Response:
        answering.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with AsyncClientBase("token", policies=[booking], transport=httpx.MockTransport(never_answers)) as base:
        http = base.http_client_for(URL)

        task = asyncio.create_task(acall_detailed(http.get, URL))
        await answering.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert len(booking.booked) == 1
    assert booking.given_back == []


class HeldInItsHook(RefundsWhatNeverLeft):
    """A blocking policy whose refund and give-back wait for :attr:`release` (the caller is cancelled meanwhile)."""

    def __init__(self) -> None:
        super().__init__()
        self.started, self.release = threading.Event(), threading.Event()

    def _held(self) -> None:
        self.started.set()
        self.release.wait(5)

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        self._held()
        super().on_transport_error(request, error)

    def on_unsent(self, request: httpx.Request) -> None:
        self._held()
        super().on_unsent(request)


async def cancelled_while_held(held: HeldInItsHook, client: httpx.AsyncClient) -> None:
    """Make a call, cancel it while ``held``'s hook runs, then let the hook finish."""
    call = asyncio.ensure_future(acall_detailed(client.get, URL))
    await asyncio.to_thread(held.started.wait, 5)
    call.cancel()
    await asyncio.sleep(0.01)
    held.release.set()
    with pytest.raises(asyncio.CancelledError):
        await call


async def test_every_policy_refunds_an_attempt_that_never_left_when_the_call_is_cancelled_meanwhile() -> None:
    held, after = HeldInItsHook(), RefundsWhatNeverLeft()

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async with httpx.AsyncClient(auth=auth(held, after), transport=httpx.MockTransport(refuse)) as client:
        await cancelled_while_held(held, client)
    assert held.refunded == held.booked[:1]
    assert after.refunded == after.booked[:1]  # heard of the error although the call was cancelled before its turn


async def test_every_policy_gives_back_a_refused_attempt_when_the_call_is_cancelled_meanwhile() -> None:
    first, held = Booking(blocking=True), HeldInItsHook()  # given back last first: held, then first

    async with httpx.AsyncClient(auth=auth(first, held, Refusing()), transport=sent_to([])) as client:
        await cancelled_while_held(held, client)
    assert held.given_back == held.booked != []
    assert first.given_back == first.booked != []
