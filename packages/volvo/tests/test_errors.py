"""Every Volvo error shape and status reaches the caller as the right carconnect error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CommandFailedError,
    FakeClock,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    RetryPolicy,
    ServerError,
    Token,
    TokenManager,
    VehicleStateError,
)
from carconnect.volvo import MarketRestrictedError, VolvoClient, volvo_error_mapper

VIN = "YV1ABCDEFG1234567"
ODOMETER = f"/connected-vehicle/v2/vehicles/{VIN}/odometer"
LOCK = f"/connected-vehicle/v2/vehicles/{VIN}/commands/lock"
STATE = f"/energy/v2/vehicles/{VIN}/state"
LOCATION = f"/location/v1/vehicles/{VIN}/location"
QUOTA_MESSAGE = "Out of call volume quota. Quota will be replenished in 01:02:03."
QUOTA = {"statusCode": 403, "message": QUOTA_MESSAGE}


@pytest.fixture
def strict(router: respx.Router, clock: FakeClock) -> Iterator[VolvoClient]:
    """A client that never retries, so every answer surfaces as it came."""
    transport = httpx.MockTransport(router.handler)
    with VolvoClient("t", api_key="k", transport=transport, retry=RetryPolicy.disabled(), clock=clock) as volvo:
        yield volvo


def call(client: VolvoClient, path: str) -> None:
    if path == LOCK:
        client.lock(VIN)
    elif path == STATE:
        client.energy_state(VIN)
    elif path == LOCATION:
        client.location(VIN)
    else:
        client.odometer(VIN)


CASES: list[tuple[str, str, int, Any, dict[str, str], type[ApiError], str | None, str]] = [
    # id, path, status, body, headers, class, code, message
    (
        "invalid-api-key",
        ODOMETER,
        401,
        {"status": 401, "error": {"message": "Access denied due to invalid VCC-API-KEY. Make sure to provide a key."}},
        {},
        PermissionDeniedError,
        "invalid_api_key",
        "Volvo rejected the VCC API key: check the client's api_key (vcc-api-key) against the developer portal's "
        "primary or secondary key (Access denied due to invalid VCC-API-KEY. Make sure to provide a key.)",
    ),
    (
        "expired-token",
        ODOMETER,
        401,
        {"status": 401, "error": {"message": "UNAUTHORIZED", "description": "The access token has expired."}},
        {},
        AuthenticationError,
        "UNAUTHORIZED",
        "The access token has expired.",
    ),
    ("quota", ODOMETER, 403, QUOTA, {}, QuotaExceededError, None, QUOTA_MESSAGE),
    (
        "missing-scope",
        ODOMETER,
        403,
        {"error": {"message": "FORBIDDEN", "description": "Missing scope: conve:odometer_status."}},
        {},
        PermissionDeniedError,
        "FORBIDDEN",
        "Missing scope: conve:odometer_status.",
    ),
    (
        "not-in-market",
        ODOMETER,
        404,
        {"error": {"message": "NOT_FOUND", "description": "Does not belong to allowed markets"}},
        {},
        MarketRestrictedError,
        "NOT_FOUND",
        "Does not belong to allowed markets",
    ),
    (
        "unknown-vehicle",
        ODOMETER,
        404,
        {"status": 404, "error": {"message": "NOT_FOUND", "description": f"Vehicle {VIN} not found."}},
        {},
        NotFoundError,
        "NOT_FOUND",
        f"Vehicle {VIN} not found.",
    ),
    (
        "command-not-supported",
        LOCK,
        404,
        {
            "status": 404,
            "error": {"message": "NOT_FOUND", "description": "Command lock is not supported by this vehicle."},
        },
        {},
        NotCapableError,
        "NOT_FOUND",
        "Command lock is not supported by this vehicle.",
    ),
    (
        "model-not-supported",
        STATE,
        404,
        {
            "status": 404,
            "error": {"message": "NOT_FOUND", "description": "Resource not supported for this vehicle model"},
        },
        {},
        NotCapableError,
        "NOT_FOUND",
        "Resource not supported for this vehicle model",
    ),
    (
        "energy-not-found",
        STATE,
        404,
        {"error": {"code": "NOT_FOUND", "message": "Vehicle not supported"}},
        {},
        NotCapableError,
        "NOT_FOUND",
        "Vehicle not supported",
    ),
    (
        "energy-not-supported",
        STATE,
        400,
        {"error": {"code": "NOT_SUPPORTED", "message": "Resource is not supported for this vehicle"}},
        {},
        NotCapableError,
        "NOT_SUPPORTED",
        "Resource is not supported for this vehicle",
    ),
    (
        "energy-validation",
        STATE,
        400,
        {"error": {"code": "REQUEST_VALIDATION_FAILED", "message": "Invalid request", "details": [{"code": "X"}]}},
        {},
        BadRequestError,
        "REQUEST_VALIDATION_FAILED",
        "Invalid request",
    ),
    (
        "command-conflict",
        LOCK,
        409,
        {"error": {"message": "CONFLICT", "description": "Invocation specific error, conflict with the vehicle"}},
        {},
        VehicleStateError,
        "CONFLICT",
        "Invocation specific error, conflict with the vehicle",
    ),
    (
        "command-unprocessable",
        LOCK,
        422,
        {"error": {"message": "UNPROCESSABLE_ENTITY", "description": "Business rule failed"}},
        {},
        CommandFailedError,
        "UNPROCESSABLE_ENTITY",
        "Business rule failed",
    ),
    (
        "read-unprocessable",
        LOCATION,
        422,
        {"error": {"message": "UNPROCESSABLE_ENTITY", "description": "Business rule failed"}},
        {},
        BadRequestError,
        "UNPROCESSABLE_ENTITY",
        "Business rule failed",
    ),
    (
        "rate-limit",
        ODOMETER,
        429,
        {"statusCode": 429, "message": "Rate limit is exceeded. Try again in 70 seconds."},
        {"Retry-After": "90"},
        RateLimitError,
        None,
        "Rate limit is exceeded. Try again in 70 seconds.",
    ),
    (
        "energy-internal",
        STATE,
        500,
        {"error": {"code": "INTERNAL_ERROR", "message": "Something went wrong. Ref: 1234"}},
        {},
        ServerError,
        "INTERNAL_ERROR",
        "Something went wrong. Ref: 1234",
    ),
    (
        "car-asleep",
        LOCK,
        503,
        {"error": {"message": "SERVICE_UNAVAILABLE", "description": "Not allowed, car is in use or asleep"}},
        {},
        VehicleStateError,
        "SERVICE_UNAVAILABLE",
        "Not allowed, car is in use or asleep",
    ),
    (
        "html-gateway",
        ODOMETER,
        502,
        "<html><head><title>502 Bad Gateway</title></head></html>",
        {"Content-Type": "text/html"},
        ServerError,
        None,
        "HTML error page: 502 Bad Gateway",
    ),
]


@pytest.mark.parametrize(
    ("path", "status", "body", "headers", "error_class", "code", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_error_answers_map_to_typed_errors(
    strict: VolvoClient,
    router: respx.Router,
    path: str,
    status: int,
    body: Any,
    headers: dict[str, str],
    error_class: type[ApiError],
    code: str | None,
    message: str,
) -> None:
    method = "POST" if path == LOCK else "GET"
    if isinstance(body, str):
        router.route(method=method, path=path).respond(status, text=body, headers=headers)
    else:
        router.route(method=method, path=path).respond(status, json=body, headers=headers)
    with pytest.raises(error_class) as raised:
        call(strict, path)
    error = raised.value
    assert type(error) is error_class
    assert (error.status_code, error.code, error.message) == (status, code, message)


def test_quota_is_never_an_authentication_error_and_says_when_it_refills(
    strict: VolvoClient, router: respx.Router
) -> None:
    router.get(ODOMETER).respond(403, json=QUOTA)
    with pytest.raises(QuotaExceededError) as raised:
        strict.odometer(VIN)
    assert isinstance(raised.value, RateLimitError)
    assert not isinstance(raised.value, AuthenticationError | ReauthorizationRequiredError)
    assert raised.value.retry_after == 3723.0


def test_a_retry_after_header_wins_over_the_message(strict: VolvoClient, router: respx.Router) -> None:
    router.get(ODOMETER).respond(403, json=QUOTA, headers={"Retry-After": "120"})
    with pytest.raises(QuotaExceededError) as raised:
        strict.odometer(VIN)
    assert raised.value.retry_after == 120.0


def test_rate_limit_wait_comes_from_the_header_or_the_message(strict: VolvoClient, router: respx.Router) -> None:
    route = router.get(ODOMETER)
    route.respond(429, json={"statusCode": 429, "message": "x"}, headers={"Retry-After": "90"})
    with pytest.raises(RateLimitError) as raised:
        strict.odometer(VIN)
    assert raised.value.retry_after == 90.0
    route.respond(429, json={"statusCode": 429, "message": "Rate limit is exceeded. Try again in 7 seconds."})
    with pytest.raises(RateLimitError) as raised:
        strict.odometer(VIN)
    assert raised.value.retry_after == 7.0


def test_a_rate_limit_is_retried_after_the_wait_its_message_states(
    client: VolvoClient, router: respx.Router, clock: FakeClock
) -> None:
    limited = {"statusCode": 429, "message": "Rate limit is exceeded. Try again in 7 seconds."}
    route = router.get(ODOMETER).respond(429, json=limited)
    with pytest.raises(RateLimitError):
        client.odometer(VIN)
    assert clock.sleeps == [7.0, 7.0, 7.0]  # no quick backoff attempts the limit is sure to refuse
    assert route.call_count == 4


def test_quota_does_not_refresh_the_token(router: respx.Router, clock: FakeClock) -> None:
    refreshed: list[Token] = []

    class Refresher:
        def refresh(self, token: Token) -> Token:
            refreshed.append(token)
            return Token("new", refresh_token="r2")

        async def arefresh(self, token: Token) -> Token:
            return self.refresh(token)

    manager = TokenManager(Token("old", refresh_token="r1"), Refresher(), clock=clock)
    router.get(ODOMETER).respond(403, json=QUOTA)
    transport = httpx.MockTransport(router.handler)
    with (
        VolvoClient(manager, api_key="k", transport=transport, retry=RetryPolicy.disabled(), clock=clock) as volvo,
        pytest.raises(QuotaExceededError),
    ):
        volvo.odometer(VIN)
    assert refreshed == []


@pytest.mark.parametrize(
    "body",
    [
        {"status": 401, "error": {"message": "Access denied due to invalid VCC-API-KEY. Make sure to provide a key."}},
        {
            "statusCode": 401,
            "message": "Access denied due to invalid subscription key. Make sure to provide a valid key.",
        },
    ],
    ids=["connected-vehicle", "gateway"],
)
def test_a_rejected_api_key_is_configuration_and_never_rejects_the_token(body: Any) -> None:
    found = volvo_error_mapper(401, body, httpx.Headers())
    assert found.error_class is PermissionDeniedError
    assert found.code == "invalid_api_key"
    assert found.token_rejected is False
    assert "api_key" in (found.message or "")


def test_a_rejected_access_token_is_still_the_tokens() -> None:
    body = {
        "status": 401,
        "error": {"message": "UNAUTHORIZED", "description": "The access token is invalid or has expired."},
    }
    found = volvo_error_mapper(401, body, httpx.Headers())
    assert found.error_class is AuthenticationError
    assert found.token_rejected is True


TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"


@pytest.mark.parametrize(
    ("headers", "request_id"),
    [
        ({"traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01"}, TRACE_ID),
        ({"traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01", "vcc-api-operationId": "op-3"}, "op-3"),
        ({"traceparent": f"01-{TRACE_ID}-00f067aa0ba902b7-01-later"}, TRACE_ID),  # a later version's extra field
        ({"traceparent": f"00-{'0' * 32}-00f067aa0ba902b7-01"}, None),  # an invalid (all-zero) trace id
        ({"traceparent": f"ff-{TRACE_ID}-00f067aa0ba902b7-01"}, None),  # version ff is invalid
        ({"traceparent": "not a traceparent"}, None),
    ],
    ids=["traceparent", "operation-id-first", "later-version", "zero-trace-id", "version-ff", "garbage"],
)
def test_the_request_id_falls_back_to_the_traceparent_trace_id(
    strict: VolvoClient, router: respx.Router, headers: dict[str, str], request_id: str | None
) -> None:
    body = {"error": {"message": "INTERNAL_SERVER_ERROR", "description": "boom"}}
    router.get(ODOMETER).respond(500, json=body, headers=headers)
    with pytest.raises(ServerError) as raised:
        strict.odometer(VIN)
    assert raised.value.request_id == request_id


def test_request_id_comes_from_the_body_or_the_header(strict: VolvoClient, router: respx.Router) -> None:
    route = router.get(ODOMETER)
    route.respond(404, json={"status": 404, "operationId": "op-1", "error": {"message": "NOT_FOUND"}})
    with pytest.raises(NotCapableError) as raised:
        strict.odometer(VIN)
    assert raised.value.request_id == "op-1"
    route.respond(404, json={"error": {"message": "NOT_FOUND"}}, headers={"vcc-api-operationId": "op-2"})
    with pytest.raises(NotCapableError) as raised:
        strict.odometer(VIN)
    assert raised.value.request_id == "op-2"


def test_details_keep_what_the_vendor_added(strict: VolvoClient, router: respx.Router) -> None:
    detail = [{"code": "CHARGING_SCHEDULE_KIND_NOT_SUPPORTED", "message": "Not supported"}]
    router.get(STATE).respond(400, json={"error": {"code": "REQUEST_VALIDATION_FAILED", "details": detail}})
    with pytest.raises(BadRequestError) as raised:
        strict.energy_state(VIN)
    assert raised.value.details == {"details": detail}
    body = {"error": {"message": "NOT_FOUND", "description": "Gone", "detail": {"why": "x"}}}
    router.get(ODOMETER).respond(404, json=body)
    with pytest.raises(NotCapableError) as not_capable:
        strict.odometer(VIN)
    assert not_capable.value.details == {"description": "Gone", "detail": {"why": "x"}}


@pytest.mark.parametrize("body", [None, [], "plain text", {"unexpected": True}, {"error": "invalid_token"}])
def test_the_mapper_tolerates_any_body(body: Any) -> None:
    found = volvo_error_mapper(404, body, httpx.Headers())
    assert found.error_class is NotCapableError
    assert found.message is None


def test_the_market_restriction_is_a_not_found_error_of_its_own() -> None:
    assert issubclass(MarketRestrictedError, NotFoundError)
    assert not issubclass(MarketRestrictedError, NotCapableError)
    body = {"status": 404, "error": {"message": "NOT_FOUND", "description": "Does not belong to allowed markets"}}
    assert volvo_error_mapper(404, body, httpx.Headers()).error_class is MarketRestrictedError
    other = {"error": {"message": "NOT_FOUND", "description": "Resource not supported for this vehicle model"}}
    assert volvo_error_mapper(404, other, httpx.Headers()).error_class is NotCapableError


def test_a_client_without_credentials_refuses_before_sending(router: respx.Router) -> None:
    route = router.get(f"/connected-vehicle/v2/vehicles/{VIN}/odometer")
    with VolvoClient(None, api_key="k", transport=httpx.MockTransport(router.handler)) as volvo:
        with pytest.raises(AuthenticationError, match="for_user") as refused:
            volvo.odometer(VIN)
        assert refused.value.code == "missing_credentials"
        route.respond(200, json={"data": {}})
        assert volvo.for_user("user-token").odometer(VIN) is not None  # a view brings its user's token
    assert route.call_count == 1


@pytest.mark.parametrize("vin", ["", "   "])
def test_an_empty_vin_is_refused_before_sending(vin: str, router: respx.Router) -> None:
    volvo = VolvoClient("t", api_key="k", transport=httpx.MockTransport(router.handler))
    with volvo, pytest.raises(BadRequestError, match="vin must not be empty") as refused:
        volvo.lock(vin)
    assert refused.value.code == "empty_path_parameter"
    assert refused.value.status_code is None
    assert router.calls.call_count == 0


def test_a_vin_of_none_is_refused_before_sending(router: respx.Router) -> None:
    volvo = VolvoClient("t", api_key="k", transport=httpx.MockTransport(router.handler))
    with volvo, pytest.raises(BadRequestError, match="vin is missing") as refused:
        volvo.odometer(None)  # type: ignore[arg-type]
    assert refused.value.code == "missing_path_parameter"
    assert router.calls.call_count == 0
