"""Transports that count what really went over the wire: attempts, statuses and transport errors."""

from __future__ import annotations

import threading
from collections import Counter

import httpx


class WireLog:
    """Counts shared by a sync and an async counting transport."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.attempts: Counter[str] = Counter()
        """Requests sent, by ``"METHOD path"``."""
        self.statuses: Counter[int] = Counter()
        self.errors: Counter[str] = Counter()
        """Transport exceptions, by class name."""
        self.bearers: set[str] = set()
        """Every distinct bearer token sent."""

    def sent(self, request: httpx.Request) -> None:
        with self._lock:
            self.attempts[f"{request.method} {request.url.path}"] += 1
            authorization = request.headers.get("authorization", "")
            if authorization.startswith("Bearer "):
                self.bearers.add(authorization[7:])

    def answered(self, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1

    def failed(self, error: Exception) -> None:
        with self._lock:
            self.errors[type(error).__name__] += 1

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self.attempts.values())


class CountingTransport(httpx.BaseTransport):
    """Sends through ``inner`` (a real loopback transport by default) and logs every attempt."""

    def __init__(self, log: WireLog, inner: httpx.BaseTransport | None = None) -> None:
        self.log, self.inner = log, inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.log.sent(request)
        try:
            response = self.inner.handle_request(request)
        except Exception as exc:
            self.log.failed(exc)
            raise
        self.log.answered(response.status_code)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`CountingTransport`."""

    def __init__(self, log: WireLog, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.log, self.inner = log, inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.sent(request)
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            self.log.failed(exc)
            raise
        self.log.answered(response.status_code)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
