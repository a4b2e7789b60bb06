"""Shared fixtures: respx routers for CarData and GCDM, and clients built on them.

``client`` is parametrised over :class:`BmwClient` and :class:`AsyncBmwClient`; ``run`` calls one of
its methods by name and returns the plain result (awaited, iterators collected), so one test covers
both clients. Test modules cannot import this file (importlib mode), hence fixtures only.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
import respx

from carconnect.bmw import API_URL, GCDM_URL, AsyncBmwClient, BmwAuth, BmwClient, QuotaBudget
from carconnect.core import FakeClock, RetryPolicy

CLIENT_ID = "6c0f5a5e-3b8f-4d0e-9a41-2f7b8c9d1e05"
ACCESS_TOKEN = "access-token-1"

ClientFactory = Callable[..., BmwClient | AsyncBmwClient]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> respx.MockRouter:
    """The CarData API, mocked."""
    return respx.MockRouter(base_url=API_URL, assert_all_called=False)


@pytest.fixture
def gcdm() -> respx.MockRouter:
    """BMW's login server, mocked."""
    return respx.MockRouter(base_url=GCDM_URL, assert_all_called=False)


@pytest.fixture
def auth(gcdm: respx.MockRouter, clock: FakeClock) -> BmwAuth:
    transport = httpx.MockTransport(gcdm.handler)
    return BmwAuth(CLIENT_ID, transport=transport, async_transport=transport, clock=clock)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_client(kind: str, router: respx.MockRouter, clock: FakeClock) -> AsyncIterator[ClientFactory]:
    """Builds clients of this test's kind on the mocked API (no jitter, instant sleeps); closes them after."""
    made: list[BmwClient | AsyncBmwClient] = []

    def factory(credentials: Any = ACCESS_TOKEN, **options: Any) -> BmwClient | AsyncBmwClient:
        options.setdefault("quota", QuotaBudget(clock=clock))
        options.setdefault("retry", RetryPolicy(jitter=0.0))
        options.setdefault("transport", httpx.MockTransport(router.handler))
        cls = BmwClient if kind == "sync" else AsyncBmwClient
        made.append(cls(credentials, clock=clock, **options))
        return made[-1]

    yield factory
    for client in made:
        if isinstance(client, AsyncBmwClient):
            await client.aclose()
        else:
            client.close()


@pytest.fixture
def client(make_client: ClientFactory) -> BmwClient | AsyncBmwClient:
    return make_client()


async def _plain(result: Any) -> Any:
    if inspect.isawaitable(result):
        return await result
    if isinstance(result, AsyncIterator):
        return [item async for item in result]
    if isinstance(result, Iterator):
        return list(result)
    return result


@pytest.fixture
def run(client: BmwClient | AsyncBmwClient) -> Callable[..., Awaitable[Any]]:
    """``await run("basic_data", vin)``: the method's result, whichever kind of client this test has."""

    async def call(method: str, /, *args: Any, **kwargs: Any) -> Any:
        return await _plain(getattr(client, method)(*args, **kwargs))

    return call


@pytest.fixture
def run_on() -> Callable[..., Awaitable[Any]]:
    """``await run_on(client, "basic_data", vin)`` for a client a test built itself."""

    async def call(target: BmwClient | AsyncBmwClient, method: str, /, *args: Any, **kwargs: Any) -> Any:
        return await _plain(getattr(target, method)(*args, **kwargs))

    return call
