"""Per-request cost: one vehicle read after another, every contestant of a group interleaved per round.

Groups share an interpreter and a mode, so that every ratio compares like with like: our clients
against raw httpx on the same read (target <= 1.10), and against the peer that reads the same data
(target < 1.0). The aiohttp-based peers need Python 3.12, so their group runs our clients on 3.12 too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lineup import PEER_OF, PEERS, PY311, PY312, RAW_AIOHTTP, RAW_HTTPX_AIOHTTP, Contestant, ours, raw_httpx
from .rounds import Pool, Series, run_rounds
from .stats import Summary, ratios

BRANDS = ("volvo", "bmw", "ford", "smartcar")
RAW_TARGET, PEER_TARGET = 1.10, 1.0


@dataclass(frozen=True)
class Group:
    name: str
    members: tuple[Contestant, ...]
    comparisons: tuple[tuple[str, str, float | None], ...]
    """(subject key, reference key, target ratio or ``None`` for a reference figure)."""


def groups() -> list[Group]:
    sync = [c for brand in BRANDS for c in (raw_httpx(brand, "sync"), ours(brand, "sync"))]
    sync += [PEERS["smartcar"], PEERS["connectedcar"]]
    sync_cmp = [(ours(b, "sync").key, raw_httpx(b, "sync").key, RAW_TARGET) for b in BRANDS]
    sync_cmp += [(ours(b, "sync").key, PEERS[PEER_OF[b]].key, PEER_TARGET) for b in ("smartcar", "ford")]
    async311 = [c for brand in BRANDS for c in (raw_httpx(brand, "async"), ours(brand, "async"))]
    async311_cmp = [(ours(b, "async").key, raw_httpx(b, "async").key, RAW_TARGET) for b in BRANDS]
    async312: list[Contestant] = []
    async312_cmp: list[tuple[str, str, float | None]] = []
    for brand in ("volvo", "bmw"):
        raw, plain, fast = (
            raw_httpx(brand, "async", PY312),
            ours(brand, "async", PY312),
            ours(brand, "async", PY312, aiohttp=True),
        )
        peer = PEERS[PEER_OF[brand]]
        async312 += [raw, plain, fast, RAW_HTTPX_AIOHTTP[brand], RAW_AIOHTTP[brand], peer]
        async312_cmp += [
            (plain.key, raw.key, RAW_TARGET),
            (fast.key, RAW_HTTPX_AIOHTTP[brand].key, RAW_TARGET),
            (plain.key, peer.key, PEER_TARGET),
            (fast.key, peer.key, PEER_TARGET),
            (RAW_AIOHTTP[brand].key, peer.key, None),
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
