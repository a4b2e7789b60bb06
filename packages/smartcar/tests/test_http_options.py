"""Core's client options through the Smartcar clients: event hooks, your own httpx client, streaming."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import respx

from carconnect.core import FakeClock
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient

from .conftest import API, TOKEN, VEHICLE, make_async_client, make_client

CAR = f"{API}/vehicles/{VEHICLE}"
RETRY_LATER = {"type": "UPSTREAM", "code": "NO_RESPONSE", "resolution": {"type": "RETRY_LATER"}}


def test_event_hooks_fire_for_every_attempt(router: respx.Router, clock: FakeClock) -> None:
    router.get(f"{CAR}/odometer").mock(
        side_effect=[httpx.Response(502, json=RETRY_LATER), httpx.Response(200, json={"distance": 3})]
    )
    seen: list[str] = []
    hooks = {
        "request": [lambda request: seen.append(f"{request.method} {request.url.path}")],
        "response": [lambda response: seen.append(str(response.status_code))],
    }
    with SmartcarClient(TOKEN, transport=httpx.MockTransport(router.handler), clock=clock, event_hooks=hooks) as client:
        assert client.odometer(VEHICLE).data.distance == 3
    path = f"/v2.0/vehicles/{VEHICLE}/odometer"
    assert seen == [f"GET {path}", "502", f"GET {path}", "200"]


async def test_async_event_hooks_fire(router: respx.Router, clock: FakeClock) -> None:
    router.get(f"{CAR}/odometer").respond(json={"distance": 3})
    statuses: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    transport = httpx.MockTransport(router.handler)
    async with AsyncSmartcarClient(
        TOKEN, transport=transport, clock=clock, event_hooks={"response": [on_response]}
    ) as client:
        await client.odometer(VEHICLE)
    assert statuses == [200]


def test_your_own_http_client_sends_and_stays_open(router: respx.Router) -> None:
    route = router.get(f"{CAR}/odometer").respond(json={"distance": 3})
    own = httpx.Client(transport=httpx.MockTransport(router.handler), headers={"X-App": "mine"}, timeout=5.0)
    with SmartcarClient(TOKEN, http_client=own) as client:
        assert client.odometer(VEHICLE).data.distance == 3
    sent = route.calls.last.request
    assert (sent.headers["X-App"], sent.headers["Authorization"]) == ("mine", f"Bearer {TOKEN}")
    assert sent.extensions["timeout"]["read"] == 5.0  # its own timeout, not Smartcar's 310 s default
    assert not own.is_closed
    own.close()


async def test_your_own_async_http_client_sends_and_stays_open(router: respx.Router) -> None:
    route = router.get(f"{CAR}/odometer").respond(json={"distance": 3})
    own = httpx.AsyncClient(transport=httpx.MockTransport(router.handler), headers={"X-App": "mine"}, timeout=5.0)
    async with AsyncSmartcarClient(TOKEN, http_client=own) as client:
        assert (await client.odometer(VEHICLE)).data.distance == 3
    assert route.calls.last.request.headers["X-App"] == "mine"
    assert route.calls.last.request.extensions["timeout"]["read"] == 5.0
    assert not own.is_closed
    await own.aclose()


def test_http_client_for_streams_through_smartcar_s_rules(router: respx.Router, clock: FakeClock) -> None:
    body = b"x" * 100_000
    route = router.get(f"{CAR}/tesla/compass").mock(
        side_effect=[httpx.Response(502, json=RETRY_LATER), httpx.Response(200, content=iter([body[:9], body[9:]]))]
    )
    with make_client(router, clock) as client:
        http = client.http_client_for(API)
        with http.stream("GET", f"/vehicles/{VEHICLE}/tesla/compass") as response:
            assert not response.is_stream_consumed
            assert b"".join(response.iter_bytes(chunk_size=4096)) == body
    assert route.call_count == 2, "the read was retried by Smartcar's policy"
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {TOKEN}"


async def test_async_http_client_for_streams(router: respx.Router, clock: FakeClock) -> None:
    body = b"y" * 100_000

    async def chunks() -> AsyncIterator[bytes]:
        yield body[:9]
        yield body[9:]

    router.get(f"{CAR}/tesla/compass").mock(return_value=httpx.Response(200, content=chunks()))
    async with make_async_client(router, clock) as client:
        http = client.http_client_for(API)
        async with http.stream("GET", f"/vehicles/{VEHICLE}/tesla/compass") as response:
            assert not response.is_stream_consumed
            assert b"".join([chunk async for chunk in response.aiter_bytes(chunk_size=4096)]) == body
