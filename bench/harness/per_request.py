"""Per-request cost: one vehicle read after another, every contestant of a group interleaved per round.

Groups share an interpreter and a mode, so that every ratio compares like with like: our clients
against raw httpx on the same read and the same transport (target <= 1.10), and against the peer that
reads the same data (target < 1.0). Async clients run on their default transport (carconnect-core's
``AsyncioTransport``), on httpx's own and, on 3.12, on httpx-aiohttp; raw httpx runs on each of these
too. The aiohttp-based peers need Python 3.12, so their group runs our clients on 3.12 too; there the
brands have their ``speed`` extra (orjson), and our client is compared with the peer with it and without
it (standard library JSON, as a default install decodes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lineup import (
    BASELINE_TRANSPORT,
    CORE_TRANSPORT,
    PEER_OF,
    PEERS,
    PY311,
    PY312,
    RAW_AIOHTTP,
    Contestant,
    ours,
    raw_httpx,
)
from .rounds import Pool, Series, run_rounds
from .stats import Summary, ratios

BRANDS = ("volvo", "bmw", "ford", "smartcar")
RAW_TARGET, PEER_TARGET = 1.10, 1.0


Comparison = tuple[str, str, float | None]
"""(subject key, reference key, target ratio or ``None`` for a reference figure)."""


@dataclass(frozen=True)
class Group:
    name: str
    members: tuple[Contestant, ...]
    comparisons: tuple[Comparison, ...]
    """(subject key, reference key, target ratio or ``None`` for a reference figure)."""


def _like_for_like(brand: str, env: str, transports: tuple[str, ...]) -> tuple[list[Contestant], list[Comparison]]:
    """Our async client on each transport, and raw httpx on the same transport (target <= 1.10)."""
    members: list[Contestant] = []
    compared: list[Comparison] = []
    for transport in transports:
        subject = ours(brand, "async", env, transport)
        reference = raw_httpx(brand, "async", env, BASELINE_TRANSPORT[transport])
        members += [subject, reference]
        compared.append((subject.key, reference.key, RAW_TARGET))
    return members, compared


def groups() -> list[Group]:
    sync = [c for brand in BRANDS for c in (raw_httpx(brand, "sync"), ours(brand, "sync"))]
    sync += [PEERS["smartcar"], PEERS["connectedcar"]]
    sync_cmp: list[Comparison] = [(ours(b, "sync").key, raw_httpx(b, "sync").key, RAW_TARGET) for b in BRANDS]
    sync_cmp += [(ours(b, "sync").key, PEERS[PEER_OF[b]].key, PEER_TARGET) for b in ("smartcar", "ford")]
    async311: list[Contestant] = []
    async311_cmp: list[Comparison] = []
    for brand in BRANDS:
        members, compared = _like_for_like(brand, PY311, ("default", "httpx"))
        async311 += members
        async311_cmp += compared
        async311_cmp.append((ours(brand, "async").key, raw_httpx(brand, "async").key, None))
    async312: list[Contestant] = []
    async312_cmp: list[Comparison] = []
    for brand in ("volvo", "bmw"):
        members, compared = _like_for_like(brand, PY312, ("default", "httpx", "aiohttp"))
        peer = PEERS[PEER_OF[brand]]
        stdlib_json = ours(brand, "async", PY312, stdlib_json=True)
        async312 += [*members, stdlib_json, CORE_TRANSPORT[brand], RAW_AIOHTTP[brand], peer]
        async312_cmp += compared
        async312_cmp += [
            (ours(brand, "async", PY312).key, peer.key, PEER_TARGET),
            (stdlib_json.key, peer.key, PEER_TARGET),
            (ours(brand, "async", PY312, "httpx").key, peer.key, None),
            (ours(brand, "async", PY312, "aiohttp").key, peer.key, None),
            (RAW_AIOHTTP[brand].key, peer.key, None),
            (CORE_TRANSPORT[brand].key, RAW_AIOHTTP[brand].key, None),
        ]
    return [
        Group(f"sync, {PY311}", tuple(sync), tuple(sync_cmp)),
        Group(f"async, {PY311}", tuple(async311), tuple(async311_cmp)),
        Group(f"async, {PY312}", tuple(async312), tuple(async312_cmp)),
    ]


def contestant_summary(pool: Pool, contestant: Contestant, series: Series) -> dict[str, Any]:
    wall, cpu, server = Summary.of(series.wall), Summary.of(series.cpu), Summary.of(series.server)
    return {
        "label": contestant.label,
        "mode": contestant.mode,
        "env": contestant.env,
        "read": contestant.read,
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
