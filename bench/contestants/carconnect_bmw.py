"""carconnect's BMW client: ``basic_data(vin)`` parsed into the typed model.

The daily quota (50 calls) would refuse a benchmark, so the budget counts every call for one millisecond:
the bookkeeping still runs on each request, over a ledger as small as a real day's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

import httpx

from carconnect.bmw import AsyncBmwClient, BmwClient, QuotaBudget, RollingWindow

TOKEN = "bench-token"


def bench_quota() -> QuotaBudget:
    return QuotaBudget(limit=1_000_000_000, reset=RollingWindow(timedelta(milliseconds=1)))


class SyncReader:
    def __init__(self, base_url: str, target: Mapping[str, str]) -> None:
        self.client = BmwClient(TOKEN, base_url=base_url, quota=bench_quota())
        self.vin = target["vin"]

    def read(self) -> object:
        return self.client.basic_data(self.vin)

    def close(self) -> None:
        self.client.close()


class AsyncReader:
    def __init__(self, client: AsyncBmwClient, vin: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client, self.vin, self.transport = client, vin, transport

    async def read(self) -> object:
        return await self.client.basic_data(self.vin)

    async def close(self) -> None:
        await self.client.aclose()
        if self.transport is not None:  # a transport passed in is the caller's to close
            await self.transport.aclose()


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    return AsyncReader(AsyncBmwClient(TOKEN, base_url=base_url, quota=bench_quota()), target["vin"])


async def async_client_aiohttp(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    """The same client over the optional ``httpx-aiohttp`` transport."""
    from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found,unused-ignore]

    transport = AiohttpTransport()
    client = AsyncBmwClient(TOKEN, base_url=base_url, quota=bench_quota(), transport=transport)
    return AsyncReader(client, target["vin"], transport)
