"""``for_user`` views: the user's token replaces only the user's own credential, never an application's."""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx
import respx

from carconnect.core import FakeClock
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient

from .conftest import AMT, API, APP_TOKEN, CLIENT_ID, CLIENT_SECRET, V3, VEHICLE, make_client

WEBHOOK = f"{API}/vehicles/{VEHICLE}/webhooks/hook-1"
COMPATIBILITY = f"{API}/compatibility"
VEHICLE_V3 = f"{V3}/vehicles/{VEHICLE}"


def _signed(router: respx.Router) -> list[str | None]:
    """Routes answering the calls below; returns the Authorization header of each call, in order."""
    seen: list[str | None] = []

    def answer(json: object) -> Callable[[httpx.Request], httpx.Response]:
        def respond(request: httpx.Request) -> httpx.Response:
            seen.append(request.headers.get("Authorization"))
            return httpx.Response(200, json=json)

        return respond

    router.get(COMPATIBILITY).mock(side_effect=answer({"compatible": True, "capabilities": []}))
    router.delete(WEBHOOK).mock(side_effect=answer({"status": "success"}))
    router.get(VEHICLE_V3).mock(side_effect=answer({"id": VEHICLE, "attributes": {"make": "TESLA", "year": 2020}}))
    return seen


def test_application_credentials_stay_the_applications_in_a_view(router: respx.Router, clock: FakeClock) -> None:
    seen = _signed(router)
    alice = make_client(router, clock).for_user("alice-token", key="alice")
    alice.compatibility("5YJSA1E29LF000000", ["read_vin"])
    alice.unsubscribe(VEHICLE, "hook-1")
    alice.v3.vehicle(VEHICLE)
    client_basic = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert seen == [client_basic, f"Bearer {AMT}", f"Bearer {APP_TOKEN}"]


def test_without_an_application_token_v3_calls_of_a_view_use_the_users_token(
    router: respx.Router, clock: FakeClock
) -> None:
    seen = _signed(router)
    client = SmartcarClient("owner-token", transport=httpx.MockTransport(router.handler), clock=clock)
    client.for_user("alice-token", key="alice").v3.vehicle(VEHICLE)
    client.v3.vehicle(VEHICLE)
    assert seen == ["Bearer alice-token", "Bearer owner-token"]


async def test_async_views_keep_application_credentials(router: respx.Router, clock: FakeClock) -> None:
    seen = _signed(router)
    client = AsyncSmartcarClient(
        "owner-token", management_token="management-token", transport=httpx.MockTransport(router.handler), clock=clock
    )
    alice = client.for_user("alice-token", key="alice")
    await alice.unsubscribe(VEHICLE, "hook-1")
    await alice.v3.vehicle(VEHICLE)
    assert seen == ["Bearer management-token", "Bearer alice-token"]
