"""carconnect's Volvo client: ``odometer(vin)`` parsed into the typed model, rate limiter on.

Volvo allows 100 calls a minute; the limiter keeps its whole bookkeeping on every call, but each call
counts for 10 ms (up to 1,000 per window), so the benchmark never reaches the limit and the window holds
about as many calls as a real minute at Volvo's limit.
"""

from __future__ import annotations

from collections.abc import Mapping

from _shared import AsyncReader, Reader, async_transport, sync_transport

from carconnect.volvo import AsyncVolvoClient, RateLimiter, VolvoClient

TOKEN, API_KEY = "bench-token", "bench-key"


def bench_limiter() -> RateLimiter:
    return RateLimiter(requests_per_minute=1000, window=0.01)


def sync_client(base_url: str, target: Mapping[str, str]) -> Reader:
    transport = sync_transport()
    client = VolvoClient(TOKEN, api_key=API_KEY, base_url=base_url, rate_limit=bench_limiter(), transport=transport)
    vin = target["vin"]
    return Reader(lambda: client.odometer(vin), client.close, transport)


async def async_client(base_url: str, target: Mapping[str, str], transport: str = "stock") -> AsyncReader:
    inner = async_transport(transport)
    client = AsyncVolvoClient(TOKEN, api_key=API_KEY, base_url=base_url, rate_limit=bench_limiter(), transport=inner)
    vin = target["vin"]
    return AsyncReader(lambda: client.odometer(vin), client.aclose, inner)
