"""carconnect's Volvo client: ``odometer(vin)`` parsed into the typed model (rate limiter off)."""

from __future__ import annotations

from collections.abc import Mapping

from _shared import AsyncReader, async_transport, choose_json

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


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "default") -> AsyncReader:
    choose_json("carconnect.volvo")
    inner = async_transport(transport)
    client = AsyncVolvoClient(TOKEN, api_key=API_KEY, base_url=base_url, rate_limit=False, transport=inner)
    vin = target["vin"]
    return AsyncReader(lambda: client.odometer(vin), client.aclose, inner)
