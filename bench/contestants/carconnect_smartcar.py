"""carconnect's Smartcar client: ``odometer(vehicle_id)``, the typed reading with Smartcar's response headers."""

from __future__ import annotations

from collections.abc import Mapping

from _shared import AsyncReader, Reader, async_transport, sync_transport

from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient

TOKEN = "bench-token"


def sync_client(base_url: str, target: Mapping[str, str]) -> Reader:
    transport = sync_transport()
    client = SmartcarClient(TOKEN, base_url=base_url, transport=transport)
    vehicle_id = target["vehicle_id"]
    return Reader(lambda: client.odometer(vehicle_id), client.close, transport)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "stock") -> AsyncReader:
    inner = async_transport(transport)
    client = AsyncSmartcarClient(TOKEN, base_url=base_url, transport=inner)
    vehicle_id = target["vehicle_id"]
    return AsyncReader(lambda: client.odometer(vehicle_id), client.aclose, inner)
