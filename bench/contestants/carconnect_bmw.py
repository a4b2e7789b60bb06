"""carconnect's BMW client: ``basic_data(vin)`` parsed into the typed model, quota budget on.

BMW allows 50 calls a day; the budget keeps its whole bookkeeping on every call, but its limit is
raised to 10^9 and each call counts for 10 ms (a rolling window), so the benchmark is never refused and
the ledger stays as small as a real day's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from _shared import AsyncReader, Reader, async_transport, sync_transport

from carconnect.bmw import AsyncBmwClient, BmwClient, QuotaBudget, RollingWindow

TOKEN = "bench-token"


def bench_quota() -> QuotaBudget:
    return QuotaBudget(limit=1_000_000_000, reset=RollingWindow(timedelta(milliseconds=10)))


def sync_client(base_url: str, target: Mapping[str, str]) -> Reader:
    transport = sync_transport()
    client = BmwClient(TOKEN, base_url=base_url, quota=bench_quota(), transport=transport)
    vin = target["vin"]
    return Reader(lambda: client.basic_data(vin), client.close, transport)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "stock") -> AsyncReader:
    inner = async_transport(transport)
    client = AsyncBmwClient(TOKEN, base_url=base_url, quota=bench_quota(), transport=inner)
    vin = target["vin"]
    return AsyncReader(lambda: client.basic_data(vin), client.aclose, inner)
