"""carconnect's Smartcar client: ``odometer(vehicle_id)``, the typed reading with Smartcar's response headers."""

from __future__ import annotations

from collections.abc import Mapping

from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient

TOKEN = "bench-token"


class SyncReader:
    def __init__(self, base_url: str, target: Mapping[str, str]) -> None:
        self.client = SmartcarClient(TOKEN, base_url=base_url)
        self.vehicle_id = target["vehicle_id"]

    def read(self) -> object:
        return self.client.odometer(self.vehicle_id)

    def close(self) -> None:
        self.client.close()


class AsyncReader:
    def __init__(self, client: AsyncSmartcarClient, vehicle_id: str) -> None:
        self.client, self.vehicle_id = client, vehicle_id

    async def read(self) -> object:
        return await self.client.odometer(self.vehicle_id)

    async def close(self) -> None:
        await self.client.aclose()


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str]) -> AsyncReader:
    return AsyncReader(AsyncSmartcarClient(TOKEN, base_url=base_url), target["vehicle_id"])
