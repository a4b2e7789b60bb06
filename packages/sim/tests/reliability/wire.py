"""Transports that count what really went over the wire: attempts, statuses and transport errors."""

from __future__ import annotations

import ssl
import threading
from collections import Counter
from typing import Literal

import httpx

from carconnect.core import AsyncioTransport

TLS = ssl.create_default_context()
"""One verifying TLS context for every test transport (building one costs tens of milliseconds)."""

AsyncStack = Literal["httpx", "asyncio"]
"""The async transports users run: httpx's own (the default) and carconnect-core's opt-in ``AsyncioTransport``."""
ASYNC_STACKS: tuple[AsyncStack, ...] = ("httpx", "asyncio")


def async_transport(stack: AsyncStack) -> httpx.AsyncBaseTransport:
    """A real loopback async transport of ``stack``, verifying TLS."""
    if stack == "asyncio":
        return AsyncioTransport(ssl_context=TLS)
    return httpx.AsyncHTTPTransport(verify=TLS)


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
        self.refusals: Counter[str] = Counter()
        """Error answers by status and the start of their body (``"401 {...}"``)."""
        self.last_body: bytes | None = None
        """The last response body, when the transport keeps bodies."""

    def sent(self, request: httpx.Request) -> None:
        with self._lock:
            self.attempts[f"{request.method} {request.url.path}"] += 1
            authorization = request.headers.get("authorization", "")
            if authorization.startswith("Bearer "):
                self.bearers.add(authorization[7:])

    def answered(self, response: httpx.Response) -> None:
        with self._lock:
            self.statuses[response.status_code] += 1

    def refused(self, response: httpx.Response) -> None:
        """Note an error answer by status and vendor code (its body must be read)."""
        with self._lock:
            self.refusals[f"{response.status_code} {_code(response)}".strip()] += 1

    def failed(self, error: Exception) -> None:
        with self._lock:
            self.errors[type(error).__name__] += 1

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self.attempts.values())


def _code(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    for key in ("exveErrorId", "code", "error", "statusCode"):
        if isinstance(body.get(key), str | int):
            return str(body[key])
    return ""


class CountingTransport(httpx.BaseTransport):
    """Sends through ``inner`` (a real loopback transport by default) and logs every attempt.

    ``keep`` reads each response and keeps its body in ``log.last_body``.
    """

    def __init__(self, log: WireLog, inner: httpx.BaseTransport | None = None, *, keep: bool = False) -> None:
        self.log, self.inner, self.keep = log, inner or httpx.HTTPTransport(verify=TLS), keep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.log.sent(request)
        try:
            response = self.inner.handle_request(request)
        except Exception as exc:
            self.log.failed(exc)
            raise
        self.log.answered(response)
        if response.status_code >= 400:
            response.read()
            self.log.refused(response)
        if self.keep:
            self.log.last_body = response.read()
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`CountingTransport`, over a real transport of ``stack``."""

    def __init__(self, log: WireLog, stack: AsyncStack = "httpx") -> None:
        self.log, self.inner = log, async_transport(stack)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.sent(request)
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            self.log.failed(exc)
            raise
        self.log.answered(response)
        if response.status_code >= 400:
            await response.aread()
            self.log.refused(response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
