"""Memory: resident set size after creating each client, and its growth over many requests (a leak test)."""

from __future__ import annotations

from typing import Any

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


def growth(pool: Pool, requests: int, every: int, level: int = 1) -> dict[str, dict[str, Any]]:
    """RSS every ``every`` reads over ``requests`` reads (after a warm-up of ``every``); growth = last - first.

    Reads go one after another by default: that is the fastest way through 100,000 requests with httpx,
    whose connection pool gets slower per read as more requests are in flight (see the scaling table).
    The contestants run at the same time: this measures memory, not speed.
    """
    workers = {c.key: (c, w) for c in growth_lineup() if (w := pool.get(c)) is not None}
    for _, worker in workers.values():
        worker.send("grow", n=every, concurrency=level, every=every)
    for _, worker in workers.values():
        worker.receive()
    for _, worker in workers.values():
        worker.send("grow", n=requests, concurrency=level, every=every)
    table = {}
    for key, (contestant, worker) in workers.items():
        samples = worker.receive()["rss"]
        table[key] = {
            "label": contestant.label,
            "requests": requests,
            "concurrency": level,
            "rss_mib": [sample / MIB for sample in samples],
            "growth_mib": (samples[-1] - samples[0]) / MIB,
            "growth_bytes_per_request": (samples[-1] - samples[0]) / max(requests - every, 1),
        }
    return table
