"""Shared fixtures: a fake clock, a respx router standing in for api.volvocars.com, and clients on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from carconnect.core import FakeClock, RetryPolicy
from carconnect.volvo import API_URL, AsyncVolvoClient, VolvoClient

API_KEY = "test-vcc-api-key"
ACCESS_TOKEN = "test-access-token"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> respx.Router:
    return respx.Router(base_url=API_URL, assert_all_called=False)


def no_jitter() -> RetryPolicy:
    return RetryPolicy(rng=lambda: 0.0)


@pytest.fixture
def client(router: respx.Router, clock: FakeClock) -> Iterator[VolvoClient]:
    transport = httpx.MockTransport(router.handler)
    with VolvoClient(ACCESS_TOKEN, api_key=API_KEY, transport=transport, retry=no_jitter(), clock=clock) as volvo:
        yield volvo


@pytest.fixture
async def aclient(router: respx.Router, clock: FakeClock) -> AsyncIterator[AsyncVolvoClient]:
    transport = httpx.MockTransport(router.handler)
    async with AsyncVolvoClient(
        ACCESS_TOKEN, api_key=API_KEY, transport=transport, retry=no_jitter(), clock=clock
    ) as volvo:
        yield volvo
