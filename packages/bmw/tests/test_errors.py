"""The CarData error mapper: error id first, status second, BMW's gateway faults, and the known quirks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from carconnect.bmw import ERROR_IDS, QUOTA_ERROR_ID, map_cardata_error
from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    VehicleUnavailableError,
    error_from_response,
)


def cardata(error_id: str | None, message: str = "msg", note: str = "a note") -> dict[str, Any]:
    return {"exveErrorId": error_id, "exveErrorRef": "ref-42", "exveErrorMsg": message, "exveNote": note}


def mapped(status: int, body: Any, headers: dict[str, str] | None = None) -> ApiError:
    response = httpx.Response(status, json=body, headers=headers)
    return error_from_response(response, map_cardata_error)


EXPECTED = {
    "CU-100": AuthenticationError,
    "CU-101": AuthenticationError,
    "CU-102": AuthenticationError,
    "CU-103": PermissionDeniedError,
    "CU-104": PermissionDeniedError,
    "CU-105": PermissionDeniedError,
    "CU-120": BadRequestError,
    "CU-121": BadRequestError,
    "CU-122": ConflictError,
    "CU-124": ConflictError,
    "CU-125": BadRequestError,
    "CU-126": NotFoundError,
    "CU-127": NotFoundError,
    "CU-400": BadRequestError,
    "CU-401": BadRequestError,
    "CU-402": BadRequestError,
    "CU-429": QuotaExceededError,
    "CU-500": ServerError,
    "CU-503": VehicleUnavailableError,
}


def test_every_documented_id_is_mapped() -> None:
    assert set(ERROR_IDS) == set(EXPECTED)


@pytest.mark.parametrize(("error_id", "error_class"), sorted(EXPECTED.items()))
@pytest.mark.parametrize("status", [400, 403, 404, 500])
def test_the_error_id_decides_whatever_the_status(error_id: str, error_class: type[ApiError], status: int) -> None:
    error = mapped(status, cardata(error_id))
    assert type(error) is error_class
    assert error.code == error_id
    assert error.status_code == status
    assert error.request_id == "ref-42"
    assert error.details == {"exveErrorRef": "ref-42", "exveNote": "a note"}


def test_quota_on_403_is_never_an_authentication_error() -> None:
    error = mapped(403, cardata(QUOTA_ERROR_ID, "API rate limit reached", "Daily limit reached."))
    assert isinstance(error, QuotaExceededError)
    assert isinstance(error, RateLimitError)
    assert not isinstance(error, AuthenticationError | PermissionDeniedError)
    assert "API rate limit reached" in error.message


def test_quota_keeps_a_retry_after_header() -> None:
    error = mapped(403, cardata(QUOTA_ERROR_ID), {"Retry-After": "120"})
    assert error.retry_after == 120.0


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_an_empty_or_unknown_id_falls_back_to_the_status(status: int, error_class: type[ApiError]) -> None:
    for error_id in ("", None, "CU-999"):
        error = mapped(status, cardata(error_id, "Unauthorized", "Unauthorized"))
        assert type(error) is error_class
        assert error.code == (error_id or None)
        assert error.message == "Unauthorized", "equal message and note are said once"


def test_message_combines_meaning_and_vendor_text() -> None:
    error = mapped(400, cardata("CU-124", "container limit", "Max 10 containers."))
    assert error.message.startswith("the account already has the maximum number of containers")
    assert "container limit: Max 10 containers." in error.message
    assert str(error).startswith("HTTP 400 CU-124: ")


def test_a_token_message_under_an_unrelated_id_is_an_authentication_error() -> None:
    body = cardata("CU-127", "invalid_token", "The presented token is invalid or expired.")
    error = mapped(403, body)
    assert type(error) is AuthenticationError
    assert error.code == "CU-127"


def test_a_token_message_does_not_hide_the_quota() -> None:
    assert type(mapped(403, cardata(QUOTA_ERROR_ID, "invalid_token"))) is QuotaExceededError


def test_gateway_token_fault_is_an_authentication_error() -> None:
    body = {
        "fault": {
            "faultstring": "Invalid Access Token",
            "detail": {"errorcode": "keymanagement.service.invalid_access_token"},
        }
    }
    error = mapped(500, body)
    assert type(error) is AuthenticationError
    assert error.code == "keymanagement.service.invalid_access_token"
    assert error.message == "Invalid Access Token"


def test_other_gateway_faults_follow_the_status() -> None:
    error = mapped(502, {"fault": {"faultstring": "Bad gateway", "detail": None}})
    assert type(error) is ServerError
    assert error.message == "Bad gateway"


@pytest.mark.parametrize("body", [None, "plain text", ["a"], {"error": "x"}])
def test_foreign_bodies_are_left_to_core(body: Any) -> None:
    assert map_cardata_error(400, body, httpx.Headers()) is None


def test_html_error_page() -> None:
    response = httpx.Response(503, text="<html><title>Maintenance</title></html>")
    error = error_from_response(response, map_cardata_error)
    assert type(error) is ServerError
    assert error.message == "HTML error page: Maintenance"
