"""In-body statuses: Ford sometimes answers a failure with HTTP 200 and puts the real status in the body.

Seen in the wild: legacy FordPass bodies whose numeric ``status`` is 401 or 402 (552 means "command
pending" and is left alone), and FordConnect bodies with ``"status": "FAILED"`` plus an ``error``
object. These transports give such an answer the status it means, so carconnect-core's error mapping
raises the typed error instead of handing a failure to the generated parser. Other answers pass
through untouched (their body is read once, which the client does anyway).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

PENDING_STATUS = 552
"""Legacy FordPass in-body status of a command that is still running (not an error)."""

_FORDCONNECT_STATUSES = {"UNAUTHORIZED": 403, "NOT_FOUND": 404, "NOT_ACCEPTABLE": 406}
_STALE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


def in_body_status(body: Any) -> int | None:
    """The HTTP status a 2xx JSON body really carries, or ``None`` when it reports no failure."""
    if not isinstance(body, Mapping):
        return None
    status = body.get("status")
    if isinstance(status, int) and not isinstance(status, bool):
        return status if status >= 400 and status != PENDING_STATUS else None
    error = body.get("error")
    if status == "FAILED" and isinstance(error, Mapping):
        return _FORDCONNECT_STATUSES.get(str(error.get("statusCode")), 400)
    return None


def _json(response: httpx.Response) -> Any:
    if not response.is_success or "json" not in response.headers.get("content-type", ""):
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _checked(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` (already read), or a copy carrying the in-body status."""
    status = in_body_status(_json(response))
    if status is None:
        return response
    headers = [(name, value) for name, value in response.headers.multi_items() if name.lower() not in _STALE_HEADERS]
    return httpx.Response(status, headers=headers, content=response.content, request=request)


class InBodyStatusTransport(httpx.BaseTransport):
    """Sync transport wrapper applying :func:`in_body_status`."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not response.is_success or "json" not in response.headers.get("content-type", ""):
            return response
        response.read()
        return _checked(response, request)

    def close(self) -> None:
        self.inner.close()


class AsyncInBodyStatusTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`InBodyStatusTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not response.is_success or "json" not in response.headers.get("content-type", ""):
            return response
        await response.aread()
        return _checked(response, request)

    async def aclose(self) -> None:
        await self.inner.aclose()
