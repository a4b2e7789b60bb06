"""Base classes for the handwritten brand clients: construction, injection and lifecycle in one place.

A brand client (``VolvoClient``, ``AsyncVolvoClient``...) subclasses :class:`ClientBase` or
:class:`AsyncClientBase`, binds its generated clients with :meth:`ClientBase._bind`, and implements one
thin method per endpoint that calls :func:`carconnect.core.call` / :func:`carconnect.core.acall`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, Self, TypeVar

import httpx

from .auth import CarConnectAuth
from .clock import SYSTEM_CLOCK, Clock
from .http import DEFAULT_TIMEOUT, AsyncSession, Session
from .mapping import ErrorMapper
from .retry import RetryPolicy
from .sources import AccessTokenCallback, TokenManager, TokenSource
from .tokens import Token

Credentials = TokenSource | Token | str
"""A token source (e.g. ``auth.token_manager(store)``), a :class:`Token`, or a bare access token."""


class _SyncGenerated(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Self: ...


class _AsyncGenerated(Protocol):
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...


SyncG = TypeVar("SyncG", bound=_SyncGenerated)
AsyncG = TypeVar("AsyncG", bound=_AsyncGenerated)


def as_token_source(credentials: Credentials, clock: Clock = SYSTEM_CLOCK) -> TokenSource:
    """Normalise what a user passes as credentials (a fixed token is used as-is, never refreshed)."""
    if isinstance(credentials, str):
        access_token = credentials
        return AccessTokenCallback(get=lambda: access_token)
    if isinstance(credentials, Token):
        return TokenManager(credentials, clock=clock)
    return credentials


class ClientBase:
    """Shared constructor and lifecycle of sync brand clients."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        headers: Mapping[str, str] | None = None,
        error_mapper: ErrorMapper | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
        wrap_transport: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None,
    ) -> None:
        source = as_token_source(credentials, clock) if credentials is not None else None
        auth = CarConnectAuth(source, headers=headers, error_mapper=error_mapper)
        self._session = Session(
            auth,
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=wrap_transport,
        )

    def _bind(self, generated: SyncG, base_url: str) -> SyncG:
        """Give a generated client the core-built httpx client for ``base_url``."""
        return generated.set_httpx_client(self._session.client(base_url))

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientBase:
    """Shared constructor and lifecycle of async brand clients."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        headers: Mapping[str, str] | None = None,
        error_mapper: ErrorMapper | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
        wrap_transport: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None,
    ) -> None:
        source = as_token_source(credentials, clock) if credentials is not None else None
        auth = CarConnectAuth(source, headers=headers, error_mapper=error_mapper)
        self._session = AsyncSession(
            auth,
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=wrap_transport,
        )

    def _bind(self, generated: AsyncG, base_url: str) -> AsyncG:
        return generated.set_async_httpx_client(self._session.client(base_url))

    async def aclose(self) -> None:
        await self._session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
