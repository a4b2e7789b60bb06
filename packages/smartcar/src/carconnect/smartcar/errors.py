"""Smartcar's error bodies, mapped to the carconnect error hierarchy.

Two shapes: the flat v2 body ``{type, code, description, resolution, suggestedUserMessage, ...}``
(also inside failed batch items) and the v3 JSON:API body ``{"errors": [{status, type, code, title,
detail, resolution, ...}]}``. The error class follows ``type`` (and a few codes); ``code`` is
Smartcar's own code (``"VEHICLE"``; ``None`` when Smartcar sends none), and ``details`` keeps
``type`` beside it, with ``code``, ``resolution`` (the type string), ``resolution_url``,
``suggested_user_message``, ``doc_url`` and, for validation errors, ``detail``. A ``resolution``
may be an object, a bare string or null, and ``code`` casing is not guaranteed (``"Vehicle"``):
both are normalised here.

Only an ``AUTHENTICATION`` error (other than ``ACCESS_DENIED``) says the access token itself is
bad, so only it refreshes the token and replays the call once. A broken maker login
(``CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED``) is a
:class:`~carconnect.core.ReauthorizationRequiredError` whose ``details["resolution_url"]`` is
Smartcar's re-authentication link. ``AUTHENTICATION:ACCESS_DENIED`` (the user's consent does not
cover the call) is a :class:`~carconnect.core.ReauthorizationRequiredError` too when Smartcar's
resolution is ``REAUTHENTICATE`` (the user must go through Connect again), else a
:class:`~carconnect.core.PermissionDeniedError`. A plan or account problem (``BILLING``) is a
:class:`~carconnect.core.PermissionDeniedError`, never an error that suggests waiting, except the
monthly per-vehicle request quota (``BILLING:VEHICLE_REQUEST_LIMIT``, a
:class:`~carconnect.core.QuotaExceededError`).
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
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    VehicleStateError,
    VehicleUnavailableError,
)

RETRY_LATER = "RETRY_LATER"
REAUTHENTICATE = "REAUTHENTICATE"

ERROR_CLASSES: dict[str, type[ApiError]] = {
    "VALIDATION": BadRequestError,
    "CONNECTED_SERVICES_ACCOUNT": PermissionDeniedError,
    "AUTHENTICATION": AuthenticationError,
    "PERMISSION": PermissionDeniedError,
    "RESOURCE_NOT_FOUND": NotFoundError,
    "VEHICLE_STATE": VehicleStateError,
    "RATE_LIMIT": RateLimitError,
    "BILLING": PermissionDeniedError,
    "SERVER": ServerError,
    "COMPATIBILITY": NotCapableError,
    "UPSTREAM": VehicleUnavailableError,
}
"""Error class per Smartcar error type."""

CODE_CLASSES: dict[tuple[str, str], type[ApiError]] = {
    ("CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED"): ReauthorizationRequiredError,
    ("CONNECTED_SERVICES_ACCOUNT", "VEHICLE_MISSING"): NotFoundError,
    ("AUTHENTICATION", "ACCESS_DENIED"): PermissionDeniedError,
    ("BILLING", "VEHICLE_REQUEST_LIMIT"): QuotaExceededError,
}
"""Codes whose meaning differs from their type's: the user must log in to the maker again (follow
``resolution_url``), the vehicle left the user's account, the token may not act for this user or
vehicle, or the vehicle's monthly request quota is spent."""

CONSENT_DENIED = ("AUTHENTICATION", "ACCESS_DENIED")
"""The user's consent does not cover the call; with the resolution ``REAUTHENTICATE`` the user must
authorize again (:class:`~carconnect.core.ReauthorizationRequiredError`)."""


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def resolution_of(body: Any) -> tuple[str | None, str | None]:
    """``(resolution type, url)`` of a v2 error object or a v3 error document, upper-cased type."""
    error = error_object(body)
    if error is None:
        return None, None
    resolution = error.get("resolution")
    if isinstance(resolution, Mapping):
        kind, url = _text(resolution.get("type")), _text(resolution.get("url"))
    else:
        kind, url = _text(resolution), None
    return (kind.upper() if kind else None), url


def error_object(body: Any) -> Mapping[str, Any] | None:
    """The Smartcar error in ``body``: the v2 object itself, or the first of a v3 ``errors`` list."""
    if not isinstance(body, Mapping):
        return None
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        return errors[0]
    return body if isinstance(body.get("type"), str) else None


def smartcar_error_mapper(status: int, body: Any, headers: httpx.Headers) -> ErrorDetails | None:
    """Core ``ErrorMapper`` for every Smartcar host (token endpoints excepted: they speak OAuth)."""
    error = error_object(body)
    if error is None:
        return None
    kind = (_text(error.get("type")) or "").upper()
    raw_code = _text(error.get("code"))
    code = raw_code.upper() if raw_code else None
    resolution, url = resolution_of(body)
    details: dict[str, Any] = {
        "type": kind or None,
        "code": code,
        "resolution": resolution,
        "resolution_url": url,
        "suggested_user_message": _text(error.get("suggestedUserMessage")),
        "doc_url": _text(error.get("docURL")) or _doc_link(error),
    }
    if isinstance(error.get("detail"), list):
        details["detail"] = error["detail"]
    message = _text(error.get("description")) or _text(error.get("detail")) or _text(error.get("title"))
    error_class = CODE_CLASSES.get((kind, code or "")) or ERROR_CLASSES.get(kind)
    if (kind, code, resolution) == (*CONSENT_DENIED, REAUTHENTICATE):
        error_class = ReauthorizationRequiredError
    return ErrorDetails(
        error_class=error_class,
        code=code,
        message=message,
        request_id=_text(error.get("requestId")) if not headers.get("sc-request-id") else None,
        details=details,
        token_rejected=kind == "AUTHENTICATION" and code != "ACCESS_DENIED",
    )


def _doc_link(error: Mapping[str, Any]) -> str | None:
    links = error.get("links")
    return _text(links.get("about")) if isinstance(links, Mapping) else None


def suggested_user_message(error: ApiError) -> str | None:
    """The text Smartcar suggests showing the end user for this error, when it sent one."""
    return _text(error.details.get("suggested_user_message"))


def should_retry_later(error: ApiError) -> bool:
    """True when Smartcar's resolution for the error is ``RETRY_LATER`` (wait ``retry_after`` if set)."""
    return error.details.get("resolution") == RETRY_LATER
