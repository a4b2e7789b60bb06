"""The baseline: plain httpx, one client, ``get`` + ``.json()`` (no model, no error mapping, no retries).

Its timeouts are our clients' (``carconnect.core.DEFAULT_TIMEOUT``: 60 s, 10 s to connect) instead of
httpx's 5 s, so that many reads queued for the pool fail on neither side; everything else is httpx's default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from _shared import AsyncReader, Reader, async_transport, sync_transport

HEADERS = {"Authorization": "Bearer bench-token", "Accept": "application/json"}
"""With the headers the vendor requires on the read (``request_headers`` of the target), as our client sends."""
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def headers_for(target: Mapping[str, Any]) -> dict[str, str]:
    return {**HEADERS, **(target.get("request_headers") or {})}


def sync_client(base_url: str, target: Mapping[str, Any]) -> Reader:
    client = httpx.Client(base_url=base_url, headers=headers_for(target), timeout=TIMEOUT, transport=sync_transport())
    path = target["path"]
    return Reader(lambda: client.get(path).json(), client.close, None)  # the client closes its transport


async def async_client(base_url: str, target: Mapping[str, Any], transport: str = "stock") -> AsyncReader:
    client = httpx.AsyncClient(
        base_url=base_url, headers=headers_for(target), timeout=TIMEOUT, transport=async_transport(transport)
    )
    path = target["path"]

    async def read() -> Any:
        return (await client.get(path)).json()

    return AsyncReader(read, client.aclose, None)
