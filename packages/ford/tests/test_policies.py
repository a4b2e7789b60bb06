"""Ford's pipeline policies as units, the brand rules a user's retry policy keeps, token rejection from
the body, and the httpx options (event hooks, the caller's own client, streams) through Ford clients."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReauthorizationRequiredError,
    RetryPolicy,
    ServerError,
    error_from_response,
)
from carconnect.core.pipeline import Exchange, current_exchange
from carconnect.ford import CONNECT_API_URL, QUERY_API_URL, ford_error_mapper
from carconnect.ford.inbody import COMMANDS_SENT_ONCE, InBodyStatusPolicy, is_command

VEHICLE_ID = "12341234123412341234123412341234"
V1 = f"{CONNECT_API_URL}/api/fordconnect/v1/vehicles/{VEHICLE_ID}"
V3 = f"{CONNECT_API_URL}/api/fordconnect/v3/vehicles"
AUTONOMIC = "https://api.autonomic.ai"


def request(method: str = "GET", url: str = f"{V1}/location") -> httpx.Request:
    return httpx.Request(method, url)


# ---- the in-body status policy -------------------------------------------------------------------------


def test_in_body_policy_gives_a_200_failure_its_status_and_keeps_the_body() -> None:
    policy = InBodyStatusPolicy()
    sent = request()
    answer = httpx.Response(200, json={"status": 402, "message": "error"}, request=sent)
    rewritten = policy.on_response(sent, answer)
    assert rewritten.status_code == 402
    assert rewritten.json() == {"status": 402, "message": "error"}
    assert rewritten.request is sent


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, json={"status": "SUCCESS"}),
        httpx.Response(200, json={"status": 552, "commandId": "c-1"}),
        httpx.Response(200, content=b"\x89PNG", headers={"Content-Type": "image/png"}),
        httpx.Response(404, json={"status": 402}),
        httpx.Response(200, stream=httpx.ByteStream(b'{"status": 402}'), headers={"Content-Type": "application/json"}),
    ],
    ids=["success", "pending-552", "image", "error-status", "unread-stream"],
)
def test_in_body_policy_leaves_everything_else_alone(answer: httpx.Response) -> None:
    assert InBodyStatusPolicy().on_response(request(), answer) is answer


def test_success_bodies_are_read_only_during_the_clients_own_calls() -> None:
    policy = InBodyStatusPolicy()
    assert policy.reads_success_body is False  # a stream opened through http_client_for stays a stream
    reset = current_exchange.set(Exchange())
    try:
        assert policy.reads_success_body is True
    finally:
        current_exchange.reset(reset)


# ---- commands are sent once ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url", "command"),
    [
        ("POST", f"{V1}/lock", True),
        ("POST", f"{AUTONOMIC}/v1/command/vehicles/VIN/commands", True),
        ("GET", f"{V1}/lock/c-1", False),
        ("POST", f"{AUTONOMIC}/v1beta/telemetry/sources/fordpass/vehicles/VIN:query", False),
        ("POST", "https://api.vehicle.ford.com/api/expdashboard/v1/details/", False),
    ],
)
def test_what_is_a_command(method: str, url: str, command: bool) -> None:
    assert is_command(httpx.Request(method, url)) is command


@pytest.mark.parametrize(
    ("outcome", "verdict"),
    [
        (httpx.Response(503), False),
        (httpx.Response(502), False),
        (httpx.ReadTimeout("read timed out"), False),
        (httpx.Response(429, headers={"Retry-After": "2"}), None),
        (httpx.ConnectError("refused"), None),
    ],
    ids=["503", "502", "read-timeout", "429", "never-sent"],
)
def test_a_command_that_may_have_reached_ford_is_never_retried(
    outcome: httpx.Response | httpx.TransportError, verdict: bool | None
) -> None:
    policy = COMMANDS_SENT_ONCE
    assert policy.may_retry(request("POST", f"{V1}/lock"), outcome) is verdict
    assert policy.may_retry(request("GET"), outcome) is None


async def test_a_rate_limit_that_states_no_wait_is_not_retried(make: Any, run: Any, router: respx.MockRouter) -> None:
    garage = router.get(f"{QUERY_API_URL}/garage").respond(429, json={"statusCode": 429, "message": "Rate limit"})
    with pytest.raises(RateLimitError) as limited:
        await run(make("query").garage())
    assert garage.call_count == 1  # a retry within a second would only count against the limit
    assert limited.value.retry_after is None


# ---- a user's retry policy keeps Ford's rules ----------------------------------------------------------


async def test_a_users_retry_policy_keeps_fords_rules(make: Any, run: Any, router: respx.MockRouter) -> None:
    eager = RetryPolicy(max_retries=5, jitter=0.0, idempotent_methods=frozenset({"GET", "POST"}))
    client = make("connect", retry=eager)
    unavailable = httpx.Response(503, json={"statusCode": 503, "message": "Service Unavailable"})
    lock = router.post(f"{V1}/lock").mock(return_value=unavailable)
    with pytest.raises(ServerError):
        await run(client.lock(VEHICLE_ID))
    assert lock.call_count == 1  # that policy would re-send POSTs: a command still goes once
    failed = {"status": "FAILED", "error": {"code": 4002, "title": "Resource not found", "statusCode": "NOT_FOUND"}}
    router.get(f"{V1}/location").respond(200, json=failed)
    with pytest.raises(NotFoundError):
        await run(client.location(VEHICLE_ID))
    listed = httpx.Response(200, json={"status": "SUCCESS", "vehicles": []})
    reads = router.get(V3).mock(side_effect=[unavailable, listed])
    await run(client.vehicles())
    assert reads.call_count == 2  # the user's policy does apply to reads


# ---- which errors refresh the token ---------------------------------------------------------------------


class CountingSource:
    """A token source that counts how often the server's answer made the client ask for a new token."""

    def __init__(self) -> None:
        self.refreshes = 0

    def get_access_token(self, rejected: str | None = None) -> str:
        if rejected is not None:
            self.refreshes += 1
        return f"token-{self.refreshes}"

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return self.get_access_token(rejected)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"statusCode": 401, "message": "Access denied due to invalid subscription key."}, PermissionDeniedError),
        ({"statusCode": 401, "message": "Access denied due to missing subscription key."}, PermissionDeniedError),
        (
            {"error": {"code": 3000, "title": "Unauthorized user", "statusCode": "UNAUTHORIZED"}},
            ReauthorizationRequiredError,
        ),
    ],
    ids=["invalid-key", "missing-key", "unauthorized-user"],
)
async def test_a_401_that_is_not_about_the_token_never_refreshes_it(
    make: Any, run: Any, router: respx.MockRouter, body: dict[str, Any], error: type[ApiError]
) -> None:
    source = CountingSource()
    route = router.get(V3).respond(401, json=body)
    client = make("connect", credentials=source)
    for _ in range(10):
        with pytest.raises(error) as caught:
            await run(client.vehicles())
    assert source.refreshes == 0
    assert route.call_count == 10
    assert "token" not in (caught.value.code or "")


