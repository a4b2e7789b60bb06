"""Error styles: how one vendor host words auth failures, quota, rate limits and other errors.

Brand profiles subclass :class:`ErrorStyle`; brand plug-ins may pass their own per host.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from http import HTTPStatus
from types import MappingProxyType
from typing import Any

from starlette.responses import JSONResponse, Response

from ..errors import AuthFailure

_REQUEST_HEADERS: ContextVar[Mapping[str, str]] = ContextVar(
    "carconnect_sim_request_headers", default=MappingProxyType({})
)


def request_id() -> str:
    return str(uuid.uuid4())


@contextmanager
def answering_request(headers: Mapping[str, str]) -> Iterator[None]:
    """While the app answers a request with ``headers`` (case-insensitive), :func:`request_header` reads them."""
    token = _REQUEST_HEADERS.set(headers)
    try:
        yield
    finally:
        _REQUEST_HEADERS.reset(token)


def request_header(name: str) -> str | None:
    """A header of the request being answered (``None`` when absent), for styles that quote the caller's ids."""
    return _REQUEST_HEADERS.get().get(name)


def with_retry_after(response: Response, seconds: int) -> Response:
    """``response`` with ``Retry-After: seconds`` when it is a 429 that states no wait."""
    if response.status_code == 429:
        response.headers.setdefault("Retry-After", str(seconds))
    return response


def phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)


def hhmmss(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


class ErrorStyle:
    """A neutral JSON style; every method returns a complete response."""

    def auth_failure(self, failure: AuthFailure, now: datetime) -> Response:
        error = "insufficient_scope" if failure.status_code == 403 else "invalid_token"
        return json_response(
            failure.status_code,
            {"error": error, "error_description": failure.description},
            {"WWW-Authenticate": f'Bearer error="{error}"'},
        )

    def quota(self, reset_in: int, now: datetime) -> Response:
        """The answer once a daily call quota is used up; ``reset_in`` seconds until it refills."""
        return self.rate_limit(reset_in, now)

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        return json_response(
            429, {"error": "rate_limited", "message": "Too many requests"}, {"Retry-After": str(retry_after)}
        )

    def error(self, status: int, message: str, now: datetime) -> Response:
        return json_response(status, {"error": phrase(status), "message": message})


class OAuthErrorStyle(ErrorStyle):
    """Login hosts: RFC 6749 ``{"error", "error_description"}`` bodies."""

    def error(self, status: int, message: str, now: datetime) -> Response:
        code = "server_error" if status >= 500 else "temporarily_unavailable" if status == 429 else "invalid_request"
        return json_response(status, {"error": code, "error_description": message})

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        return json_response(
            429,
            {"error": "temporarily_unavailable", "error_description": "Too many requests"},
            {"Retry-After": str(retry_after)},
        )
