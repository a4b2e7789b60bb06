"""A vehicle's own limit reported inside a ``/batch`` item (the batch itself answered 200) is remembered
as if it had been the answer: the vehicle's later calls are refused locally, unsent, exactly as after a
plain ``RATE_LIMIT:VEHICLE`` 429 or ``BILLING:VEHICLE_REQUEST_LIMIT``."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import FakeClock, QuotaExceededError, RateLimitError
from carconnect.sim.vendor_fixtures import fixtures_dir
from carconnect.smartcar import SmartcarClient

from .conftest import API, VEHICLE, make_async_client

OTHER = "vehicle-2"
BATCH = f"{API}/vehicles/{VEHICLE}/batch"
OTHER_BATCH = f"{API}/vehicles/{OTHER}/batch"
CAPACITY = f"{API}/vehicles/{VEHICLE}/battery/capacity"
ODOMETER_ITEM = {"path": "/odometer", "code": 200, "body": {"distance": 10}}


def throttled() -> dict[str, Any]:
    """Smartcar's captured batch answer: one item ``RATE_LIMIT:VEHICLE`` with ``Retry-After: 999``."""
    path = fixtures_dir(__file__, "smartcar") / "v2-batch-rate-limit-429.json"
    found: dict[str, Any] = json.loads(path.read_text())
    return found


def item(status: int, kind: str, code: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    body = {"type": kind, "code": code, "description": f"{kind}:{code}", "statusCode": status, "resolution": None}
    return {"path": "/battery/capacity", "code": status, "body": body, "headers": headers or {}}


def test_a_vehicle_rate_limit_in_a_batch_item_refuses_the_vehicles_calls_until_its_retry_after(
    router: respx.Router, client: SmartcarClient, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="carconnect.smartcar")
    batch = router.post(BATCH).respond(200, json=throttled())
    capacity = router.get(CAPACITY).respond(200, json={"capacity": 80})
    other = router.post(OTHER_BATCH).respond(200, json={"responses": [ODOMETER_ITEM]})
    answered = client.batch(VEHICLE, ["/battery/capacity"]).errors["/battery/capacity"]
    assert isinstance(answered, RateLimitError)
    assert answered.retry_after == 999
    clock.advance(10)
    for call in (lambda: client.battery_capacity(VEHICLE), lambda: client.batch(VEHICLE, ["/battery/capacity"])):
        with pytest.raises(RateLimitError) as refused:
            call()
        assert (refused.value.code, refused.value.details["local"]) == ("VEHICLE", True)
        assert refused.value.retry_after == pytest.approx(989.0)
    assert (batch.call_count, capacity.call_count) == (1, 0)
    assert client.batch(OTHER, ["/odometer"]).errors == {}  # another vehicle is unaffected
    assert other.call_count == 1
    clock.advance(989)
    assert client.battery_capacity(VEHICLE).data.capacity == 80
    assert [record.getMessage() for record in caplog.records] == [
        f"POST /v2.0/vehicles/{VEHICLE}/batch: Smartcar answered RATE_LIMIT:VEHICLE; "
        "this vehicle's calls are refused locally for 999 s"
    ]


async def test_the_async_client_remembers_a_limit_from_a_batch_item(router: respx.Router, clock: FakeClock) -> None:
    batch = router.post(BATCH).respond(200, json=throttled())
    async with make_async_client(router, clock) as client:
        await client.batch(VEHICLE, ["/battery/capacity"])
        for _ in range(3):
            with pytest.raises(RateLimitError) as refused:
                await client.batch(VEHICLE, ["/battery/capacity"])
    assert batch.call_count == 1
    assert refused.value.details["local"] is True


def test_the_monthly_request_limit_in_a_batch_item_cools_off_then_a_batch_probes(
    router: respx.Router, client: SmartcarClient, clock: FakeClock
) -> None:
    spent = {"responses": [ODOMETER_ITEM, item(430, "BILLING", "VEHICLE_REQUEST_LIMIT")]}
    batch = router.post(BATCH).mock(
        side_effect=[httpx.Response(200, json=spent), httpx.Response(200, json={"responses": [ODOMETER_ITEM]})]
    )
    result = client.batch(VEHICLE, ["/odometer", "/battery/capacity"])
    assert result.reading("/odometer").data.distance == 10  # the item that was served is kept
    clock.advance(3599)
    with pytest.raises(QuotaExceededError) as refused:
        client.batch(VEHICLE, ["/odometer"])
    assert (refused.value.code, refused.value.details["local"]) == ("VEHICLE_REQUEST_LIMIT", True)
    assert batch.call_count == 1
    clock.advance(1)
    client.batch(VEHICLE, ["/odometer"])  # the probe: every item served, the block is lifted
    router.get(f"{API}/vehicles/{VEHICLE}/odometer").respond(200, json={"distance": 11})
    assert client.odometer(VEHICLE).data.distance == 11
    assert batch.call_count == 2


@pytest.mark.parametrize(
    "failed",
    [
        item(429, "RATE_LIMIT", "VEHICLE"),  # no Retry-After: nothing to obey
        item(429, "RATE_LIMIT", "SMARTCAR_API", {"Retry-After": "60"}),  # the application's limit, not the car's
        item(409, "VEHICLE_STATE", "ASLEEP"),
    ],
)
def test_other_failed_batch_items_block_nothing(
    router: respx.Router, client: SmartcarClient, failed: dict[str, Any]
) -> None:
    batch = router.post(BATCH).respond(200, json={"responses": [ODOMETER_ITEM, failed]})
    for _ in range(2):
        assert "/battery/capacity" in client.batch(VEHICLE, ["/odometer", "/battery/capacity"]).errors
    assert batch.call_count == 2


def test_item_headers_are_read_whatever_their_case_and_values(
    router: respx.Router, client: SmartcarClient, clock: FakeClock
) -> None:
    headers = {"RETRY-AFTER": "60", "X-Note": "\x80 not a header value", "Empty": None}
    throttle = item(429, "RATE_LIMIT", "VEHICLE", headers)
    batch = router.post(BATCH).respond(200, json={"responses": [throttle]})
    client.batch(VEHICLE, ["/battery/capacity"])
    with pytest.raises(RateLimitError) as refused:
        client.batch(VEHICLE, ["/battery/capacity"])
    assert refused.value.details["local"] is True
    assert refused.value.retry_after == pytest.approx(60.0)
    assert batch.call_count == 1
