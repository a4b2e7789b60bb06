"""Volvo error bodies -> carconnect errors.

Three body shapes coexist on api.volvocars.com:

* Connected Vehicle / Location: ``{"status"?, "operationId"?, "error": {"message", "description"?, "detail"?}}``
  where ``message`` is a code such as ``NOT_FOUND`` or a sentence;
* Energy v2: ``{"error": {"code", "message"?, "details"?: [{"code", "message"}]}}``;
* the API gateway: ``{"statusCode", "message"}``, e.g. the 403 "Out of call volume quota. Quota will be
  replenished in HH:MM:SS." that is a quota, never a reason to log in again.

Status rules: 401 authentication; 403 quota or permission; 404 "Does not belong to allowed markets"
:class:`MarketRestrictedError` (the car or account is outside the markets the application may use);
404 "Vehicle ... not found" :class:`~carconnect.core.NotFoundError` (a VIN the account does not
have); any other 404 (and ``NOT_SUPPORTED``) not capable; 409 vehicle state; 429 rate limit; 5xx
server, except the answer that the car is in use or asleep (a vehicle state). A 422 answered to a
command becomes :class:`~carconnect.core.CommandFailedError` in the client (see :func:`command_error`).

Only a 401 about the access token refreshes it (once) and replays the call. A 401 for the
``vcc-api-key`` ("Access denied due to invalid VCC-API-KEY", or the gateway's "subscription key") is
the application's configuration: a :class:`~carconnect.core.PermissionDeniedError` with code
``invalid_api_key`` that says so. A 403 never touches the token.

The request id is the body's ``operationId``, else the ``vcc-api-operationId`` header, else the trace
id of a W3C ``traceparent`` header (Volvo's successor to ``vcc-api-operationId``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, NamedTuple

import httpx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CommandFailedError,
    ErrorDetails,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    VehicleStateError,
    parse_retry_after,
)

OPERATION_ID_HEADER = "vcc-api-operationId"
TRACEPARENT_HEADER = "traceparent"
API_KEY_CODE = "invalid_api_key"
QUOTA_MESSAGE = "out of call volume quota"
API_KEY_MARKERS = ("vcc-api-key", "api key", "api-key", "subscription key")
BUSY_MARKERS = ("in use", "asleep")
BUSY_CODE = "SERVICE_UNAVAILABLE"
NOT_SUPPORTED_CODES = frozenset({"NOT_SUPPORTED", "RESOURCE_NOT_SUPPORTED"})
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_HHMMSS = re.compile(r"(\d+):([0-5]\d):([0-5]\d)")
_SECONDS = re.compile(r"(\d+)\s*seconds?", re.IGNORECASE)
_UNKNOWN_VEHICLE = re.compile(r"\bvehicle\b.*\bnot found\b|\bunknown vehicle\b", re.IGNORECASE)
_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$")

MARKET_MESSAGE = "allowed markets"
QUOTA_WAIT_UNSTATED = 3600.0
"""Seconds the application's quota counts as used up when Volvo's quota answer says no time to replenish."""
QUOTA_WAIT_LONGEST = 86_400.0
"""Seconds a quota answer may block calls at most: the quota is a daily one, so a longer stated wait
(an epoch timestamp in a ``Retry-After``, a garbled message) counts as a day."""


class MarketRestrictedError(NotFoundError):
    """Volvo answered 404 "Does not belong to allowed markets": the vehicle or account is registered
    in a market the application may not use. Not a missing capability of the car: no other call for
    this vehicle will work either."""


_BY_STATUS: dict[int, type[ApiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotCapableError,
    409: VehicleStateError,
    429: RateLimitError,
}


class _Body(NamedTuple):
    """What any of the three shapes says."""

    code: str | None = None
    message: str | None = None
    operation_id: str | None = None
    details: Mapping[str, Any] = MappingProxyType({})


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _read(body: Any) -> _Body:
    if not isinstance(body, Mapping):
        return _Body()
    operation_id = _text(body.get("operationId"))
    error = body.get("error")
    if isinstance(error, Mapping):
        if _text(error.get("code")):  # Energy v2
            details = error.get("details")
            return _Body(
                code=_text(error.get("code")),
                message=_text(error.get("message")),
                operation_id=operation_id,
                details={"details": details} if isinstance(details, list) and details else {},
            )
        raw = _text(error.get("message"))  # Connected Vehicle / Location
        description = _text(error.get("description"))
        extra = {key: error[key] for key in ("description", "detail") if error.get(key) is not None}
        code = raw if raw and _CODE.match(raw) else None
        return _Body(code=code, message=description or raw, operation_id=operation_id, details=extra)
    return _Body(message=_text(body.get("message")), operation_id=operation_id)  # gateway


def _seconds_in(message: str | None) -> float | None:
    """Seconds to wait from "replenished in HH:MM:SS" or "try again in N seconds"."""
    if not message:
        return None
    if found := _HHMMSS.search(message):
        hours, minutes, seconds = (int(part) for part in found.groups())
        return float(hours * 3600 + minutes * 60 + seconds)
    if found := _SECONDS.search(message):
        return float(found.group(1))
    return None


def is_quota_message(message: str | None) -> bool:
    return bool(message) and QUOTA_MESSAGE in str(message).lower()


def quota_wait(status_code: int, body: Any, headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Seconds until the application's daily quota refills, when the answer is Volvo's quota 403.

    A ``Retry-After`` header (an HTTP date read against ``now``) wins over the message's
    "replenished in HH:MM:SS"; an answer that states neither gives :data:`QUOTA_WAIT_UNSTATED`, and
    no wait is longer than :data:`QUOTA_WAIT_LONGEST`. Any other answer gives ``None``.
    """
    message = _read(body).message
    if status_code != 403 or not is_quota_message(message):
        return None
    stated = parse_retry_after(headers, now)
    if stated is None:
        stated = _seconds_in(message)
    return QUOTA_WAIT_UNSTATED if stated is None else min(stated, QUOTA_WAIT_LONGEST)


