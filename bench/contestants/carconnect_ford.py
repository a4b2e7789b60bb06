"""carconnect's FordConnect client: ``vehicle(vehicle_id)`` parsed into the typed model."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from carconnect.ford import AsyncFordConnectClient, FordConnectClient

TOKEN = "bench-token"


class SyncReader:
    def __init__(self, base_url: str, target: Mapping[str, str]) -> None:
        self.client = FordConnectClient(TOKEN, base_url=base_url)
        self.vehicle_id = target["vehicle_id"]

    def read(self) -> object:
        return self.client.vehicle(self.vehicle_id)

    def close(self) -> None:
        self.client.close()


class AsyncReader:
    def __init__(
        self, client: AsyncFordConnectClient, vehicle_id: str, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.client, self.vehicle_id, self.transport = client, vehicle_id, transport

    async def read(self) -> object:
        return await self.client.vehicle(self.vehicle_id)

    async def close(self) -> None:
        await self.client.aclose()
        if self.transport is not None:  # a transport passed in is the caller's to close
            await self.transport.aclose()


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    return AsyncReader(AsyncFordConnectClient(TOKEN, base_url=base_url), target["vehicle_id"])


async def async_client_aiohttp(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    """The same client over the optional ``httpx-aiohttp`` transport."""
    from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found,unused-ignore]

    transport = AiohttpTransport()
    client = AsyncFordConnectClient(TOKEN, base_url=base_url, transport=transport)
    return AsyncReader(client, target["vehicle_id"], transport)
