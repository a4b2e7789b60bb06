"""carconnect's Volvo client: ``odometer(vin)`` parsed into the typed model (rate limiter off)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from carconnect.volvo import AsyncVolvoClient, VolvoClient
from carconnect.volvo.models import Odometer

TOKEN, API_KEY = "bench-token", "bench-key"


class SyncReader:
    def __init__(self, base_url: str, target: Mapping[str, str]) -> None:
        self.client = VolvoClient(TOKEN, api_key=API_KEY, base_url=base_url, rate_limit=False)
        self.vin = target["vin"]

    def read(self) -> Odometer:
        return self.client.odometer(self.vin)

    def close(self) -> None:
        self.client.close()


class AsyncReader:
    def __init__(self, client: AsyncVolvoClient, vin: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client, self.vin, self.transport = client, vin, transport

    async def read(self) -> Odometer:
        return await self.client.odometer(self.vin)

    async def close(self) -> None:
        await self.client.aclose()
        if self.transport is not None:  # a transport passed in is the caller's to close
            await self.transport.aclose()


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    client = AsyncVolvoClient(TOKEN, api_key=API_KEY, base_url=base_url, rate_limit=False)
    return AsyncReader(client, target["vin"])


async def async_client_aiohttp(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    """The same client over the optional ``httpx-aiohttp`` transport."""
    from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found,unused-ignore]

    transport = AiohttpTransport()
    client = AsyncVolvoClient(TOKEN, api_key=API_KEY, base_url=base_url, rate_limit=False, transport=transport)
    return AsyncReader(client, target["vin"], transport)
