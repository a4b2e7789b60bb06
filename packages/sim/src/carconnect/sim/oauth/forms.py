"""Reading OAuth request parameters and answering OAuth errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import OAuthFailure, answering

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _single(pairs: list[tuple[str, str]]) -> dict[str, str]:
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:
            raise OAuthFailure("invalid_request", f"parameter {key!r} was sent more than once")
        params[key] = value
    return params


async def read_params(request: Request, *, allow_json: bool = False) -> dict[str, str]:
    """The form body (or a JSON object when ``allow_json``) as single-valued parameters."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if content_type == "application/json" and allow_json:
        try:
            data = json.loads(body or b"{}")
        except ValueError as exc:
            raise OAuthFailure("invalid_request", "the JSON body does not parse") from exc
        if not isinstance(data, dict):
            raise OAuthFailure("invalid_request", "the JSON body must be an object")
        return {str(key): str(value) for key, value in data.items() if value is not None}
    if content_type not in ("application/x-www-form-urlencoded", "") or (not content_type and body):
        raise OAuthFailure("invalid_request", "Content-Type must be application/x-www-form-urlencoded")
    return _single(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def query_params(request: Request) -> dict[str, str]:
    return _single(list(request.query_params.multi_items()))


def check_fixed_query(request: Request, expected: Mapping[str, str]) -> None:
    """Vendor endpoints pinned to a query value (Ford's B2C policy ``p=...``)."""
    for key, value in expected.items():
        if request.query_params.get(key, "").lower() != value.lower():
            raise OAuthFailure("invalid_request", f"query parameter {key}={value} is required")


def oauth_error(failure: OAuthFailure) -> JSONResponse:
    body = {"error": failure.error, "error_description": failure.description}
    return JSONResponse(body, status_code=failure.status_code, headers={**NO_STORE, **failure.headers})


answers_oauth_errors = answering(OAuthFailure, oauth_error)
"""Wrap an OAuth endpoint: an :class:`OAuthFailure` it raises is answered as the JSON error."""


def origin(request: Request) -> str:
    """``scheme://host[:port]`` as the client addressed the simulator."""
    return f"{request.url.scheme}://{request.url.netloc}"
