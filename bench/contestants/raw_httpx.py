"""The baseline: plain httpx, one client, ``get`` + ``.json()`` (no model, no error mapping, no retries)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

HEADERS = {"Authorization": "Bearer bench-token", "Accept": "application/json"}


class SyncReader:
    def __init__(self, base_url: str, target: Mapping[str, str]) -> None:
        self.client = httpx.Client(base_url=base_url, headers=HEADERS)
        self.path = target["path"]

    def read(self) -> Any:
        return self.client.get(self.path).json()

    def close(self) -> None:
        self.client.close()


class AsyncReader:
    def __init__(self, client: httpx.AsyncClient, path: str) -> None:
        self.client, self.path = client, path

    async def read(self) -> Any:
        return (await self.client.get(self.path)).json()

    async def close(self) -> None:
        await self.client.aclose()


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    return AsyncReader(httpx.AsyncClient(base_url=base_url, headers=HEADERS), target["path"])


async def async_client_aiohttp(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    """httpx's API over aiohttp's connection pool (the ``httpx-aiohttp`` transport)."""
    from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found,unused-ignore]

    client = httpx.AsyncClient(base_url=base_url, headers=HEADERS, transport=AiohttpTransport())
    return AsyncReader(client, target["path"])
