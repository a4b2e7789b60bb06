"""Per-request cost: one vehicle read after another, every contestant of a group interleaved per round.

Groups share an interpreter, a mode and a scheme (plain HTTP, or HTTPS with the run's CA), so that every
ratio compares like with like: our clients (default limits, the result parsed to the typed model)
against raw httpx on the same read and the same transport (target <= 1.10), sync and async, on the stock
httpx transport and on carconnect-core's ``AsyncioTransport``. The aiohttp-based peers need Python 3.12;
their group runs our clients with the ``speed`` extra (orjson, httptools) and compares them with the peer
reading the same data (target < 1.0), with floors beside them (``AsyncioTransport`` alone, raw aiohttp).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .brands import measured
from .lineup import (
    PY311,
    PY312,
    SCHEMES,
    Contestant,
    brands_with_peer,
    core_transport,
    ours,
    peer,
    peer_of,
    raw_aiohttp,
    raw_httpx,
)
from .rounds import Pool, Series, run_rounds
from .stats import Summary, ratios

TRANSPORTS = ("stock", "asyncio")
RAW_TARGET, PEER_TARGET = 1.10, 1.0


Comparison = tuple[str, str, float | None]
"""(subject key, reference key, target ratio or ``None`` for a reference figure)."""


@dataclass(frozen=True)
class Group:
    name: str
    members: tuple[Contestant, ...]
    comparisons: tuple[Comparison, ...]


def _sync_group(scheme: str) -> Group:
    members: list[Contestant] = []
    compared: list[Comparison] = []
    for brand in measured():
        subject, reference = ours(brand, "sync", scheme=scheme), raw_httpx(brand, "sync", scheme=scheme)
        members += [subject, reference]
        compared.append((subject.key, reference.key, RAW_TARGET))
    for brand in brands_with_peer("sync"):
        other = peer(str(peer_of(brand)), scheme)
        members.append(other)
        compared.append((ours(brand, "sync", scheme=scheme).key, other.key, PEER_TARGET))
    return Group(f"sync, {PY311}, {scheme}", tuple(members), tuple(compared))


def _async_group(scheme: str) -> Group:
    members: list[Contestant] = []
    compared: list[Comparison] = []
    for brand in measured():
        for transport in TRANSPORTS:
            subject = ours(brand, "async", PY311, transport, scheme)
            reference = raw_httpx(brand, "async", PY311, transport, scheme)
            members += [subject, reference]
            compared.append((subject.key, reference.key, RAW_TARGET))
    return Group(f"async, {PY311}, {scheme}", tuple(members), tuple(compared))


def _speed_group(scheme: str) -> Group:
    members: list[Contestant] = []
    compared: list[Comparison] = []
    for brand in brands_with_peer("async"):
        fast, stock = ours(brand, "async", PY312, "asyncio", scheme), ours(brand, "async", PY312, "stock", scheme)
        raw = raw_httpx(brand, "async", PY312, "asyncio", scheme)
        floor, aiohttp = core_transport(brand, scheme), raw_aiohttp(brand, scheme)
        other = peer(str(peer_of(brand)), scheme)
        members += [fast, stock, raw, floor, aiohttp, other]
        compared += [
            (fast.key, other.key, PEER_TARGET),
            (fast.key, raw.key, RAW_TARGET),
            (stock.key, other.key, None),
            (aiohttp.key, other.key, None),
            (floor.key, aiohttp.key, None),
        ]
    return Group(f"async with the speed extra, {PY312}, {scheme}", tuple(members), tuple(compared))


def groups() -> list[Group]:
    return [make(scheme) for scheme in SCHEMES for make in (_sync_group, _async_group, _speed_group)]


def contestant_summary(pool: Pool, contestant: Contestant, series: Series) -> dict[str, Any]:
    wall, cpu, server = Summary.of(series.wall), Summary.of(series.cpu), Summary.of(series.server)
    return {
        "label": contestant.label,
        "mode": contestant.mode,
        "env": contestant.env,
        "read": contestant.read,
        "scheme": contestant.scheme,
        "python": pool.workers[contestant.key].python,
        "returns": pool.checks[contestant.key]["type"],
        "wall_us": wall.scaled(1e6).as_dict(),
        "client_cpu_us": cpu.scaled(1e6).as_dict(),
        "server_cpu_us": server.scaled(1e6).as_dict(),
        "server_share": server.median / wall.median,
    }


def comparison(results: dict[str, Series], subject: str, reference: str, target: float | None) -> dict[str, Any]:
    wall = ratios(results[subject].wall, results[reference].wall)
    cpu = ratios(results[subject].cpu, results[reference].cpu)
    met = None if target is None else wall.median < target if target == PEER_TARGET else wall.median <= target
    return {
        "subject": subject,
        "reference": reference,
        "target": target,
        "wall": wall.as_dict(),
        "client_cpu": cpu.as_dict(),
        "met": met,
    }


def run(pool: Pool, reads: int, rounds: int, warmup: int) -> list[dict[str, Any]]:
    """Every group: per-read wall/CPU/server figures per contestant and the ratios that have targets."""
    report = []
    for group in groups():
        results = run_rounds(pool, group.members, {"cmd": "batch", "n": reads}, reads, rounds, warmup)
        measured = {c.key: contestant_summary(pool, c, results[c.key]) for c in group.members if c.key in results}
        compared = [
            comparison(results, subject, reference, target)
            for subject, reference, target in group.comparisons
            if subject in results and reference in results
        ]
        missing = [c.key for c in group.members if c.key not in results]
        report.append({"group": group.name, "contestants": measured, "comparisons": compared, "missing": missing})
    return report
