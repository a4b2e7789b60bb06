"""The CarData transports: every request charged to the quota budget, images asked for as images.

They sit under core's retry transport, so every attempt that reaches BMW is counted (retries and the
replay after a 401 included), a request that provably never left is refunded, and a ``CU-429``
answer blocks the budget until it refills. The image endpoint gets ``Accept: */*`` (core asks for
JSON by default, and BMW may then answer JSON instead of the picture).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import httpx

from carconnect.core import ErrorDetails, ErrorMapper, QuotaExceededError
from carconnect.core.mapping import decode_body
from carconnect.core.retry import NEVER_SENT_ERRORS

from .errors import is_quota_error
from .quota import QuotaBudget

_QUOTA_STATUSES = frozenset({403, 429})
IMAGE_PATH_SUFFIX = "/image"
IMAGE_ACCEPT = "*/*"


def _prepare(request: httpx.Request) -> None:
    if request.url.path.endswith(IMAGE_PATH_SUFFIX):
        request.headers["Accept"] = IMAGE_ACCEPT


def _signals_exhaustion(response: httpx.Response) -> bool:
    return response.status_code in _QUOTA_STATUSES and is_quota_error(decode_body(response.content))


class CarDataTransport(httpx.BaseTransport):
    """Spends one call of ``budget`` per request sent through ``inner``."""

    def __init__(self, inner: httpx.BaseTransport, budget: QuotaBudget) -> None:
        self.inner, self.budget = inner, budget

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        self.budget.spend()
        try:
            response = self.inner.handle_request(request)
        except NEVER_SENT_ERRORS:
            self.budget.refund()
            raise
        if response.status_code in _QUOTA_STATUSES:
            response.read()
            if _signals_exhaustion(response):
                self.budget.mark_exhausted()
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncCarDataTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`CarDataTransport` (a file-backed budget is updated off the event loop)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, budget: QuotaBudget) -> None:
        self.inner, self.budget = inner, budget

    async def _count(self, update: Callable[[], None]) -> None:
        if self.budget.blocking:
            import asyncio  # loaded already wherever a coroutine runs; not at import

            await asyncio.to_thread(update)
        else:
            update()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        if self.budget.blocking:
            await self._count(self.budget.spend)
        else:
            self.budget.spend()  # in memory: no coroutine of its own on every request
        try:
            response = await self.inner.handle_async_request(request)
        except NEVER_SENT_ERRORS:
            await self._count(self.budget.refund)
            raise
        if response.status_code in _QUOTA_STATUSES:
            await response.aread()
            if _signals_exhaustion(response):
                await self._count(self.budget.mark_exhausted)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def with_quota_wait(mapper: ErrorMapper, budget: QuotaBudget) -> ErrorMapper:
    """``mapper``, with ``retry_after`` of a server quota error set to when ``budget`` refills."""

    def mapped(status_code: int, body: object, headers: httpx.Headers) -> ErrorDetails | None:
        found = mapper(status_code, body, headers)
        if found is None or found.error_class is not QuotaExceededError or found.retry_after is not None:
            return found
        if "retry-after" in headers or "retry-after-ms" in headers:
            return found
        return replace(found, retry_after=budget.seconds_until_free())

    return mapped
