"""What every Ford client shares: Ford's error mapper, in-body statuses, and a clock for command polling."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from carconnect.core import SYSTEM_CLOCK, AsyncClientBase, ClientBase, Clock, Credentials, RetryPolicy
from carconnect.core.http import DEFAULT_TIMEOUT

from .errors import ford_error_mapper
from .inbody import AsyncInBodyStatusTransport, InBodyStatusTransport

CONNECT_APPLICATION_ID = "AFDC085B-377A-4351-B23E-5E1D35FB3700"
"""The ``Application-Id`` of every FordConnect app (account linking and API calls)."""


class FordClientBase(ClientBase):
    """A sync Ford client: Ford's error mapper, in-body statuses (see :mod:`.inbody`) and ``clock``."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        headers: Mapping[str, str],
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        self.clock = clock
        super().__init__(
            credentials,
            headers=headers,
            error_mapper=ford_error_mapper,
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=InBodyStatusTransport,
        )


class AsyncFordClientBase(AsyncClientBase):
    """Async twin of :class:`FordClientBase`."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        headers: Mapping[str, str],
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = SYSTEM_CLOCK,
        user_agent: str | None = None,
    ) -> None:
        self.clock = clock
        super().__init__(
            credentials,
            headers=headers,
            error_mapper=ford_error_mapper,
            transport=transport,
            http_client=http_client,
            retry=retry,
            timeout=timeout,
            clock=clock,
            user_agent=user_agent,
            wrap_transport=AsyncInBodyStatusTransport,
        )
