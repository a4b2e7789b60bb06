"""In-process httpx transports over the simulator app: no socket, same state."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx

from .errors import ConnectionDropped

T = TypeVar("T")

_DROPPED = "Server disconnected without sending a response."


class AsyncSimTransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` that reports a ``drop`` fault as httpx does for a real socket."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(_DROPPED, request=request) from exc


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:  # called from async code
        return pool.submit(asyncio.run, coroutine).result()


class SyncSimTransport(httpx.BaseTransport):
    """A synchronous transport: each request runs the ASGI app in a short-lived event loop."""

    def __init__(self, app: Any) -> None:
        self._transport = AsyncSimTransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        inner = httpx.Request(request.method, request.url, headers=request.headers, content=body)

        async def call() -> tuple[int, httpx.Headers, bytes]:
            response = await self._transport.handle_async_request(inner)
            content = await response.aread()
            await response.aclose()
            return response.status_code, response.headers, content

        try:
            status, headers, content = _run(call())
        except httpx.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from exc
        return httpx.Response(status, headers=headers, content=content, request=request)
