"""Retries follow Smartcar's ``resolution`` (the ResolutionPolicy) and never repeat a command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    BadRequestError,
    FakeClock,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    VehicleStateError,
    VehicleUnavailableError,
)
from carconnect.smartcar import AsyncSmartcarClient, ResolutionPolicy, SmartcarClient

from .conftest import API, TOKEN, V3, VEHICLE, make_client

CAR = f"{API}/vehicles/{VEHICLE}"


def error(status: int, kind: str, code: str | None, resolution: str | None, **headers: str) -> httpx.Response:
    body = {"type": kind, "code": code, "description": kind, "statusCode": status, "resolution": {"type": resolution}}
    return httpx.Response(status, json=body, headers=headers)


def v3_error(status: int, kind: str, code: str, resolution: str, **headers: str) -> httpx.Response:
    body = {"errors": [{"status": str(status), "type": kind, "code": code, "resolution": {"type": resolution}}]}
    return httpx.Response(status, json=body, headers=headers)


ODOMETER = httpx.Response(200, json={"distance": 10})


@pytest.mark.parametrize(
    ("first", "sleeps"),
    [
        (error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER", **{"Retry-After": "5"}), [5.0]),
        (error(502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER"), [0.5]),
        (error(500, "SERVER", "INTERNAL", "RETRY_LATER"), [0.5]),
        (httpx.Response(504, text="<html><title>Gateway Timeout</title></html>"), [0.5]),
    ],
    ids=["app-rate-limit-retry-after", "upstream", "internal", "gateway-page"],
)
def test_reads_are_retried_when_smartcar_says_retry_later(
    first: httpx.Response, sleeps: list[float], router: respx.Router, client: SmartcarClient, clock: FakeClock
) -> None:
    route = router.get(f"{CAR}/odometer").mock(side_effect=[first, ODOMETER])
    assert client.odometer(VEHICLE).data.distance == 10
    assert route.call_count == 2
    assert clock.sleeps == sleeps


@pytest.mark.parametrize(
    ("answer", "raised"),
    [
        (error(409, "VEHICLE_STATE", "ASLEEP", None), VehicleStateError),
        (error(429, "RATE_LIMIT", "VEHICLE", "RETRY_LATER", **{"Retry-After": "5"}), RateLimitError),
        (error(430, "BILLING", "VEHICLE_REQUEST_LIMIT", None), QuotaExceededError),
        (error(430, "BILLING", "INVALID_PLAN", "RETRY_LATER"), PermissionDeniedError),
        (error(500, "SERVER", "RECORD_NOT_FOUND", "CONTACT_SUPPORT"), ServerError),
        (error(502, "UPSTREAM", "KNOWN_ISSUE", "CONTACT_SUPPORT"), VehicleUnavailableError),
        (error(429, "RATE_LIMIT", "VEHICLE", "RETRY_LATER", **{"Retry-After": "600"}), RateLimitError),
        (error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER"), RateLimitError),
        (error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER", **{"Retry-After": "0"}), RateLimitError),
        (v3_error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER"), RateLimitError),
        (error(502, "UPSTREAM", "RATE_LIMIT", "RETRY_LATER"), VehicleUnavailableError),
        (v3_error(502, "UPSTREAM", "RATE_LIMIT", "RETRY_LATER", **{"Retry-After": "5"}), VehicleUnavailableError),
        (error(400, "VALIDATION", "PARAMETER", "RETRY_LATER"), BadRequestError),
        (error(403, "PERMISSION", None, "RETRY_LATER"), PermissionDeniedError),
        (error(409, "VEHICLE_STATE", "UNREACHABLE", "RETRY_LATER"), VehicleStateError),
    ],
    ids=[
        "vehicle-state",
        "vehicle-rate-limit",
        "billing-quota",
        "billing-plan",
        "contact-support",
        "upstream-contact-support",
        "retry-after-too-long",
        "app-rate-limit-without-retry-after",
        "app-rate-limit-retry-after-0",
        "v3-app-rate-limit-without-retry-after",
        "automaker-rate-limit",
        "v3-automaker-rate-limit",
        "validation-saying-retry-later",
        "permission-saying-retry-later",
        "vehicle-state-saying-retry-later",
    ],
)
def test_reads_are_not_retried_otherwise(
    answer: httpx.Response, raised: type[Exception], router: respx.Router, client: SmartcarClient, clock: FakeClock
) -> None:
    route = router.get(f"{CAR}/odometer").mock(return_value=answer)
    with pytest.raises(raised):
        client.odometer(VEHICLE)
    assert route.call_count == 1
    assert clock.sleeps == []


COMMANDS: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("POST", f"{CAR}/security", lambda c: c.lock(VEHICLE)),
    ("POST", f"{CAR}/charge/limit", lambda c: c.set_charge_limit(VEHICLE, 0.9)),
    ("POST", f"{CAR}/tesla/climate/cabin", lambda c: c.request(VEHICLE, "POST", "tesla/climate/cabin", body={})),
    ("POST", f"{V3}/vehicles/{VEHICLE}/commands/security/unlock", lambda c: c.v3.unlock(VEHICLE)),
    ("DELETE", f"{V3}/vehicles/{VEHICLE}/charge-schedules/s-1", lambda c: c.v3.delete_charge_schedule(VEHICLE, "s-1")),
    ("DELETE", f"{CAR}/application", lambda c: c.disconnect(VEHICLE)),
]
REFUSALS = [
    error(429, "RATE_LIMIT", "VEHICLE", "RETRY_LATER", **{"Retry-After": "1"}),
    httpx.Response(503, headers={"Retry-After": "1"}),
    error(502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER"),
    v3_error(500, "SERVER", "INTERNAL", "RETRY_LATER"),
]


@pytest.mark.parametrize(("method", "url", "invoke"), COMMANDS, ids=[url.rsplit("/", 2)[-1] for _, url, _ in COMMANDS])
@pytest.mark.parametrize("answer", REFUSALS, ids=["429", "503", "502", "500"])
def test_commands_are_never_re_sent(
    method: str,
    url: str,
    invoke: Callable[[Any], Any],
    answer: httpx.Response,
    router: respx.Router,
    client: SmartcarClient,
) -> None:
    route = router.route(method=method, url=url).mock(return_value=answer)
    with pytest.raises((RateLimitError, ServerError, VehicleUnavailableError)):
        invoke(client)
    assert route.call_count == 1


async def test_async_commands_are_never_re_sent(router: respx.Router, aclient: AsyncSmartcarClient) -> None:
    route = router.post(f"{CAR}/security").mock(return_value=REFUSALS[0])
    with pytest.raises(RateLimitError):
        await aclient.unlock(VEHICLE)
    assert route.call_count == 1


def test_a_command_timeout_is_not_retried(router: respx.Router, client: SmartcarClient) -> None:
    route = router.post(f"{CAR}/security").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(RequestTimeoutError):
        client.lock(VEHICLE)
    assert route.call_count == 1


def test_a_command_whose_connection_never_opened_is_sent_again(router: respx.Router, client: SmartcarClient) -> None:
    ok = httpx.Response(200, json={"status": "success"})
    route = router.post(f"{CAR}/security").mock(side_effect=[httpx.ConnectError("refused"), ok])
    client.lock(VEHICLE)
    assert route.call_count == 2


async def test_batch_is_a_read_and_may_be_retried(
    router: respx.Router, aclient: AsyncSmartcarClient, clock: FakeClock
) -> None:
    answer = httpx.Response(200, json={"responses": []})
    route = router.post(f"{CAR}/batch").mock(side_effect=[error(502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER"), answer])
    assert len(await aclient.batch(VEHICLE, ["/odometer"])) == 0
    assert route.call_count == 2


def test_a_vehicle_rate_limit_hands_retry_after_to_the_caller(
    router: respx.Router, client: SmartcarClient, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    answer = error(429, "RATE_LIMIT", "VEHICLE", "RETRY_LATER", **{"Retry-After": "5"})
    route = router.get(f"{CAR}/odometer").mock(return_value=answer)
    with caplog.at_level("INFO", logger="carconnect.smartcar"), pytest.raises(RateLimitError) as caught:
        client.odometer(VEHICLE)
    assert (caught.value.retry_after, caught.value.code, route.call_count, clock.sleeps) == (5, "VEHICLE", 1, [])
    logged = [record.getMessage() for record in caplog.records if record.name == "carconnect.smartcar"]
    assert logged == [
        f"GET /v2.0/vehicles/{VEHICLE}/odometer: Smartcar answered RATE_LIMIT:VEHICLE; "
        "this vehicle's calls are refused locally for 5 s",
        f"GET /v2.0/vehicles/{VEHICLE}/odometer: RATE_LIMIT:VEHICLE is not retried automatically (Retry-After: 5)",
    ]
    assert TOKEN not in caplog.text


LENIENT = RetryPolicy(max_retries=5, retry_statuses=frozenset({409, 429, 430, 500, 502, 503, 504}), rng=lambda: 0.0)
"""A caller's policy that would retry almost anything: Smartcar's rules must still hold."""


@pytest.mark.parametrize(
    ("method", "url", "answer"),
    [
        ("GET", f"{CAR}/odometer", error(409, "VEHICLE_STATE", "ASLEEP", None)),
        ("GET", f"{CAR}/odometer", error(429, "RATE_LIMIT", "VEHICLE", "RETRY_LATER", **{"Retry-After": "1"})),
        ("GET", f"{CAR}/odometer", error(430, "BILLING", "VEHICLE_LIMIT", None)),
        ("GET", f"{CAR}/odometer", error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER")),
        ("GET", f"{CAR}/odometer", error(502, "UPSTREAM", "RATE_LIMIT", "RETRY_LATER")),
        ("POST", f"{CAR}/security", error(502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER")),
        ("POST", f"{CAR}/security", httpx.Response(503, headers={"Retry-After": "1"})),
    ],
    ids=[
        "vehicle-state",
        "vehicle-rate-limit",
        "billing",
        "app-rate-limit",
        "automaker-rate-limit",
        "command-upstream",
        "command-503",
    ],
)
def test_a_callers_retry_policy_keeps_smartcar_rules(
    method: str, url: str, answer: httpx.Response, router: respx.Router, clock: FakeClock
) -> None:
    route = router.route(method=method, url=url).mock(return_value=answer)
    with make_client(router, clock, retry=LENIENT) as client, pytest.raises(ApiError):
        client.odometer(VEHICLE) if method == "GET" else client.lock(VEHICLE)
    assert (route.call_count, clock.sleeps) == (1, [])


def test_a_callers_retry_policy_sets_the_timing(router: respx.Router, clock: FakeClock) -> None:
    route = router.get(f"{CAR}/odometer").mock(return_value=error(502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER"))
    timed = RetryPolicy(max_retries=2, rng=lambda: 0.0)
    with make_client(router, clock, retry=timed) as client, pytest.raises(VehicleUnavailableError):
        client.odometer(VEHICLE)
    assert (route.call_count, clock.sleeps) == (3, [0.5, 1.0])
    with make_client(router, clock, retry=RetryPolicy.disabled()) as client, pytest.raises(VehicleUnavailableError):
        client.odometer(VEHICLE)
    assert route.call_count == 4, "a disabled policy is never overruled by RETRY_LATER"


APP_LIMIT_STATING_A_WAIT = error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER", **{"Retry-After": "30"})


def request(method: str, url: str) -> httpx.Request:
    return httpx.Request(method, url)


@pytest.mark.parametrize(
    ("method", "url", "outcome", "verdict"),
    [
        ("GET", f"{CAR}/odometer", error(500, "SERVER", "INTERNAL", "RETRY_LATER"), True),
        ("GET", f"{CAR}/odometer", v3_error(502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER"), True),
        ("GET", f"{CAR}/odometer", error(429, "RATE_LIMIT", "vehicle", "RETRY_LATER"), False),
        ("GET", f"{CAR}/odometer", error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER"), False),
        ("GET", f"{CAR}/odometer", APP_LIMIT_STATING_A_WAIT, True),
        ("POST", f"{CAR}/batch", error(429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER"), False),
        ("GET", f"{CAR}/odometer", error(502, "UPSTREAM", "RATE_LIMIT", "RETRY_LATER"), False),
        ("GET", f"{CAR}/odometer", error(430, "BILLING", "VEHICLE_REQUEST_LIMIT", "RETRY_LATER"), False),
        ("GET", f"{CAR}/odometer", error(502, "UPSTREAM", "KNOWN_ISSUE", "CONTACT_SUPPORT"), False),
        ("GET", f"{CAR}/odometer", error(409, "VEHICLE_STATE", "ASLEEP", None), False),
        ("GET", f"{CAR}/odometer", httpx.Response(502, text="<html>Bad Gateway</html>"), None),
        ("POST", f"{CAR}/batch", httpx.Response(504), True),
        ("POST", f"{CAR}/batch", httpx.Response(500), None),
        ("POST", f"{CAR}/security", error(500, "SERVER", "INTERNAL", "RETRY_LATER"), None),
        ("POST", f"{CAR}/security", httpx.ConnectError("refused"), None),
        ("GET", f"{CAR}/odometer", httpx.ReadTimeout("slow"), None),
    ],
    ids=[
        "retry-later",
        "v3-retry-later",
        "vehicle-rate-limit",
        "app-rate-limit",
        "app-rate-limit-retry-after",
        "batch-app-rate-limit",
        "automaker-rate-limit",
        "billing",
        "contact-support",
        "no-resolution",
        "gateway-page",
        "batch-gateway",
        "batch-500",
        "command",
        "command-transport",
        "read-transport",
    ],
)
def test_the_policy_verdicts(
    method: str, url: str, outcome: httpx.Response | httpx.TransportError, verdict: bool | None
) -> None:
    assert ResolutionPolicy().may_retry(request(method, url), outcome) is verdict  # commands: COMMANDS_SENT_ONCE
