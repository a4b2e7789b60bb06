"""BMW CarData error bodies -> carconnect error classes.

CarData answers every failure with ``{exveErrorId, exveErrorRef, exveErrorMsg, exveNote}``. The
same HTTP status carries unrelated errors (403 is the daily quota ``CU-429``, a foreign container
``CU-105`` or a token problem), so the error id decides first and the status only when the id is
empty or unknown. BMW's gateway may answer with its own ``{"fault": ...}`` body instead.

Only an error about the access token itself (``CU-100`` to ``CU-102``, ``invalid_token``, the
gateway's ``invalid_access_token``) refreshes the token and replays the call once; a missing scope or
subscription (``CU-103``), a VIN or container permission and the quota never do. An empty or unknown
id leaves that to the status too: a 401 refreshes, a 403 does not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetails,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    ServerError,
    VehicleUnavailableError,
)

QUOTA_ERROR_ID = "CU-429"
"""Daily quota (50 calls per account) exhausted; BMW sends it with HTTP 403."""
INVALID_VIN_ERROR_ID = "CU-120"
"""Malformed VIN (BMW wants 17 upper-case characters)."""
INVALID_CONTAINER_ERROR_ID = "CU-121"
"""Malformed container id (BMW's are 13 characters)."""

ERROR_IDS: Mapping[str, tuple[type[ApiError], str]] = {
    "CU-100": (AuthenticationError, "no access token was sent"),
    "CU-101": (AuthenticationError, "the access token was not accepted"),
    "CU-102": (AuthenticationError, "the access token has expired"),
    "CU-103": (PermissionDeniedError, "the token lacks the CarData scope: subscribe the client and log in again"),
    "CU-104": (PermissionDeniedError, "no permission for this VIN (not mapped as PRIMARY or not telematics capable)"),
    "CU-105": (PermissionDeniedError, "no permission for this container"),
    INVALID_VIN_ERROR_ID: (BadRequestError, "invalid VIN format (17 upper-case characters)"),
    INVALID_CONTAINER_ERROR_ID: (BadRequestError, "invalid container id format (13 characters)"),
    "CU-122": (ConflictError, "the container is already deleted"),
    "CU-124": (ConflictError, "the account already has the maximum number of containers (10)"),
    "CU-125": (BadRequestError, "the pagination token has expired: start again from the first page"),
    "CU-126": (NotFoundError, "no vehicle image for this VIN"),
    "CU-127": (NotFoundError, "no location-based charging settings for this VIN"),
    "CU-400": (BadRequestError, "bad request"),
    "CU-401": (BadRequestError, "invalid parameter"),
    "CU-402": (BadRequestError, "invalid telematic descriptor"),
    QUOTA_ERROR_ID: (QuotaExceededError, "the daily CarData quota is exhausted"),
    "CU-500": (ServerError, "CarData internal error"),
    "CU-503": (VehicleUnavailableError, "a BMW partner system is unavailable"),
}
"""Every documented ``exveErrorId``: the error class it raises and what it means."""

_INVALID_TOKEN = "invalid_token"
_GATEWAY_TOKEN_FAULT = "invalid_access_token"


def _text(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def _message(meaning: str | None, short: str | None, note: str | None) -> str | None:
    parts = [part for part in (short, note) if part]
    if len(parts) == 2 and parts[0].rstrip(".").lower() == parts[1].rstrip(".").lower():
        parts.pop()
    vendor = ": ".join(parts) or None
    if meaning and vendor:
        return f"{meaning} ({vendor})"
    return meaning or vendor


def _cardata_error(body: Mapping[str, Any]) -> ErrorDetails:
    error_id = _text(body, "exveErrorId")
    short, note = _text(body, "exveErrorMsg"), _text(body, "exveNote")
    error_class, meaning = ERROR_IDS.get(error_id or "", (None, None))
    if short == _INVALID_TOKEN and error_class not in (AuthenticationError, PermissionDeniedError, QuotaExceededError):
        # Seen in the wild: a token error under an unrelated id (CU-127 "invalid_token").
        error_class, meaning = AuthenticationError, "the access token was not accepted"
    details = {key: value for key in ("exveErrorRef", "exveNote") if (value := _text(body, key))}
    return ErrorDetails(
        error_class=error_class,
        code=error_id,
        message=_message(meaning, short, note),
        request_id=_text(body, "exveErrorRef"),
        details=details,
    )


def _gateway_fault(fault: Mapping[str, Any]) -> ErrorDetails:
    detail = fault.get("detail")
    code = _text(detail, "errorcode") if isinstance(detail, Mapping) else None
    token_fault = code is not None and code.endswith(_GATEWAY_TOKEN_FAULT)
    return ErrorDetails(
        error_class=AuthenticationError if token_fault else None,
        code=code,
        message=_text(fault, "faultstring"),
    )


def map_cardata_error(status_code: int, body: Any, headers: httpx.Headers) -> ErrorDetails | None:
    """The :data:`carconnect.core.ErrorMapper` of the CarData API (error id first, status second)."""
    if not isinstance(body, Mapping):
        return None
    if "exveErrorId" in body or "exveErrorMsg" in body:
        return _cardata_error(body)
    fault = body.get("fault")
    if isinstance(fault, Mapping):
        return _gateway_fault(fault)
    return None


def is_quota_error(body: Any) -> bool:
    """Whether a decoded error body is BMW's daily-quota error, whatever its status."""
    return isinstance(body, Mapping) and _text(body, "exveErrorId") == QUOTA_ERROR_ID
