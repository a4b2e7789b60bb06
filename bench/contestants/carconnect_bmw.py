"""carconnect's BMW client: ``basic_data(vin)`` parsed into the typed model.

The daily quota (50 calls) would refuse a benchmark, so the budget counts every call for one millisecond:
the bookkeeping still runs on each request, over a ledger as small as a real day's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from _shared import AsyncReader, async_transport, choose_json

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


def sync_client(base_url: str, target: Mapping[str, str]) -> SyncReader:
    return SyncReader(base_url, target)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "default") -> AsyncReader:
    choose_json("carconnect.bmw")
    inner = async_transport(transport)
    client = AsyncBmwClient(TOKEN, base_url=base_url, quota=bench_quota(), transport=inner)
    vin = target["vin"]
    return AsyncReader(lambda: client.basic_data(vin), client.aclose, inner)
