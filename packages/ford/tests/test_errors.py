"""Ford error bodies -> typed errors: every shape of the fact sheet, and in-body statuses of 200 answers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    VehicleUnavailableError,
    error_from_response,
)
from carconnect.ford import ford_error_mapper
from carconnect.ford.inbody import in_body_status


def raised(status: int, body: Any, headers: dict[str, str] | None = None) -> ApiError:
    response = httpx.Response(status, json=body, headers=headers)
    return error_from_response(response, ford_error_mapper)


CASES: list[tuple[str, int, Any, type[ApiError], str | None]] = [
    (
        "fordconnect-unauthorized-user",
        401,
        {"error": {"code": 3000, "title": "Unauthorized user", "statusCode": "UNAUTHORIZED"}, "status": "FAILED"},
        ReauthorizationRequiredError,
        "3000",
    ),
    (
        "fordconnect-not-found",
        404,
        {"error": {"code": 4002, "title": "Resource not found", "statusCode": "NOT_FOUND"}, "commandStatus": "EMPTY"},
        NotFoundError,
        "4002",
    ),
    (
        "fordconnect-not-acceptable",
        406,
        {"error": {"code": 4006, "title": "Vehicle not supported for this command", "statusCode": "NOT_ACCEPTABLE"}},
        NotCapableError,
        "4006",
    ),
    (
        "fordconnect-validation",
        400,
        {"errorCode": "400", "errorMessage": "size must be between 32 and 32"},
        BadRequestError,
        "400",
    ),
    (
        "gateway-missing-key",
        401,
        {"statusCode": 401, "message": "Access denied due to missing subscription key."},
        PermissionDeniedError,
        "missing_subscription_key",
    ),
    (
        "gateway-invalid-key",
        401,
        {"statusCode": 401, "message": "Access denied due to invalid subscription key."},
        PermissionDeniedError,
        "invalid_subscription_key",
    ),
    ("gateway-rate-limit", 429, {"statusCode": 429, "message": "Rate limit is exceeded."}, RateLimitError, None),
    ("gateway-not-found", 404, {"statusCode": 404, "message": "Resource not found"}, NotFoundError, None),
    (
        "token-expired",
        401,
        {"error": "invalid_token", "error_description": "Access token expired"},
        AuthenticationError,
        "invalid_token",
    ),
    (
        "cat-460-on-400",
        400,
        {"message": "Invalid or Expired Token", "timestamp": "2026-01-01T00:00:00Z", "errorCode": "460"},
        AuthenticationError,
        "460",
    ),
    (
        "autonomic-deny-allow",
        403,
        {
            "code": 403,
            "error": "forbidden",
            "message": "DENY_ALLOW: Not authorized to perform: 'command:issueRemoteStartControl'",
            "messageParams": {"action": "command:issueRemoteStartControl", "status": "DENY_ALLOW"},
            "referenceId": "ref-1",
        },
        PermissionDeniedError,
        "DENY_ALLOW",
    ),
    (
        "autonomic-tmc",
        502,
        {"code": 502, "error": "bad gateway", "message": "A TMC service returned an invalid response"},
        VehicleUnavailableError,
        "bad gateway",
    ),
    (
        "autonomic-unauthorized",
        401,
        {"code": 401, "error": "unauthorized", "message": "no token"},
        AuthenticationError,
        "unauthorized",
    ),
    ("plain-406", 406, "Not Acceptable", NotCapableError, None),
    ("html-500", 500, "<html><title>Oops</title></html>", ServerError, None),
]


@pytest.mark.parametrize(("name", "status", "body", "error_class", "code"), CASES, ids=[case[0] for case in CASES])
def test_every_shape(name: str, status: int, body: Any, error_class: type[ApiError], code: str | None) -> None:
    error = raised(status, body)
    assert type(error) is error_class
    assert error.code == code
    assert error.status_code == status
    assert error.message


def test_details_and_request_ids() -> None:
    error = raised(
        401,
        {
            "error": {"code": 3000, "title": "Unauthorized user", "details": "The user is unauthorized."},
            "commandStatus": "FAILED",
            "commandId": "c-1",
        },
    )
    assert isinstance(error, ReauthorizationRequiredError)
    assert error.message.startswith("Unauthorized user: The user is unauthorized. (")
    assert "authorized this application for this vehicle" in error.message
    assert error.details["commandId"] == "c-1"
    assert error.details["commandStatus"] == "FAILED"
    assert error.details["title"] == "Unauthorized user"
    autonomic = raised(403, {"code": 403, "error": "forbidden", "message": "no", "referenceId": "ref-9"})
    assert autonomic.request_id == "ref-9"
    limited = raised(429, {"statusCode": 429, "message": "slow down"}, {"Retry-After": "62"})
    assert limited.retry_after == 62.0


@pytest.mark.parametrize("status", [404, 429, 500])
def test_a_gateway_status_code_repeating_the_http_status_is_no_code(status: int) -> None:
    error = raised(status, {"statusCode": status, "message": "Simulated failure."})
    assert error.code is None
    assert str(error) == f"HTTP {status}: Simulated failure."


def test_a_gateway_status_code_other_than_the_http_status_is_kept() -> None:
    assert raised(500, {"statusCode": 503, "message": "upstream"}).code == "503"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"status": 401, "version": "4.0.0"}, 401),
        ({"status": 402}, 402),
        ({"status": 552, "commandId": "c-1"}, None),
        ({"status": 200}, None),
        ({"status": "SUCCESS"}, None),
        ({"status": "FAILED", "commandStatus": "FAILED"}, None),
        ({"status": "FAILED", "error": {"code": 4006, "statusCode": "NOT_ACCEPTABLE"}}, 406),
        ({"status": "FAILED", "error": {"code": 3000, "statusCode": "UNAUTHORIZED"}}, 403),
        ({"status": "FAILED", "error": {"code": 1}}, 400),
        ([1, 2], None),
    ],
)
def test_in_body_status(body: Any, status: int | None) -> None:
    assert in_body_status(body) == status
