"""carconnect-core's ``AsyncioTransport`` alone: one prepared ``httpx.Request`` sent and its body read.

No client, no model, no JSON: the floor every httpx-based async read on this transport stands on.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from _ca import ssl_context

from carconnect.core import AsyncioTransport

HEADERS = {"Authorization": "Bearer bench-token", "Accept": "application/json"}


class AsyncReader:
    def __init__(self, transport: AsyncioTransport, request: httpx.Request) -> None:
        self.transport, self.request = transport, request

    async def read(self) -> bytes:
        response = await self.transport.handle_async_request(self.request)
        return await response.aread()

    async def close(self) -> None:
        await self.transport.aclose()


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    timeout = {"timeout": httpx.Timeout(60.0).as_dict()}
    request = httpx.Request("GET", base_url + target["path"], headers=HEADERS, extensions=timeout)
    return AsyncReader(AsyncioTransport(ssl_context=ssl_context()), request)
