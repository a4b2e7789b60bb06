"""Smartcar's retry rules: follow the error's ``resolution``, never send a command twice.

* A read (GET, DELETE, and ``POST /batch``, which only reads) is retried when Smartcar's error says
  ``resolution: RETRY_LATER`` (application rate limit, per-vehicle rate limit, upstream and internal
  errors), honouring ``Retry-After``; an error with another resolution (or none, such as
  ``VEHICLE_STATE``, ``BILLING``, ``PERMISSION``) is not retried. A failure without a Smartcar body
  (a gateway page) falls back to core's statuses (429, 502, 503, 504).
* A command (any other POST: lock, unlock, charge, destination, v3 commands) is never re-sent after
  it may have reached Smartcar, whatever the answer; only a connection that could not be opened is
  retried, as core does.

:class:`ResolutionTransport` reads error bodies (small JSON) before core's retry transport decides,
and notes the resolution in ``response.extensions``.
"""

from __future__ import annotations

from dataclasses import fields

import httpx

from carconnect.core import RetryPolicy, parse_retry_after
from carconnect.core.mapping import decode_body

from .errors import RETRY_LATER, resolution_of

RESOLUTION_KEY = "carconnect.smartcar.resolution"
"""``response.extensions`` key: the resolution type of an error response, ``""`` when it has none."""
READ_ONLY_POSTS = ("/batch",)


def is_command(request: httpx.Request, idempotent_methods: frozenset[str]) -> bool:
    """True for a request that may change the vehicle (a POST other than batch)."""
    return request.method not in idempotent_methods and not request.url.path.endswith(READ_ONLY_POSTS)


class SmartcarRetryPolicy(RetryPolicy):
    """Core's policy with Smartcar's decisions on answered requests (see the module docstring)."""

    def delay_after_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        if is_command(request, self.idempotent_methods):
            return None
        resolution = response.extensions.get(RESOLUTION_KEY)
        retryable = resolution == RETRY_LATER if resolution else response.status_code in self.retry_statuses
        if not retryable:
            return None
        retry_after = parse_retry_after(response.headers)
        if retry_after is None:
            return self.backoff(attempt)
        return retry_after if retry_after <= self.retry_after_cap else None


def smartcar_retry(policy: RetryPolicy | None) -> SmartcarRetryPolicy:
    """``policy``'s settings (core's defaults when ``None``) with Smartcar's decisions."""
    if isinstance(policy, SmartcarRetryPolicy):
        return policy
    if policy is None:
        return SmartcarRetryPolicy()
    return SmartcarRetryPolicy(**{field.name: getattr(policy, field.name) for field in fields(RetryPolicy)})


def _note_resolution(response: httpx.Response) -> None:
    resolution, _ = resolution_of(decode_body(response.content))
    response.extensions[RESOLUTION_KEY] = resolution or ""


class ResolutionTransport(httpx.BaseTransport):
    """Reads each error response's body and notes its resolution for :class:`SmartcarRetryPolicy`."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if response.status_code >= 400:
            response.read()
            _note_resolution(response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncResolutionTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`ResolutionTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if response.status_code >= 400:
            await response.aread()
            _note_resolution(response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
