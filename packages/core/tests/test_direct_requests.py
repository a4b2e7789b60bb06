"""Requests sent directly through ``http_client_for()``, not by a client method: a transport error is
httpx's own and is not retried; a method's call gives back what its policies took, once per attempt."""

from __future__ import annotations

import httpx
import pytest

from carconnect.core import AsyncClientBase, ClientBase, FakeClock, Policy, TransportError, acall, call
from carconnect.core.pipeline import current_exchange
from carconnect.core.retry import UNSENT_ERRORS

from .conftest import Detailed, adetailed

API = "http://api.example.test"


class Ledger(Policy):
    """Spends one call per attempt and takes it back for an attempt that never left, as BMW's quota does."""

    def __init__(self, *, blocking: bool = False) -> None:
        self.blocking = blocking
        self.spent = 0

    def on_request(self, request: httpx.Request) -> float:
        self.spent += 1
        return 0.0

    def on_unsent(self, request: httpx.Request) -> None:
        self.spent -= 1

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        if isinstance(error, UNSENT_ERRORS):
            self.spent -= 1


def failing(error: type[httpx.TransportError]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("no connection")

    return httpx.MockTransport(handler)


def test_a_direct_requests_transport_error_is_httpxs_own_and_not_retried() -> None:
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("no connection")

    base = ClientBase("token", transport=httpx.MockTransport(refuse), clock=FakeClock())
    with base, pytest.raises(httpx.ConnectError):
        base.http_client_for(API).get("/x")
    assert len(attempts) == 1


class SeesTheCall(Policy):
    """Notes whether each attempt belongs to a client method's call (brands' in-body policies read a
    success body only then, so that a stream opened through ``http_client_for`` stays unread)."""

    def __init__(self) -> None:
        self.in_a_call: list[bool] = []

    def on_request(self, request: httpx.Request) -> float:
        self.in_a_call.append(current_exchange.get() is not None)
        return 0.0


def test_a_direct_request_is_not_a_methods_call() -> None:
    seen, transport = SeesTheCall(), httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with ClientBase("token", policies=[seen], transport=transport) as base:
        http = base.http_client_for(API)
        http.get("/x")
        call(lambda: Detailed(http.get("/x")))
    assert seen.in_a_call == [False, True]


def test_a_methods_call_gives_back_once_per_attempt() -> None:
    ledger = Ledger()
    with ClientBase("token", policies=[ledger], transport=failing(httpx.ConnectError), clock=FakeClock()) as base:
        http = base.http_client_for(API)
        with pytest.raises(TransportError):
            call(lambda: Detailed(http.get("/x")))
    assert ledger.spent == 0


async def test_an_async_methods_call_gives_back_once_per_attempt() -> None:
    ledger = Ledger()
    async with AsyncClientBase(
        "token", policies=[ledger], transport=failing(httpx.ConnectError), clock=FakeClock()
    ) as base:
        http = base.http_client_for(API)
        with pytest.raises(TransportError):
            await acall(lambda: adetailed(http.get("/x")))
    assert ledger.spent == 0
