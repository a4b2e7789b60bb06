"""Fan-out: many vehicle reads in flight at once (asyncio tasks, or a pool of threads for sync clients).

Throughput is reads per second of wall time; ratios compare the cost per read with raw httpx and with
the aiohttp peers. Scaling runs 100, 1,000 and 10,000 reads: the cost per read should stay flat.
"""

from __future__ import annotations

from typing import Any

from .lineup import PEERS, PY311, PY312, RAW_AIOHTTP, Contestant, ours, raw_httpx
from .rounds import Pool, run_rounds
from .stats import Summary, ratios

ASYNC_IN_FLIGHT = 100
SYNC_THREADS = 16


def concurrency(contestant: Contestant) -> int:
    return ASYNC_IN_FLIGHT if contestant.mode == "async" else SYNC_THREADS


def fanout_groups() -> list[tuple[str, list[Contestant], list[tuple[str, str]]]]:
    sync = [raw_httpx("volvo", "sync"), ours("volvo", "sync")]
    async311 = [
        ours("volvo", "async"),
        raw_httpx("volvo", "async", PY311, "asyncio"),
        ours("volvo", "async", PY311, "httpx"),
        raw_httpx("volvo", "async"),
    ]
    compared311 = [(async311[0].key, async311[1].key), (async311[2].key, async311[3].key)]
    async312: list[Contestant] = []
    compared312: list[tuple[str, str]] = []
    # httpx's own transport fans out on 3.11 only: at 100 in flight a read on it costs ten times one on
    # AsyncioTransport, and running it again on 3.12 would push the whole run past ten minutes.
    for brand, peer in (("volvo", PEERS["volvocarsapi"]), ("bmw", PEERS["bmw-cardata"])):
        plain, raw = ours(brand, "async", PY312), raw_httpx(brand, "async", PY312, "asyncio")
        async312 += [plain, raw, RAW_AIOHTTP[brand], peer]
        compared312 += [(plain.key, raw.key), (plain.key, peer.key), (RAW_AIOHTTP[brand].key, peer.key)]
    return [
        (f"{SYNC_THREADS} threads, {PY311}", sync, [(sync[1].key, sync[0].key)]),
        (f"{ASYNC_IN_FLIGHT} in flight, {PY311}", async311, compared311),
        (f"{ASYNC_IN_FLIGHT} in flight, {PY312}", async312, compared312),
    ]


def scaling_lineup() -> list[Contestant]:
    return [
        ours("volvo", "sync"),
        ours("volvo", "async"),
        ours("volvo", "async", PY312),
        PEERS["volvocarsapi"],
    ]


def _run_group(pool: Pool, members: list[Contestant], reads: int, rounds: int, warmup: int) -> dict[str, Any]:
    """Fan-out rounds, one command per contestant (its own concurrency), interleaved."""
    by_concurrency: dict[int, list[Contestant]] = {}
    for contestant in members:
        by_concurrency.setdefault(concurrency(contestant), []).append(contestant)
    results = {}
    for level, subset in by_concurrency.items():
        command = {"cmd": "fanout", "n": reads, "concurrency": level}
        results.update(run_rounds(pool, subset, command, reads, rounds, warmup))
    return results


def run(pool: Pool, reads: int, rounds: int, warmup: int) -> list[dict[str, Any]]:
    report = []
    for name, members, compared in fanout_groups():
        results = _run_group(pool, members, reads, rounds, warmup)
        measured = {
            c.key: {
                "label": c.label,
                "reads": reads,
                "concurrency": concurrency(c),
                "per_read_us": Summary.of(results[c.key].wall).scaled(1e6).as_dict(),
                "reads_per_second": 1 / Summary.of(results[c.key].wall).median,
                "client_cpu_us": Summary.of(results[c.key].cpu).scaled(1e6).as_dict(),
                "server_cpu_us": Summary.of(results[c.key].server).scaled(1e6).as_dict(),
            }
            for c in members
            if c.key in results
        }
        ratio_rows = [
            {"subject": s, "reference": r, "wall": ratios(results[s].wall, results[r].wall).as_dict()}
            for s, r in compared
            if s in results and r in results
        ]
        report.append({"group": name, "contestants": measured, "comparisons": ratio_rows})
    return report


def scaling(pool: Pool, sizes: tuple[int, ...], rounds: tuple[int, ...]) -> dict[str, Any]:
    """Cost per read at each size (``rounds[i]`` rounds of ``sizes[i]`` reads), and largest over smallest."""
    lineup = scaling_lineup()
    table: dict[str, dict[str, Any]] = {c.key: {"label": c.label, "concurrency": concurrency(c)} for c in lineup}
    for size, repeat in zip(sizes, rounds, strict=True):
        results = _run_group(pool, lineup, size, repeat, 0)
        for key, series in results.items():
            table[key][str(size)] = Summary.of(series.wall).scaled(1e6).as_dict()
    for row in table.values():
        first, last = str(sizes[0]), str(sizes[-1])
        if first in row and last in row:
            row["flatness"] = row[last]["median"] / row[first]["median"]
    return {"sizes": list(sizes), "contestants": {k: v for k, v in table.items() if str(sizes[0]) in v}}
