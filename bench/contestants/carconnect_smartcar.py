"""carconnect's Smartcar client: ``odometer(vehicle_id)``, the typed reading with Smartcar's response headers."""

from __future__ import annotations

from collections.abc import Mapping

from _shared import AsyncReader, async_transport

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


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "default") -> AsyncReader:
    inner = async_transport(transport)
    client = AsyncSmartcarClient(TOKEN, base_url=base_url, transport=inner)
    vehicle_id = target["vehicle_id"]
    return AsyncReader(lambda: client.odometer(vehicle_id), client.aclose, inner)