def _mentions(message: str | None, markers: tuple[str, ...]) -> bool:
    lowered = (message or "").lower()
    return any(marker in lowered for marker in markers)


def is_vehicle_busy(body: Any) -> bool:
    """Whether a decoded error body says the car is in use or asleep (``SERVICE_UNAVAILABLE``)."""
    found = _read(body)
    return found.code == BUSY_CODE and _mentions(found.message, BUSY_MARKERS)


def _api_key_rejected(found: _Body, request_id: str | None) -> ErrorDetails:
    vendor = found.message or "access denied"
    return ErrorDetails(
        error_class=PermissionDeniedError,
        code=API_KEY_CODE,
        message=f"Volvo rejected the VCC API key: check the client's api_key (vcc-api-key) against the "
        f"developer portal's primary or secondary key ({vendor})",
        request_id=request_id,
        details=found.details,
        token_rejected=False,
    )


def is_market_message(message: str | None) -> bool:
    return bool(message) and MARKET_MESSAGE in str(message).lower()


def is_unknown_vehicle_message(message: str | None) -> bool:
    """Whether a 404's words say the vehicle itself is unknown ("Vehicle ... not found")."""
    return bool(message) and _UNKNOWN_VEHICLE.search(str(message)) is not None


def trace_id(traceparent: str | None) -> str | None:
    """The trace id of a W3C ``traceparent`` header value (``None`` when it is not a valid one)."""
    found = _TRACEPARENT.match((traceparent or "").strip())
    if found is None or found.group(1) == "ff" or found.group(2) == "0" * 32 or found.group(3) == "0" * 16:
        return None
    if found.group(1) == "00" and found.group(5) is not None:  # version 00 has exactly four fields
        return None
    return found.group(2)


def volvo_error_mapper(status_code: int, body: Any, headers: httpx.Headers) -> ErrorDetails:
    """The :data:`~carconnect.core.ErrorMapper` of every Volvo API."""
    found = _read(body)
    request_id = found.operation_id or headers.get(OPERATION_ID_HEADER) or trace_id(headers.get(TRACEPARENT_HEADER))
    if status_code == 401 and _mentions(found.message, API_KEY_MARKERS):
        return _api_key_rejected(found, request_id)
    error_class: type[ApiError] | None = _BY_STATUS.get(status_code)
    waits = False
    if status_code >= 500 and is_vehicle_busy(body):
        error_class = VehicleStateError
    elif status_code == 403 and is_quota_message(found.message):
        error_class, waits = QuotaExceededError, True
    elif status_code == 429:
        waits = True
    elif status_code < 500 and found.code in NOT_SUPPORTED_CODES:
        error_class = NotCapableError
    elif status_code == 404 and is_market_message(found.message):
        error_class = MarketRestrictedError
    elif status_code == 404 and is_unknown_vehicle_message(found.message):
        error_class = NotFoundError
    # A Retry-After header wins (core reads it); otherwise the wait the message states.
    retry_after = _seconds_in(found.message) if waits and parse_retry_after(headers) is None else None
    return ErrorDetails(
        error_class=error_class,
        code=found.code,
        message=found.message,
        request_id=request_id,
        retry_after=retry_after,
        details=found.details,
        token_rejected=status_code == 401,
    )


def command_error(error: ApiError) -> CommandFailedError | None:
    """The error a 422 answer to a command stands for: the car side refused or failed it."""
    if not (isinstance(error, BadRequestError) and error.status_code == 422):
        return None
    return CommandFailedError(
        error.message,
        status_code=error.status_code,
        code=error.code,
        request_id=error.request_id,
        retry_after=error.retry_after,
        body=error.body,
        details=error.details,
        method=error.method,
        url=error.url,
    )
