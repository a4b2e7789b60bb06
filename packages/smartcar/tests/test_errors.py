"""Smartcar error bodies (v2 flat, v3 JSON:API, batch items) become the right typed errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    VehicleStateError,
    VehicleUnavailableError,
)
from carconnect.smartcar import (
    AsyncSmartcarClient,
    SmartcarClient,
    should_retry_later,
    smartcar_error_mapper,
    suggested_user_message,
)

from .conftest import API, V3, VEHICLE

TYPES = [
    ("VALIDATION", None, 400, BadRequestError),
    ("CONNECTED_SERVICES_ACCOUNT", "SUBSCRIPTION", 400, PermissionDeniedError),
    ("CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED", 400, ReauthorizationRequiredError),
    ("CONNECTED_SERVICES_ACCOUNT", "VEHICLE_MISSING", 400, NotFoundError),
    ("AUTHENTICATION", None, 401, AuthenticationError),
    ("AUTHENTICATION", "ACCESS_DENIED", 403, PermissionDeniedError),
    ("PERMISSION", None, 403, PermissionDeniedError),
    ("RESOURCE_NOT_FOUND", "PATH", 404, NotFoundError),
    ("VEHICLE_STATE", "ASLEEP", 409, VehicleStateError),
    ("RATE_LIMIT", "SMARTCAR_API", 429, RateLimitError),
    ("BILLING", "VEHICLE_REQUEST_LIMIT", 430, QuotaExceededError),
    ("BILLING", "INVALID_PLAN", 430, PermissionDeniedError),
    ("BILLING", "ACCOUNT_SUSPENDED", 430, PermissionDeniedError),
    ("SERVER", "RECORD_NOT_FOUND", 500, ServerError),
    ("COMPATIBILITY", "MAKE_NOT_COMPATIBLE", 501, NotCapableError),
    ("UPSTREAM", "NO_RESPONSE", 502, VehicleUnavailableError),
]


def v2_error(kind: str, code: str | None, status: int, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "code": code, "description": f"{kind} happened", "statusCode": status, **extra}


def v3_error(kind: str, code: str | None, status: int, **extra: Any) -> dict[str, Any]:
    return {"errors": [{"status": str(status), "type": kind, "code": code, "detail": f"{kind} happened", **extra}]}


@pytest.mark.parametrize(("kind", "code", "status", "expected"), TYPES, ids=[f"{t[0]}:{t[1]}" for t in TYPES])
def test_v2_types_map_to_core_errors(
    kind: str, code: str | None, status: int, expected: type[ApiError], router: respx.Router, client: SmartcarClient
) -> None:
    router.get(f"{API}/vehicles/{VEHICLE}/vin").respond(status, json=v2_error(kind, code, status))
    with pytest.raises(expected) as caught:
        client.vin(VEHICLE)
    error = caught.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.code == code, "Smartcar's own code"
    assert error.message == f"{kind} happened"
    assert error.details["type"] == kind, "the type stays beside the code"


@pytest.mark.parametrize(("kind", "code", "status", "expected"), TYPES, ids=[f"{t[0]}:{t[1]}" for t in TYPES])
async def test_v3_types_map_to_core_errors(
    kind: str,
    code: str | None,
    status: int,
    expected: type[ApiError],
    router: respx.Router,
    aclient: AsyncSmartcarClient,
) -> None:
    router.get(f"{V3}/vehicles/{VEHICLE}/signals").respond(status, json=v3_error(kind, code, status))
    with pytest.raises(expected) as caught:
        await aclient.v3.signals(VEHICLE)
    assert (caught.value.code, caught.value.details["type"]) == (code, kind)
    assert caught.value.message == f"{kind} happened"


@pytest.mark.parametrize(
    ("resolution", "expected"),
    [
        ({"type": "RETRY_LATER"}, ("RETRY_LATER", None)),
        ({"type": "REAUTHENTICATE", "url": "https://connect.smartcar.com/oauth/reauthenticate?x=1"}, None),
        ("REAUTHENTICATE", ("REAUTHENTICATE", None)),
        ("retry_later", ("RETRY_LATER", None)),
        (None, (None, None)),
        ({"type": None}, (None, None)),
    ],
)
def test_resolution_may_be_an_object_a_string_or_null(resolution: Any, expected: tuple[Any, Any] | None) -> None:
    details = smartcar_error_mapper(400, v2_error("VALIDATION", None, 400, resolution=resolution), httpx.Headers())
    assert details is not None
    found = (details.details["resolution"], details.details["resolution_url"])
    assert found == (expected or ("REAUTHENTICATE", resolution["url"]))


@pytest.mark.parametrize("resolution", [{"type": "REAUTHENTICATE"}, "reauthenticate"], ids=["object", "string"])
async def test_access_denied_with_reauthenticate_asks_the_user_to_authorize_again(
    resolution: Any, router: respx.Router, aclient: AsyncSmartcarClient
) -> None:
    detail = "The user did not grant access to this vehicle."
    body = {"errors": [{"status": "403", "type": "AUTHENTICATION", "code": "ACCESS_DENIED", "detail": detail}]}
    body["errors"][0]["resolution"] = resolution
    router.get(f"{V3}/vehicles/{VEHICLE}/signals").respond(403, json=body)
    with pytest.raises(ReauthorizationRequiredError) as caught:
        await aclient.v3.signals(VEHICLE)
    error = caught.value
    assert (error.status_code, error.code, error.message) == (403, "ACCESS_DENIED", detail)
    assert (error.details["type"], error.details["resolution"]) == ("AUTHENTICATION", "REAUTHENTICATE")
    found = smartcar_error_mapper(403, body, httpx.Headers())
    assert found is not None
    assert found.token_rejected is False


def test_access_denied_without_reauthenticate_stays_a_permission() -> None:
    for resolution in (None, {"type": "CONTACT_SUPPORT"}):
        body = v2_error("AUTHENTICATION", "ACCESS_DENIED", 403, resolution=resolution)
        found = smartcar_error_mapper(403, body, httpx.Headers())
        assert found is not None
        assert (found.error_class, found.token_rejected) == (PermissionDeniedError, False)


def test_code_casing_is_normalised() -> None:
    details = smartcar_error_mapper(429, v2_error("RATE_LIMIT", "Vehicle", 429), httpx.Headers())
    assert details is not None
    assert (details.code, details.details["type"], details.error_class) == ("VEHICLE", "RATE_LIMIT", RateLimitError)


def test_error_keeps_request_id_retry_after_and_the_user_message(router: respx.Router, client: SmartcarClient) -> None:
    body = v2_error(
        "RATE_LIMIT",
        "VEHICLE",
        429,
        requestId="body-id",
        resolution={"type": "RETRY_LATER"},
        suggestedUserMessage="Please wait a moment.",
        docURL="https://smartcar.com/docs/errors#rate_limit",
    )
    router.get(f"{API}/vehicles/{VEHICLE}/odometer").respond(429, json=body, headers={"Retry-After": "120"})
    with pytest.raises(RateLimitError) as caught:
        client.odometer(VEHICLE)
    error = caught.value
    assert error.request_id == "body-id"
    assert error.retry_after == 120
    assert should_retry_later(error)
    assert suggested_user_message(error) == "Please wait a moment."
    assert error.details["doc_url"].endswith("#rate_limit")


def test_the_header_request_id_wins(router: respx.Router, client: SmartcarClient) -> None:
    body = v2_error("SERVER", "INTERNAL", 500, requestId="body-id")
    router.get(f"{API}/user").respond(500, json=body, headers={"SC-Request-Id": "header-id"})
    with pytest.raises(ServerError) as caught:
        client.user()
    assert caught.value.request_id == "header-id"


def test_validation_detail_is_kept(router: respx.Router, client: SmartcarClient) -> None:
    detail = [{"field": ["requests"], "message": '"requests" is required'}]
    router.post(f"{API}/vehicles/{VEHICLE}/batch").respond(400, json=v2_error("VALIDATION", None, 400, detail=detail))
    with pytest.raises(BadRequestError) as caught:
        client.batch(VEHICLE, ["/odometer"])
    assert caught.value.details["detail"] == detail


def test_v3_error_keeps_its_documentation_link_and_title_fallback(router: respx.Router, client: SmartcarClient) -> None:
    body = {"errors": [{"type": "PERMISSION", "title": "Permission", "links": {"about": "https://docs/x"}}]}
    router.get(f"{V3}/vehicles/{VEHICLE}").respond(403, json=body)
    with pytest.raises(PermissionDeniedError) as caught:
        client.v3.vehicle(VEHICLE)
    assert (caught.value.message, caught.value.details["doc_url"]) == ("Permission", "https://docs/x")


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (503, "<html><title>503 Service Unavailable</title></html>", ServerError),
        (401, {"error": "invalid_token", "error_description": "expired"}, AuthenticationError),
        (404, None, NotFoundError),
    ],
)
def test_bodies_smartcar_did_not_shape_fall_back_to_the_status(
    status: int, body: Any, expected: type[ApiError], router: respx.Router, client: SmartcarClient
) -> None:
    route = router.get(f"{API}/user")
    if isinstance(body, str):
        route.respond(status, text=body)
    elif body is None:
        route.respond(status)
    else:
        route.respond(status, json=body)
    with pytest.raises(expected):
        client.user()


class CountingSource:
    """A token source that hands out a new token whenever the server rejected the last one."""

    def __init__(self) -> None:
        self.rejected: list[str] = []

    def get_access_token(self, rejected: str | None = None) -> str:
        if rejected is not None:
            self.rejected.append(rejected)
        return f"token-{len(self.rejected)}"

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return self.get_access_token(rejected)


NOT_ABOUT_THE_TOKEN = [
    v2_error("CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED", 400),
    v3_error("AUTHENTICATION", "ACCESS_DENIED", 403),
    v3_error("AUTHENTICATION", "ACCESS_DENIED", 403, resolution={"type": "REAUTHENTICATE"}),
    v2_error("PERMISSION", None, 403),
    v2_error("BILLING", "ACCOUNT_SUSPENDED", 430),
    v2_error("CONNECTED_SERVICES_ACCOUNT", "SUBSCRIPTION", 400),
]


@pytest.mark.parametrize(
    "body",
    NOT_ABOUT_THE_TOKEN,
    ids=["maker-login", "v3-access-denied", "v3-access-denied-reauthenticate", "permission", "billing", "subscription"],
)
def test_errors_that_are_not_about_the_token_never_refresh_it(body: dict[str, Any], router: respx.Router) -> None:
    status = int(body.get("statusCode") or body["errors"][0]["status"])
    route = router.get(f"{API}/user").respond(status, json=body)
    source = CountingSource()
    with SmartcarClient(source, transport=httpx.MockTransport(router.handler)) as client:
        for _ in range(3):
            with pytest.raises(ApiError) as caught:
                client.user()
            assert not isinstance(caught.value, AuthenticationError) or isinstance(
                caught.value, ReauthorizationRequiredError
            )
    assert (source.rejected, route.call_count) == ([], 3)


async def test_a_rejected_token_is_refreshed_and_the_call_replayed_once(router: respx.Router) -> None:
    answers = [401, 200, 401, 401]
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])
        status = answers[len(sent) - 1]
        return httpx.Response(status, json=v2_error("AUTHENTICATION", None, 401) if status == 401 else {"id": "u"})

    router.get(f"{API}/user").mock(side_effect=answer)
    source = CountingSource()
    async with AsyncSmartcarClient(source, transport=httpx.MockTransport(router.handler)) as client:
        assert (await client.user()).id == "u"
        with pytest.raises(AuthenticationError):
            await client.user()
    assert source.rejected == ["token-0", "token-1"], "one refresh per rejection, never a loop"
    assert sent == ["Bearer token-0", "Bearer token-1", "Bearer token-1", "Bearer token-2"]


def test_a_reauthentication_error_carries_smartcar_s_link(router: respx.Router, client: SmartcarClient) -> None:
    url = "https://connect.smartcar.com/oauth/reauthenticate?vehicle_id=v"
    body = v2_error(
        "CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED", 400, resolution={"type": "REAUTHENTICATE", "url": url}
    )
    router.get(f"{API}/vehicles/{VEHICLE}/odometer").respond(400, json=body)
    with pytest.raises(ReauthorizationRequiredError) as caught:
        client.odometer(VEHICLE)
    assert caught.value.details["resolution_url"] == url
