"""Memory: resident set size after creating each client, its growth over many reads (a leak test), and
the peak of a wide ``asyncio.gather`` against raw httpx on the same transport."""

from __future__ import annotations

import statistics
from typing import Any

from .fanout import IN_FLIGHT
from .lineup import PY311, Contestant, ours, raw_httpx
from .rounds import Pool
from .routes import REFERENCE_BRAND
from .workers import WorkerError

MIB = 1024 * 1024
GROWTH_TARGET_MIB = 1.0
""""No growth": the last sample within this of the first (allocator noise, not a leak per read)."""
GATHER_TARGET_MIB = 2.0
GATHERS = (("asyncio", 0), ("asyncio", IN_FLIGHT), ("stock", IN_FLIGHT))
"""(transport, semaphore): how many gathered reads may reach the transport at once (0: all of them).

httpx's own pool (httpcore) cannot take thousands of queued requests: raw httpx with 1,000 reads
gathered on its default pool ends in ``PoolTimeout`` after a minute. On the stock transport the gathered
tasks therefore pass an ``asyncio.Semaphore(100)`` (the pool's size), for our client and raw httpx alike;
on ``AsyncioTransport`` the gather runs both ways."""


def footprints(pool: Pool) -> dict[str, dict[str, Any]]:
    """For every started contestant: RSS at interpreter start, after imports, after the client, after one read."""
    table = {}
    for key, worker in sorted(pool.workers.items()):
        memory = worker.memory
        table[key] = {
            "label": worker.contestant.label,
            "env": worker.contestant.env,
            "scheme": worker.contestant.scheme,
            "start_mib": memory["start"] / MIB,
            "imported_mib": memory["imported"] / MIB,
            "client_mib": memory["client"] / MIB,
            "first_read_mib": pool.checks[key]["rss"] / MIB,
            "client_cost_mib": (memory["client"] - memory["imported"]) / MIB,
        }
    return table


def growth_lineup() -> list[tuple[Contestant, int]]:
    """(contestant, reads in flight): the sync client one read after another (httpx's own pool), the async
    one on ``AsyncioTransport`` with 100 in flight (the same client stack, fast enough for 100,000 reads).

    The async client on the stock transport is left out: at about three times the cost per read it would
    take the run past ten minutes on two cores; it reads 10,000 in the gather below.
    """
    return [
        (ours(REFERENCE_BRAND, "sync"), 1),
        (ours(REFERENCE_BRAND, "async", PY311, "asyncio"), IN_FLIGHT),
    ]


def growth(pool: Pool, requests: int, every: int) -> dict[str, dict[str, Any]]:
    """RSS every ``every`` reads over ``requests`` reads (after a warm-up of ``every``); growth = last - first.

    The contestants run at the same time, each in its own process: what they hold does not depend on
    how fast they go, and the run takes the longest of them instead of their sum.
    """
    running = []
    for contestant, level in growth_lineup():
        worker = pool.get(contestant)
        if worker is not None:
            running.append((contestant, level, worker))
    samples: dict[str, list[int]] = {}
    for n in (every, requests):  # the warm-up block, then the measured reads
        for _contestant, level, worker in running:
            worker.send("grow", n=n, concurrency=level, every=every)
        for contestant, _level, worker in list(running):
            try:
                samples[contestant.key] = worker.receive()["rss"]
            except WorkerError as exc:
                pool.fail(contestant, exc)
                running.remove((contestant, _level, worker))
    table = {}
    for contestant, level, _worker in running:
        rss = samples[contestant.key]
        grown = (rss[-1] - rss[0]) / MIB
        table[contestant.key] = {
            "label": contestant.label,
            "requests": requests,
            "concurrency": level,
            "rss_mib": [sample / MIB for sample in rss],
            "growth_mib": grown,
            "growth_bytes_per_request": (rss[-1] - rss[0]) / max(requests - every, 1),
            "target_mib": GROWTH_TARGET_MIB,
            "met": grown < GROWTH_TARGET_MIB,
        }
    return table


def _gather_once(pool: Pool, contestant: Contestant, tasks: int, limit: int) -> dict[str, int]:
    """One fresh worker: warm up (500 reads, 100 in flight), then ``tasks`` reads gathered at once."""
    python = pool.pythons[contestant.env]
    worker = pool.start(contestant, python)
    try:
        worker.ask("fanout", n=500, concurrency=IN_FLIGHT)
        answer = worker.ask("gather", n=tasks, limit=limit)
    finally:
        worker.close()
    return {"before": answer["before"], "peak": answer["peak"], "after": answer["after"]}


def gather(pool: Pool, tasks: int, rounds: int) -> dict[str, Any]:
    """Peak RSS of ``tasks`` reads gathered at once, ours against raw httpx on each transport.

    Each measurement runs in a fresh process (the kernel's high-water mark is reset right before the
    gather). The target compares what the gather adds (peak minus RSS before it): the results it returns
    (our typed models, raw httpx's dicts) are part of it.
    """
    table: dict[str, Any] = {"tasks": tasks, "rounds": rounds, "target_mib": GATHER_TARGET_MIB, "pairs": []}
    if PY311 not in pool.pythons:
        return table
    for transport, limit in GATHERS:
        subject = ours(REFERENCE_BRAND, "async", PY311, transport)
        reference = raw_httpx(REFERENCE_BRAND, "async", PY311, transport)
        figures: dict[str, list[dict[str, int]]] = {subject.key: [], reference.key: []}
        try:
            for number in range(rounds):
                order = (subject, reference) if number % 2 == 0 else (reference, subject)
                for contestant in order:
                    figures[contestant.key].append(_gather_once(pool, contestant, tasks, limit))
        except WorkerError as exc:
            table["pairs"].append({"transport": transport, "semaphore": limit, "error": str(exc)[:300]})
            continue
        rows = {}
        for contestant in (subject, reference):
            runs = figures[contestant.key]
            rows[contestant.key] = {
                "label": contestant.label,
                "before_mib": statistics.median(run["before"] for run in runs) / MIB,
                "peak_mib": statistics.median(run["peak"] for run in runs) / MIB,
                "rise_mib": statistics.median(run["peak"] - run["before"] for run in runs) / MIB,
                "after_mib": statistics.median(run["after"] for run in runs) / MIB,
            }
        difference = rows[subject.key]["rise_mib"] - rows[reference.key]["rise_mib"]
        table["pairs"].append(
            {
                "transport": transport,
                "semaphore": limit,
                "subject": subject.key,
                "reference": reference.key,
                "rows": rows,
                "rise_difference_mib": difference,
                "peak_difference_mib": rows[subject.key]["peak_mib"] - rows[reference.key]["peak_mib"],
                "met": difference <= GATHER_TARGET_MIB,
            }
        )
    return table
