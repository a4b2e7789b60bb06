"""Ford error bodies -> carconnect errors.

The shapes, and what they become:

* FordConnect ``{"error": {"code", "title", "details", "statusCode"}, "status": "FAILED", ...}``:
  3000 (the user has not authorized the application for this vehicle: the vehicle is picked, and
  authorized, in Ford's account-linking login) -> :class:`ReauthorizationRequiredError`, 4002 ->
  :class:`NotFoundError`, 4006 / 406 (EV-only command on an ICE car, data that does not apply) ->
  :class:`NotCapableError`;
* FordConnect validation ``{"errorCode": "400", "errorMessage"}`` -> :class:`BadRequestError`;
* API gateway ``{"statusCode", "message"}``: a missing or invalid subscription key (``Application-Id``)
  is a configuration problem, not a login problem -> :class:`PermissionDeniedError`; 429 -> rate limit;
  ``statusCode`` is the vendor's code only when it is not the HTTP status repeated;
* OAuth-style ``{"error": "invalid_token", "error_description"}`` -> :class:`AuthenticationError`;
* Ford token/CAT hosts ``{"message", "errorCode": "460", "timestamp"}``: 460 is an invalid or expired
  token -> :class:`AuthenticationError`;
* Autonomic ``{"code", "error", "message", "messageParams", "referenceId"}``: ``referenceId`` is the
  request id; ``DENY_ALLOW`` -> :class:`PermissionDeniedError`; a 502 from the vehicle's telematics
  service -> :class:`VehicleUnavailableError`;
* in-body numeric statuses of HTTP 200 answers (legacy ``status`` 401, 402...) arrive here through
  :mod:`carconnect.ford.inbody` with that status.

Status rules for everything else: 406 -> :class:`NotCapableError`, then carconnect-core's defaults.

Only an answer that says the access token itself is bad (``invalid_token``, ``errorCode`` 460, an
Autonomic 401, a 401 with no recognisable body) makes carconnect-core refresh the token and replay the
call once: a subscription key (``Application-Id``) Ford refuses is a :class:`PermissionDeniedError`
naming what to fix, and a user or vehicle not authorized for the application (3000) a
:class:`ReauthorizationRequiredError` (the user links the vehicle again); neither refreshes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ErrorDetails,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReauthorizationRequiredError,
    VehicleUnavailableError,
)

INVALID_TOKEN_CODE = "460"
"""Ford's ``errorCode`` for an invalid or expired token."""

_FORDCONNECT_CODES: dict[int, type[ApiError]] = {
    3000: ReauthorizationRequiredError,
    4002: NotFoundError,
    4006: NotCapableError,
}
_FORDCONNECT_STATUS_CODES: dict[str, type[ApiError]] = {
    "UNAUTHORIZED": PermissionDeniedError,
    "NOT_FOUND": NotFoundError,
    "NOT_ACCEPTABLE": NotCapableError,
}
_UPSTREAM_STATUSES = frozenset({502, 504})
_UNAUTHORIZED_USER = 3000
_INVALID_TOKEN = "invalid_token"
_FIX_KEY = "check application_id=, sent as the Application-Id header; the token is not the problem"
_LINK_AGAIN = "the user has not authorized this application for this vehicle: link it again in Ford's login"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _code(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return _text(value)


def _fordconnect(status: int, body: Mapping[str, Any], error: Mapping[str, Any]) -> ErrorDetails:
    code = error.get("code")
    status_code = _text(error.get("statusCode"))
    error_class = _FORDCONNECT_CODES.get(code) if isinstance(code, int) else None
    error_class = error_class or _FORDCONNECT_STATUS_CODES.get(status_code or "") or _by_status(status)
    title, details = _text(error.get("title")), _text(error.get("details"))
    message = f"{title}: {details}" if title and details and details != title else title or details
    extra = {"title": title, "statusCode": status_code}
    extra.update({key: body[key] for key in ("status", "commandStatus", "commandId") if body.get(key) is not None})
    if code == _UNAUTHORIZED_USER:
        message = f"{message or 'Unauthorized user'} ({_LINK_AGAIN})"
    return ErrorDetails(error_class=error_class, code=_code(code), message=message, details=extra, token_rejected=False)


def _gateway(status: int, body: Mapping[str, Any]) -> ErrorDetails:
    message = _text(body.get("message"))
    if message and "subscription key" in message.lower():
        code = "missing_subscription_key" if "missing" in message.lower() else "invalid_subscription_key"
        return ErrorDetails(
            error_class=PermissionDeniedError, code=code, message=f"{message} ({_FIX_KEY})", token_rejected=False
        )
    vendor_code = _code(body.get("statusCode"))
    return ErrorDetails(
        error_class=_by_status(status), code=None if vendor_code == str(status) else vendor_code, message=message
    )


def _ford_coded(status: int, body: Mapping[str, Any]) -> ErrorDetails:
    code = _code(body.get("errorCode"))
    if "errorMessage" in body:
        return ErrorDetails(error_class=BadRequestError, code=code, message=_text(body.get("errorMessage")))
    rejected = code == INVALID_TOKEN_CODE
    error_class = AuthenticationError if rejected else _by_status(status)
    return ErrorDetails(
        error_class=error_class, code=code, message=_text(body.get("message")), token_rejected=rejected or None
    )


def _autonomic(status: int, body: Mapping[str, Any]) -> ErrorDetails:
    params = body.get("messageParams")
    verdict = _text(params.get("status")) if isinstance(params, Mapping) else None
    if verdict == "DENY_ALLOW":
        error_class: type[ApiError] | None = PermissionDeniedError
    elif status in _UPSTREAM_STATUSES:
        error_class = VehicleUnavailableError
    else:
        error_class = _by_status(status)
    details = {"messageTemplate": body.get("messageTemplate"), "messageParams": params}
    return ErrorDetails(
        error_class=error_class,
        code=verdict or _text(body.get("error")),
        message=_text(body.get("message")),
        request_id=_text(body.get("referenceId")),
        details={key: value for key, value in details.items() if value is not None},
        token_rejected=False if verdict == "DENY_ALLOW" else None,
    )


def _by_status(status: int) -> type[ApiError] | None:
    if status == 406:
        return NotCapableError
    if status == 429:
        return RateLimitError
    return None


def ford_error_mapper(status: int, body: Any, headers: httpx.Headers) -> ErrorDetails | None:
    """The carconnect-core :data:`~carconnect.core.ErrorMapper` of every Ford API."""
    if not isinstance(body, Mapping):
        return ErrorDetails(error_class=_by_status(status))
    error = body.get("error")
    if isinstance(error, Mapping):
        return _fordconnect(status, body, error)
    if isinstance(body.get("code"), int) and isinstance(error, str):
        return _autonomic(status, body)
    if "errorCode" in body:
        return _ford_coded(status, body)
    if isinstance(body.get("statusCode"), int):
        return _gateway(status, body)
    if isinstance(error, str):
        error_class = AuthenticationError if status == 401 else _by_status(status)
        return ErrorDetails(
            error_class=error_class,
            code=error,
            message=_text(body.get("error_description")),
            token_rejected=True if error == _INVALID_TOKEN else None,
        )
    return ErrorDetails(error_class=_by_status(status))
