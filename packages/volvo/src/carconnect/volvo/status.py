"""Volvo's public API backend status (the developer portal's notice of a disruption).

No login and no API key: one unauthenticated GET on the developer portal's backend. An empty or
missing ``message`` means Volvo reports no disruption.

    from carconnect.volvo.status import api_status

    status = api_status()
    print("OK" if status.ok else status.message)
"""

from __future__ import annotations

import dataclasses

import httpx

from carconnect.core import (
    RequestTimeoutError,
    ResponseParseError,
    TransportError,
    default_headers,
    error_from_response,
)
from carconnect.core.calls import request_named, transport_problem

from ._generated.backend_status.api.status import get_backend_status
from ._generated.backend_status.client import Client
from ._generated.backend_status.models import BackendStatus
from ._generated.backend_status.types import Response, Unset
from .errors import volvo_error_mapper

PORTAL_URL = "https://public-developer-portal-bff.weu-prod.ecpaz.volvocars.biz"
STATUS_TIMEOUT = httpx.Timeout(10.0)


@dataclasses.dataclass(frozen=True)
class ApiStatus:
    """What the portal reports; :attr:`ok` when it reports no disruption."""

    message: str | None

    @property
    def ok(self) -> bool:
        return not self.message


def _status(response: Response[BackendStatus]) -> ApiStatus:
    if response.status_code >= 300:
        raw = httpx.Response(response.status_code, headers=response.headers, content=response.content)
        raise error_from_response(raw, volvo_error_mapper)
    if response.parsed is None:
        raise ResponseParseError("the status answer has no body of the documented type", raw=response.content)
    message = response.parsed.message
    return ApiStatus(message=None if isinstance(message, Unset) or message is None else message.strip() or None)


def _carconnect_error(exc: Exception) -> Exception:
    """The carconnect error for a failed status request; a transport error names the request as core's do."""
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{request_named(exc) or 'the status request'} timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.HTTPError):
        named = request_named(exc)
        return TransportError(f"no HTTP answer{f' from {named}' if named else ''}: {transport_problem(exc)}")
    return ResponseParseError(f"the status answer does not match its model: {type(exc).__name__}: {exc}")


def api_status(
    *,
    base_url: str = PORTAL_URL,
    transport: httpx.BaseTransport | None = None,
    http_timeout: httpx.Timeout = STATUS_TIMEOUT,
) -> ApiStatus:
    """The portal's current status (one request, no retries)."""
    http = httpx.Client(base_url=base_url, transport=transport, timeout=http_timeout, headers=default_headers())
    try:
        response = get_backend_status.sync_detailed(client=Client(base_url=base_url).set_httpx_client(http))
    except (httpx.HTTPError, ValueError, TypeError) as exc:
        raise _carconnect_error(exc) from exc
    finally:
        if transport is None:  # a transport you passed stays open
            http.close()
    return _status(response)


async def aapi_status(
    *,
    base_url: str = PORTAL_URL,
    transport: httpx.AsyncBaseTransport | None = None,
    http_timeout: httpx.Timeout = STATUS_TIMEOUT,
) -> ApiStatus:
    """Async twin of :func:`api_status`."""
    http = httpx.AsyncClient(base_url=base_url, transport=transport, timeout=http_timeout, headers=default_headers())
    try:
        response = await get_backend_status.asyncio_detailed(
            client=Client(base_url=base_url).set_async_httpx_client(http)
        )
    except (httpx.HTTPError, ValueError, TypeError) as exc:
        raise _carconnect_error(exc) from exc
    finally:
        if transport is None:
            await http.aclose()
    return _status(response)


__all__ = ["PORTAL_URL", "ApiStatus", "aapi_status", "api_status"]
