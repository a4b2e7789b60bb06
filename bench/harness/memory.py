"""Memory: resident set size after creating each client, and its growth over many requests (a leak test)."""

from __future__ import annotations

from typing import Any

from .fanout import ASYNC_IN_FLIGHT
from .lineup import Contestant, ours
from .rounds import Pool

MIB = 1024 * 1024


def footprints(pool: Pool) -> dict[str, dict[str, Any]]:
    """For every started contestant: RSS at interpreter start, after imports, after the client, after one read."""
    table = {}
    for key, worker in sorted(pool.workers.items()):
        memory = worker.memory
        table[key] = {
            "label": worker.contestant.label,
            "env": worker.contestant.env,
            "start_mib": memory["start"] / MIB,
            "imported_mib": memory["imported"] / MIB,
            "client_mib": memory["client"] / MIB,
            "first_read_mib": pool.checks[key]["rss"] / MIB,
            "client_cost_mib": (memory["client"] - memory["imported"]) / MIB,
        }
    return table


def growth_lineup() -> list[Contestant]:
    return [ours("volvo", "sync"), ours("volvo", "async")]


def growth_concurrency(contestant: Contestant) -> int:
    """Sync reads go one after another; async ones keep :data:`ASYNC_IN_FLIGHT` in flight."""
    return ASYNC_IN_FLIGHT if contestant.mode == "async" else 1


def growth(pool: Pool, requests: int, every: int) -> dict[str, dict[str, Any]]:
    """RSS every ``every`` reads over ``requests`` reads (after a warm-up of ``every``); growth = last - first.

    A sync client reads one request after another (the fastest way through 100,000 requests with
    httpx's pool); an async one keeps 100 in flight on its default ``AsyncioTransport``, whose cost per
    read stays flat however many are in flight (see the scaling table). One contestant runs at a time:
    run together, they share the server and the two cores, and the sync one took twice as long.
    """
    table = {}
    for contestant in growth_lineup():
        worker = pool.get(contestant)
        if worker is None:
            continue
        level = growth_concurrency(contestant)
        worker.ask("grow", n=every, concurrency=level, every=every)
        samples = worker.ask("grow", n=requests, concurrency=level, every=every)["rss"]
        table[contestant.key] = {
            "label": contestant.label,
            "requests": requests,
            "concurrency": level,
            "rss_mib": [sample / MIB for sample in samples],
            "growth_mib": (samples[-1] - samples[0]) / MIB,
            "growth_bytes_per_request": (samples[-1] - samples[0]) / max(requests - every, 1),
        }
    return table
