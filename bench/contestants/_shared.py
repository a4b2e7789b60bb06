"""What the httpx-based contestants share: the transports measured, the run's CA, one async reader shape.

``transport`` names what carries an async client's bytes:

* ``stock``: httpx's own transport, what every client uses when given none (on ``https`` it is built
  with ``verify=`` the run's CA, the same way for our clients and for raw httpx);
* ``asyncio``: carconnect-core's opt-in ``AsyncioTransport`` (its ``speed`` extra), with its default
  limits (and ``ssl_context=`` the run's CA on ``https``).

Sync clients always run on the stock transport. The orchestrator sets ``CARCONNECT_BENCH_CA`` (the CA
file) for ``https`` contestants only.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx
from _ca import ssl_context


def sync_transport() -> httpx.BaseTransport | None:
    """The stock sync transport trusting the run's CA, or ``None`` (the client's own default) on HTTP."""
    context = ssl_context()
    return httpx.HTTPTransport(verify=context) if context else None


def async_transport(name: str) -> httpx.AsyncBaseTransport | None:
    """A new transport for ``name`` (``None``: the client's own default, stock httpx on HTTP)."""
    context = ssl_context()
    if name == "stock":
        return httpx.AsyncHTTPTransport(verify=context) if context else None
    if name == "asyncio":
        from carconnect.core import AsyncioTransport

        return AsyncioTransport(ssl_context=context)
    raise ValueError(f"unknown transport {name!r}")


class Reader:
    """``read`` once per call; ``close`` closes the client, then a transport passed in (the caller's)."""

    def __init__(
        self, read: Callable[[], object], close: Callable[[], None], transport: httpx.BaseTransport | None
    ) -> None:
        self.read, self._close, self._transport = read, close, transport

    def close(self) -> None:
        self._close()
        if self._transport is not None:
            self._transport.close()


class AsyncReader:
    """``read`` once per call; ``close`` closes the client, then a transport passed in (the caller's)."""

    def __init__(
        self,
        read: Callable[[], Awaitable[object]],
        close: Callable[[], Awaitable[None]],
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self.read, self._close, self._transport = read, close, transport

    async def close(self) -> None:
        await self._close()
        if self._transport is not None:
            await self._transport.aclose()
