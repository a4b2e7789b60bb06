"""Turning an error response into the right :class:`~carconnect.core.errors.ApiError` subclass.

A brand passes an :data:`ErrorMapper`: a function that reads its vendor's error body (Smartcar
``type``/``code``, BMW ``exveErrorId``, Volvo quota text...) and returns :class:`ErrorDetails`.
Whatever it leaves open is filled from the status code, the common body shapes and the headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .clock import Clock
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
)
from .redact import redacted, redacted_body, request_facts, request_of, sent_secrets
from .retry import parse_retry_after

REQUEST_ID_HEADERS = ("x-request-id", "sc-request-id", "x-correlation-id", "x-amzn-requestid", "request-id")
_MAX_TEXT = 500
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class ErrorDetails:
    """What a brand's mapper found in an error response; ``None`` fields fall back to the defaults."""

    error_class: type[ApiError] | None = None
    code: str | None = None
    message: str | None = None
    request_id: str | None = None
    retry_after: float | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    token_rejected: bool | None = None
    """Whether the answer says the access token itself is bad (refresh once and replay once).
    ``None``: decided by the error class (an :class:`AuthenticationError` that is not a
    :class:`ReauthorizationRequiredError`)."""


ErrorMapper = Callable[[int, Any, httpx.Headers], ErrorDetails | None]
"""``(status_code, decoded_body, headers) -> ErrorDetails | None``."""

_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def class_for_status(status_code: int) -> type[ApiError]:
    """The default error class for a status: 5xx (including 520, 599) is a server error."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, ApiError)


def decode_body(content: bytes) -> Any:
    """The body as JSON when it parses, else as (shortened) text, else ``None`` when empty."""
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return content.decode("utf-8", errors="replace").strip()[:_MAX_TEXT]


def default_message(status_code: int, body: Any) -> str:
    """A readable message from the common body shapes, an HTML page title, or the status line."""
    if isinstance(body, Mapping):
        for key in ("message", "error_description", "description", "detail", "title", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return str(value)
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
            return default_message(status_code, errors[0])
    if isinstance(body, str) and body:
        if "<html" in body.lower() or "<!doctype" in body.lower():
            title = _TITLE.search(body)
            return f"HTML error page: {title.group(1).strip()}" if title else "HTML error page"
        return body.splitlines()[0][:200]
    try:
        return httpx.codes.get_reason_phrase(status_code) or f"HTTP status {status_code}"
    except ValueError:
        return f"HTTP status {status_code}"


def request_id_of(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        if value := headers.get(name):
            return str(value)
    return None


def error_from_response(
    response: httpx.Response, mapper: ErrorMapper | None = None, *, clock: Clock | None = None
) -> ApiError:
    """Build the typed error for a non-success response (its body must already be read).

    ``clock``: what an HTTP-date ``Retry-After`` is read against (the client's; the system clock
    when omitted).
    """
    return classify_response(response, mapper, clock=clock)[0]


def classify_response(
    response: httpx.Response, mapper: ErrorMapper | None = None, *, clock: Clock | None = None
) -> tuple[ApiError, bool]:
    """The typed error for a non-success response, and whether it rejects the access token.

    Credentials the request carried never appear in the error's message, body or details, even when
    the server echoes them (:mod:`carconnect.core.redact`). The error's ``retry_after`` is the
    mapper's, else the ``Retry-After`` header's, an HTTP date read against ``clock`` (the client's;
    the system clock when omitted).
    """
    status = response.status_code
    request = request_of(response)
    secrets = sent_secrets(request)
    body = decode_body(redacted_body(response.content, secrets))
    found = mapper(status, body, response.headers) if mapper else None
    found = found or ErrorDetails()
    error_class = found.error_class or class_for_status(status)
    code = found.code
    if code is None and isinstance(body, Mapping):
        raw_code = body.get("code") or body.get("error")
        code = str(raw_code) if isinstance(raw_code, str | int) else None
    token_rejected = found.token_rejected
    if token_rejected is None:
        token_rejected = issubclass(error_class, AuthenticationError) and not issubclass(
            error_class, ReauthorizationRequiredError
        )
    error = error_class(
        redacted(found.message, secrets) if found.message else default_message(status, body),
        status_code=status,
        code=code,
        request_id=found.request_id or request_id_of(response.headers),
        retry_after=found.retry_after
        if found.retry_after is not None
        else parse_retry_after(response.headers, clock.now() if clock is not None else None),
        body=body,
        details={
            key: redacted(value, secrets) if isinstance(value, str) else value for key, value in found.details.items()
        },
        **request_facts(request),
    )
    return error, token_rejected
