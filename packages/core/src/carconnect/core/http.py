"""HTTP plumbing shared by every brand client: sessions, transports and calling generated code.

A brand client owns one :class:`Session` (or :class:`AsyncSession`): one retrying transport (so one
connection pool) and one ``httpx`` client per API base URL, all signed by the same
:class:`~carconnect.core.auth.CarConnectAuth`. Generated operations are invoked through
:func:`call` / :func:`acall`, which turn every failure into a :mod:`carconnect.core.errors` error.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, Protocol, Self, TypeVar

import httpx

from ._version import __version__
from .auth import CarConnectAuth, last_response
from .clock import SYSTEM_CLOCK, Clock
from .errors import CarConnectError, RequestTimeoutError, ResponseParseError, TransportError
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .signed import AsyncSignedClient, SignedClient

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Vehicle reads can take tens of seconds when the backend wakes the car."""

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")
ClientT = TypeVar("ClientT", SignedClient, AsyncSignedClient)


class DetailedResponse(Protocol[T_co]):
    """What a generated ``*_detailed`` operation returns."""

    @property
    def parsed(self) -> T_co | None: ...

    @property
    def content(self) -> bytes: ...


class _ClientTransport(httpx.BaseTransport):
    """Sends through a caller's own ``httpx.Client`` without changing it (proxies, mounts, hooks)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _add_defaults(request, self.client.headers)
        return self.client.send(request, stream=True)


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _add_defaults(request, self.client.headers)
        return await self.client.send(request, stream=True)


def _add_defaults(request: httpx.Request, defaults: httpx.Headers) -> None:
    """Apply the caller's client default headers (proxy tags, tracing...) that the request lacks."""
    for name, value in defaults.multi_items():
        if name not in request.headers:
            request.headers[name] = value


class _SessionBase(Generic[ClientT]):
    def __init__(self, auth: CarConnectAuth, timeout: httpx.Timeout, user_agent: str | None) -> None:
        self.auth = auth
        self.timeout = timeout
        self.headers = {"User-Agent": user_agent or f"carconnect/{__version__}", "Accept": "application/json"}
        self._clients: dict[str, ClientT] = {}

    def client(self, base_url: str) -> ClientT:
        """The httpx client for one API base URL (created once, sharing the connection pool)."""
        client = self._clients.get(base_url)
        if client is None:
            client = self._clients[base_url] = self.new_client(base_url, self.auth)
        return client

    def new_client(self, base_url: str, auth: CarConnectAuth) -> ClientT:
        """A new httpx client on this session's transport and defaults, signed by ``auth``."""
        raise NotImplementedError


class Session(_SessionBase[SignedClient]):
    """Sync HTTP session: ``transport=`` or ``http_client=`` injection, retries, typed errors.

    ``wrap_transport`` adds a layer between the retry transport and the network (a brand's rate
    limiter or call counter), so that every attempt, retries included, passes through it.
    """

    def __init__(
        self,
        auth: CarConnectAuth,
        *,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
        wrap_transport: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None,
    ) -> None:
        super().__init__(auth, timeout, user_agent)
        inner = transport or (_ClientTransport(http_client) if http_client else httpx.HTTPTransport())
        if wrap_transport is not None:
            inner = wrap_transport(inner)
        self._owns_inner = transport is None and http_client is None
        self.transport = RetryTransport(inner, retry or RetryPolicy(), clock)

    def new_client(self, base_url: str, auth: CarConnectAuth) -> SignedClient:
        return SignedClient(
            base_url=base_url.rstrip("/"),
            auth=auth,
            transport=self.transport,
            timeout=self.timeout,
            headers=self.headers,
        )

    def close(self) -> None:
        """Close the connection pool (a transport or client you passed in stays open)."""
        if self._owns_inner:
            self.transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


DEFAULT_ASYNC_CONNECTIONS = 100
"""Connections an async client opens at most, and keeps idle for reuse (fan-out keeps them all warm)."""


def _default_async_transport() -> httpx.AsyncBaseTransport:
    """carconnect's own asyncio HTTP/1.1 transport (pass ``httpx.AsyncHTTPTransport()`` for httpx's)."""
    from .asyncio_transport import AsyncioTransport

    return AsyncioTransport(
        max_connections=DEFAULT_ASYNC_CONNECTIONS, max_keepalive_connections=DEFAULT_ASYNC_CONNECTIONS
    )


class AsyncSession(_SessionBase[AsyncSignedClient]):
    """Async twin of :class:`Session`."""

    def __init__(
        self,
        auth: CarConnectAuth,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
        wrap_transport: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None,
    ) -> None:
        super().__init__(auth, timeout, user_agent)
        inner = transport or (_AsyncClientTransport(http_client) if http_client else _default_async_transport())
        if wrap_transport is not None:
            inner = wrap_transport(inner)
        self._owns_inner = transport is None and http_client is None
        self.transport = AsyncRetryTransport(inner, retry or RetryPolicy(), clock)

    def new_client(self, base_url: str, auth: CarConnectAuth) -> AsyncSignedClient:
        return AsyncSignedClient(
            base_url=base_url.rstrip("/"),
            auth=auth,
            transport=self.transport,
            timeout=self.timeout,
            headers=self.headers,
        )

    async def aclose(self) -> None:
        if self._owns_inner:
            await self.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, json.JSONDecodeError)


def translate_exception(exc: Exception) -> CarConnectError | None:
    """The carconnect error for an exception raised while calling generated code, if it is one we own."""
    if isinstance(exc, CarConnectError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"request timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.TransportError | httpx.StreamError):
        return TransportError(f"no HTTP answer: {type(exc).__name__}: {exc}")
    if isinstance(exc, PARSE_ERRORS):
        response = last_response.get()
        return ResponseParseError(
            f"response body does not match the expected model: {type(exc).__name__}: {exc}",
            status_code=response.status_code if response is not None else None,
            raw=response.content if response is not None else None,
        )
    return None


def _parsed(result: DetailedResponse[T]) -> T:
    if result.parsed is None:
        response = last_response.get()
        raise ResponseParseError(
            "the response has no body of the documented type",
            status_code=response.status_code if response is not None else None,
            raw=result.content,
        )
    return result.parsed


def call_detailed(operation: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated sync operation; anything that goes wrong becomes a carconnect error."""
    last_response.set(None)
    try:
        return operation(*args, **kwargs)
    except Exception as exc:
        error = translate_exception(exc)
        if error is None or error is exc:
            raise
        raise error from exc


async def acall_detailed(operation: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Async twin of :func:`call_detailed`."""
    last_response.set(None)
    try:
        return await operation(*args, **kwargs)
    except Exception as exc:
        error = translate_exception(exc)
        if error is None or error is exc:
            raise
        raise error from exc


def call(operation: Callable[P, DetailedResponse[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated ``sync_detailed`` operation and return its parsed model."""
    return _parsed(call_detailed(operation, *args, **kwargs))


async def acall(operation: Callable[P, Awaitable[DetailedResponse[T]]], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated ``asyncio_detailed`` operation and return its parsed model."""
    return _parsed(await acall_detailed(operation, *args, **kwargs))
