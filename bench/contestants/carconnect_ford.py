"""carconnect's FordConnect client: ``vehicle(vehicle_id)`` parsed into the typed model."""

from __future__ import annotations

from collections.abc import Mapping

from _shared import AsyncReader, Reader, async_transport, sync_transport

from carconnect.ford import AsyncFordConnectClient, FordConnectClient

TOKEN = "bench-token"


def sync_client(base_url: str, target: Mapping[str, str]) -> Reader:
    transport = sync_transport()
    client = FordConnectClient(TOKEN, base_url=base_url, transport=transport)
    vehicle_id = target["vehicle_id"]
    return Reader(lambda: client.vehicle(vehicle_id), client.close, transport)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "stock") -> AsyncReader:
    inner = async_transport(transport)
    client = AsyncFordConnectClient(TOKEN, base_url=base_url, transport=inner)
    vehicle_id = target["vehicle_id"]
    return AsyncReader(lambda: client.vehicle(vehicle_id), client.aclose, inner)
