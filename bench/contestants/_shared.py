"""What the httpx-based contestants share: the async transports measured, and one async reader shape.

``transport`` names what carries an async client's bytes:

* ``default``: what the client uses when given none (for carconnect: its ``AsyncioTransport``; for raw
  httpx: httpcore);
* ``httpx``: httpx's own ``AsyncHTTPTransport`` (httpcore over anyio);
* ``asyncio``: carconnect-core's ``AsyncioTransport``, with the pool our async clients use by default
  (100 connections, all kept for reuse);
* ``aiohttp``: the ``httpx-aiohttp`` transport (aiohttp's connection pool under httpx's API).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Awaitable, Callable

import httpx

STDLIB_JSON = "CARCONNECT_BENCH_JSON"
"""Set to ``stdlib``: our generated clients decode JSON with the standard library even where the brands'
``speed`` extra (orjson) is installed, as a default install does."""


def async_transport(name: str) -> httpx.AsyncBaseTransport | None:
    """A new transport for ``name`` (``None``: the client's own default)."""
    if name == "default":
        return None
    if name == "httpx":
        return httpx.AsyncHTTPTransport()
    if name == "asyncio":
        from carconnect.core import AsyncioTransport
        from carconnect.core.http import DEFAULT_ASYNC_CONNECTIONS

        return AsyncioTransport(
            max_connections=DEFAULT_ASYNC_CONNECTIONS, max_keepalive_connections=DEFAULT_ASYNC_CONNECTIONS
        )
    if name == "aiohttp":
        from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found,unused-ignore]

        transport: httpx.AsyncBaseTransport = AiohttpTransport()
        return transport
    raise ValueError(f"unknown transport {name!r}")


def choose_json(package: str) -> None:
    """Apply :data:`STDLIB_JSON` to every generated client of ``package`` (``carconnect.bmw``...)."""
    if os.environ.get(STDLIB_JSON) != "stdlib":
        return
    generated = importlib.import_module(f"{package}._generated")
    for module in pkgutil.iter_modules(generated.__path__):
        importlib.import_module(f"{package}._generated.{module.name}.types").fast_json = None


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
