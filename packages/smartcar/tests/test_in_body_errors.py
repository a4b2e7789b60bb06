"""A v3 answer of 200 or 202 whose body is an ``errors`` document raises Smartcar's typed error."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    BadRequestError,
    FakeClock,
    RetryPolicy,
    VehicleStateError,
    VehicleUnavailableError,
)
from carconnect.smartcar import SmartcarClient
from carconnect.smartcar.inbody import in_body_status

from .conftest import V3, VEHICLE, make_async_client, make_client

SIGNAL = f"{V3}/vehicles/{VEHICLE}/signals/odometer-traveleddistance"
LOCK = f"{V3}/vehicles/{VEHICLE}/commands/security/lock"
SIGNAL_BODY = {
    "id": "odometer-traveleddistance",
    "type": "signal",
    "attributes": {"code": "odometer-traveleddistance", "body": {"value": 10, "unit": "km"}},
}


def errors(status: str | None, kind: str, code: str, resolution: str | None = None) -> dict[str, Any]:
    error = {"type": kind, "code": code, "detail": f"{kind}:{code} detail", "resolution": {"type": resolution}}
    if status is not None:
        error["status"] = status
    return {"errors": [error]}


UPSTREAM = errors("502", "UPSTREAM", "NO_RESPONSE", "RETRY_LATER")


@pytest.mark.parametrize("answered", [200, 202])
def test_a_read_whose_success_body_holds_errors_raises_the_mapped_error(
    router: respx.Router, clock: FakeClock, answered: int
) -> None:
    route = router.get(SIGNAL).respond(answered, json=UPSTREAM, headers={"sc-request-id": "rid-1"})
    with (
        make_client(router, clock, retry=RetryPolicy.disabled()) as client,
        pytest.raises(VehicleUnavailableError) as raised,
    ):
        client.v3.signal(VEHICLE, "odometer-traveleddistance")
    error = raised.value
    assert (error.status_code, error.code, error.request_id, error.message) == (
        502,
        "NO_RESPONSE",
        "rid-1",
        "UPSTREAM:NO_RESPONSE detail",
    )
    assert error.may_have_run is False
    assert route.call_count == 1


def test_a_read_whose_body_says_retry_later_is_retried_like_a_502(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(SIGNAL).mock(
        side_effect=[httpx.Response(200, json=UPSTREAM), httpx.Response(200, json=SIGNAL_BODY)]
    )
    with make_client(router, clock) as client:
        assert client.v3.signal(VEHICLE, "odometer-traveleddistance").id == "odometer-traveleddistance"
    assert route.call_count == 2


@pytest.mark.parametrize("answered", [200, 202])
async def test_an_async_command_answered_with_an_upstream_error_may_have_run(
    router: respx.Router, clock: FakeClock, answered: int
) -> None:
    route = router.post(LOCK).respond(answered, json=UPSTREAM)
    async with make_async_client(router, clock) as client:
        with pytest.raises(VehicleUnavailableError) as raised:
            await client.v3.lock(VEHICLE)
    assert (raised.value.status_code, raised.value.code, raised.value.may_have_run) == (502, "NO_RESPONSE", True)
    assert route.call_count == 1  # a command is sent once


@pytest.mark.parametrize(
    ("body", "raised", "may_have_run"),
    [
        (UPSTREAM, VehicleUnavailableError, True),
        (errors("409", "VEHICLE_STATE", "ASLEEP"), VehicleStateError, False),
        (errors("400", "VALIDATION", "INVALID_INPUT_FORMAT"), BadRequestError, False),
    ],
    ids=["upstream", "vehicle-state", "refused"],
)
def test_a_command_answered_202_may_have_run_unless_its_error_refuses_it(
    router: respx.Router, clock: FakeClock, body: dict[str, Any], raised: type[ApiError], may_have_run: bool
) -> None:
    route = router.post(LOCK).respond(202, json=body)
    with make_client(router, clock) as client, pytest.raises(raised) as caught:
        client.v3.lock(VEHICLE)
    assert type(caught.value) is raised
    assert caught.value.may_have_run is may_have_run
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (UPSTREAM, 502),
        (errors(None, "VEHICLE_STATE", "ASLEEP"), 409),
        (errors("not a status", "UPSTREAM", "NO_RESPONSE"), 502),
        (errors("200", "SERVER", "INTERNAL"), 500),
        (errors(None, "SOMETHING_NEW", "X"), 500),
        ({"errors": []}, None),
        ({"errors": ["text"]}, None),
        (SIGNAL_BODY, None),
        ([UPSTREAM], None),
    ],
)
def test_the_status_of_an_in_body_error(body: object, status: int | None) -> None:
    assert in_body_status(body) == status


def test_a_stream_outside_the_clients_calls_stays_unread(clock: FakeClock) -> None:
    def streamed(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(json.dumps(UPSTREAM).encode()))

    transport = httpx.MockTransport(streamed)
    with (
        SmartcarClient("token", transport=transport, clock=clock) as client,
        client.http_client_for(V3).stream("GET", SIGNAL) as response,
    ):
        assert response.status_code == 200
        assert not response.is_stream_consumed
        assert json.loads(response.read()) == UPSTREAM
