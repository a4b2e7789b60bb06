"""Shared fixtures: respx routers behind ``httpx.MockTransport``, fake clocks, and clients on them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from carconnect.core import FakeClock, RetryPolicy
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient, UnitSystemLike
from carconnect.smartcar.hosts import Flags

API = "https://api.smartcar.com/v2.0"
V3 = "https://vehicle.api.smartcar.com/v3"
MANAGEMENT = "https://management.smartcar.com/v2.0"
TOKEN = "user-access-token"
APP_TOKEN = "app-access-token"
AMT = "management-token"
CLIENT_ID = "client-id"
CLIENT_SECRET = "client-secret"
USER_ID = "user-1"
VEHICLE = "vehicle-1"

NO_RETRY_JITTER = RetryPolicy(rng=lambda: 0.0)
"""Core's retry policy with deterministic delays (no jitter)."""


@pytest.fixture
def router() -> respx.Router:
    return respx.Router(assert_all_called=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_client(
    router: respx.Router,
    clock: FakeClock,
    *,
    unit_system: UnitSystemLike = "metric",
    flags: Flags | None = None,
    retry: RetryPolicy = NO_RETRY_JITTER,
) -> SmartcarClient:
    return SmartcarClient(
        TOKEN,
        app_token=APP_TOKEN,
        user_id=USER_ID,
        management_token=AMT,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        unit_system=unit_system,
        flags=flags,
        retry=retry,
        transport=httpx.MockTransport(router.handler),
        clock=clock,
    )


def make_async_client(
    router: respx.Router,
    clock: FakeClock,
    *,
    unit_system: UnitSystemLike = "metric",
    flags: Flags | None = None,
    retry: RetryPolicy = NO_RETRY_JITTER,
) -> AsyncSmartcarClient:
    return AsyncSmartcarClient(
        TOKEN,
        app_token=APP_TOKEN,
        user_id=USER_ID,
        management_token=AMT,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        unit_system=unit_system,
        flags=flags,
        retry=retry,
        transport=httpx.MockTransport(router.handler),
        clock=clock,
    )


@pytest.fixture
def client(router: respx.Router, clock: FakeClock) -> Iterator[SmartcarClient]:
    with make_client(router, clock) as smartcar:
        yield smartcar


@pytest.fixture
async def aclient(router: respx.Router, clock: FakeClock) -> AsyncIterator[AsyncSmartcarClient]:
    async with make_async_client(router, clock) as smartcar:
        yield smartcar
