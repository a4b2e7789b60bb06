"""Fan-out: many vehicle reads in flight at once (asyncio tasks), every contestant with its default limits.

Cost per read is wall time over the reads of a batch; ratios compare it with raw httpx on the same
transport and, with the ``speed`` extra, with the aiohttp peers reading the same data. The stock
transport runs over plain HTTP only: at 100 in flight a read on it costs several times one on
``AsyncioTransport``, and its HTTPS round would take the run past ten minutes.
"""

from __future__ import annotations

from typing import Any

from .lineup import PY311, PY312, SCHEMES, Contestant, brands_with_peer, ours, peer, peer_of, raw_httpx
from .rounds import Pool, run_rounds
from .routes import REFERENCE_BRAND
from .stats import Summary, ratios

IN_FLIGHT = 100
PEER_TARGET = 1.0

Comparison = tuple[str, str, float | None]


def fanout_groups() -> list[tuple[str, list[Contestant], list[Comparison]]]:
    groups = []
    for scheme in SCHEMES:
        members: list[Contestant] = []
        compared: list[Comparison] = []
        for brand in brands_with_peer("async"):
            fast, raw = (
                ours(brand, "async", PY312, "asyncio", scheme),
                raw_httpx(brand, "async", PY312, "asyncio", scheme),
            )
            other = peer(str(peer_of(brand)), scheme)
            members += [fast, raw, other]
            compared += [(fast.key, other.key, PEER_TARGET), (fast.key, raw.key, None)]
        groups.append((f"{IN_FLIGHT} in flight, speed extra, {PY312}, {scheme}", members, compared))
    stock, raw = ours(REFERENCE_BRAND, "async", PY311), raw_httpx(REFERENCE_BRAND, "async", PY311)
    groups.append(
        (f"{IN_FLIGHT} in flight, stock transport, {PY311}, http", [stock, raw], [(stock.key, raw.key, None)])
    )
    return groups


def run(pool: Pool, reads: int, rounds: int, warmup: int) -> list[dict[str, Any]]:
    report = []
    command = {"cmd": "fanout", "n": reads, "concurrency": IN_FLIGHT}
    for name, members, compared in fanout_groups():
        results = run_rounds(pool, members, command, reads, rounds, warmup)
        measured = {
            c.key: {
                "label": c.label,
                "env": c.env,
                "read": c.read,
                "scheme": c.scheme,
                "reads": reads,
                "concurrency": IN_FLIGHT,
                "per_read_us": Summary.of(results[c.key].wall).scaled(1e6).as_dict(),
                "reads_per_second": 1 / Summary.of(results[c.key].wall).median,
                "client_cpu_us": Summary.of(results[c.key].cpu).scaled(1e6).as_dict(),
                "server_cpu_us": Summary.of(results[c.key].server).scaled(1e6).as_dict(),
            }
            for c in members
            if c.key in results
        }
        ratio_rows = []
        for subject, reference, target in compared:
            if subject in results and reference in results:
                wall = ratios(results[subject].wall, results[reference].wall)
                met = None if target is None else wall.median < target
                ratio_rows.append(
                    {"subject": subject, "reference": reference, "target": target, "wall": wall.as_dict(), "met": met}
                )
        report.append({"group": name, "contestants": measured, "comparisons": ratio_rows})
    return report
