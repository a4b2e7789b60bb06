"""The baseline: plain httpx, one client, ``get`` + ``.json()`` (no model, no error mapping, no retries)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from _shared import AsyncReader, async_transport

HEADERS = {"Authorization": "Bearer bench-token", "Accept": "application/json"}


class SyncReader:
    def __init__(self, base_url: str, target: Mapping[str, str]) -> None:
        self.client = httpx.Client(base_url=base_url, headers=HEADERS)
        self.path = target["path"]

    def read(self) -> Any:
        return self.client.get(self.path).json()

    def close(self) -> None:
        self.client.close()


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "default") -> AsyncReader:
    client = httpx.AsyncClient(base_url=base_url, headers=HEADERS, transport=async_transport(transport))
    path = target["path"]

    async def read() -> Any:
        return (await client.get(path)).json()

    return AsyncReader(read, client.aclose, None)  # the client closes a transport it was given