async def test_an_expired_token_is_refreshed_once_and_the_call_replayed(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    source = CountingSource()
    expired = httpx.Response(401, json={"error": "invalid_token", "error_description": "Access token expired"})
    route = router.get(f"{QUERY_API_URL}/garage").mock(
        side_effect=[expired, *(httpx.Response(200, json={"vin": "V"}) for _ in range(10))]
    )
    client = make("query", credentials=source)
    for _ in range(10):
        assert (await run(client.garage())).vin == "V"
    assert source.refreshes == 1
    assert route.call_count == 11
    assert route.calls.last.request.headers["Authorization"] == "Bearer token-1"


@pytest.mark.parametrize(
    ("status", "body", "rejected"),
    [
        (401, {"error": "invalid_token"}, True),
        (401, {"message": "Invalid or Expired Token", "errorCode": "460"}, True),
        (401, {"code": 401, "error": "unauthorized", "message": "token expired"}, True),
        (401, "Unauthorized", True),
        (401, {"statusCode": 401, "message": "Access denied due to invalid subscription key."}, False),
        (401, {"error": {"code": 3000, "statusCode": "UNAUTHORIZED"}, "status": "FAILED"}, False),
        (
            403,
            {"code": 403, "error": "forbidden", "message": "DENY_ALLOW", "messageParams": {"status": "DENY_ALLOW"}},
            False,
        ),
        (400, {"errorCode": "400", "errorMessage": "bad vehicle id"}, False),
    ],
    ids=["invalid-token", "cat-460", "autonomic-401", "bare-401", "subscription-key", "user-3000", "deny", "bad"],
)
def test_the_mapper_says_from_the_body_whether_the_token_was_rejected(status: int, body: Any, rejected: bool) -> None:
    error = error_from_response(httpx.Response(status, json=body), ford_error_mapper)
    details = ford_error_mapper(status, body, httpx.Headers())
    token_rejected = details.token_rejected if details and details.token_rejected is not None else None
    if token_rejected is None:  # left to the class: an AuthenticationError means the token
        token_rejected = isinstance(error, AuthenticationError)
    assert token_rejected is rejected


def test_a_refused_subscription_key_names_what_to_fix() -> None:
    body = {"statusCode": 401, "message": "Access denied due to invalid subscription key."}
    error = error_from_response(httpx.Response(401, json=body), ford_error_mapper)
    assert "application_id=" in error.message
    assert "Application-Id" in error.message


# ---- logging ------------------------------------------------------------------------------------------


async def test_in_body_statuses_and_polling_are_logged_without_secrets(
    make: Any, run: Any, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect")
    router.get(f"{V1}/location").respond(200, json={"status": 402})
    client = make("connect")
    with pytest.raises(ApiError) as caught:
        await run(client.location(VEHICLE_ID))
    assert caught.value.status_code == 402
    accepted = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": "c-1"}
    router.post(f"{V1}/lock").respond(202, json=accepted)
    router.get(f"{V1}/lock/c-1").respond(200, json={**accepted, "commandStatus": "COMPLETED"})
    await run((await run(client.lock(VEHICLE_ID))).wait())
    ford = [record for record in caplog.records if record.name == "carconnect.ford"]
    messages = [record.getMessage() for record in ford]
    assert any("body reports 402" in message for message in messages)
    assert f"lock c-1 to vehicle {VEHICLE_ID}: succeeded (COMPLETED) after 1 polls" in messages  # whose car it is
    assert not [message for message in messages if "access-token-1" in message]


# ---- httpx options through a Ford client ---------------------------------------------------------------


async def test_event_hooks_fire_for_every_attempt(kind: str, make: Any, run: Any, router: respx.MockRouter) -> None:
    seen: list[str] = []

    def on_request(sent: httpx.Request) -> None:
        seen.append(f"request {sent.url.path}")

    def on_response(answer: httpx.Response) -> None:
        seen.append(f"response {answer.status_code}")

    async def aon_request(sent: httpx.Request) -> None:
        on_request(sent)

    async def aon_response(answer: httpx.Response) -> None:
        on_response(answer)

    hooks: dict[str, list[Any]] = (
        {"request": [on_request], "response": [on_response]}
        if kind == "sync"
        else {"request": [aon_request], "response": [aon_response]}
    )
    limited = httpx.Response(429, headers={"Retry-After": "1"})
    router.get(f"{QUERY_API_URL}/garage").mock(side_effect=[limited, httpx.Response(200, json={"vin": "V"})])
    assert (await run(make("query", event_hooks=hooks).garage())).vin == "V"
    assert seen == ["request /fcon-query/v1/garage", "response 429", "request /fcon-query/v1/garage", "response 200"]


async def test_the_callers_own_http_client_is_used_and_left_open(
    kind: str, make: Any, run: Any, transport: httpx.MockTransport, router: respx.MockRouter
) -> None:
    route = router.get(V3).respond(json={"status": "SUCCESS", "vehicles": []})
    own: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    )
    client = make("connect", transport=None, http_client=own)
    await run(client.vehicles())
    await run(client.close() if kind == "sync" else client.aclose())
    assert route.calls.last.request.headers["Authorization"] == "Bearer access-token-1"
    assert route.calls.last.request.headers["Application-Id"]
    assert not own.is_closed
    if isinstance(own, httpx.Client):
        own.close()
    else:
        await own.aclose()


async def test_stream_through_the_brand_client_is_a_real_stream(kind: str, make: Any, router: respx.MockRouter) -> None:
    png = b"\x89PNG" + bytes(range(256)) * 64

    def chunks_of_png() -> Iterator[bytes]:
        yield from (png[start : start + 1024] for start in range(0, len(png), 1024))

    async def achunks_of_png() -> AsyncIterator[bytes]:
        for chunk in chunks_of_png():
            yield chunk

    def image(sent: httpx.Request) -> httpx.Response:
        body = chunks_of_png() if kind == "sync" else achunks_of_png()
        return httpx.Response(200, content=body, headers={"Content-Type": "image/png"})

    route = router.get(f"{V1}/images/full").mock(side_effect=image)
    router.get(f"{V1}/missing").respond(404, json={"statusCode": 404, "message": "Resource not found"})
    http = make("connect").http_client_for(CONNECT_API_URL)
    path = f"/api/fordconnect/v1/vehicles/{VEHICLE_ID}/images/full"
    chunks: list[bytes] = []
    if kind == "sync":
        with http.stream("GET", path) as response:
            assert not response.is_stream_consumed
            chunks.extend(response.iter_bytes())
        with pytest.raises(NotFoundError), http.stream("GET", path.replace("images/full", "missing")):
            pass
    else:
        async with http.stream("GET", path) as response:
            assert not response.is_stream_consumed
            chunks.extend([chunk async for chunk in response.aiter_bytes()])
        with pytest.raises(NotFoundError):
            async with http.stream("GET", path.replace("images/full", "missing")):
                pass
    assert b"".join(chunks) == png
    sent = route.calls.last.request
    assert sent.headers["Authorization"] == "Bearer access-token-1"
    assert sent.headers["Application-Id"]
