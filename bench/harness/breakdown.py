"""Where our per-request overhead goes, without a network: each client against raw httpx over one
``httpx.MockTransport`` answering the fixture, and the typed model's ``from_dict`` alone.

Runs inside the ``carconnect-py311`` venv (``python -m harness.breakdown FIXTURES ROUNDS``, from
``bench/``) and prints one JSON document: per brand, microseconds per read for raw httpx (``get`` +
``.json()``), our client (configured as in the loopback benchmark), and parsing the typed model; the
client's overhead minus parsing is what the auth flow and policies, the generated operation and the
brand's own layer cost together. Each figure is the fastest of several interleaved rounds.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from carconnect.core.brands import installed_brands

from .routes import READS, payload

BASE = "http://bench.invalid"
READS_PER_ROUND = 500
CONTESTANTS = Path(__file__).resolve().parents[1] / "contestants"


def client_read(brand: str, transport: httpx.MockTransport) -> Callable[[], object]:
    """Our client's read, built as the loopback benchmark builds it (``contestants/carconnect_brand.py``)."""
    sys.path.insert(0, str(CONTESTANTS))
    from carconnect_brand import client  # type: ignore[import-not-found,unused-ignore]

    target = READS[brand].contestant_target()
    _made, call = client(target, BASE, transport, asynchronous=False)
    identifier = target[target["argument"]]
    return lambda: call(identifier)


def cases(brand: str, fixtures: Path) -> dict[str, Callable[[], object]]:
    read = READS[brand]
    body = payload(read, fixtures)
    headers = {
        "content-type": "application/json",
        read.request_id: "5d6b9c3e-0f4a-4d2e-9b8a-2f7c1e6d3a10",
        **dict(read.headers),
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    raw = httpx.Client(
        base_url=BASE, transport=transport, headers={"Authorization": "Bearer x", **dict(read.request_headers)}
    )
    module, name = read.model
    model: Any = getattr(importlib.import_module(module), name)
    document = json.loads(body)
    return {
        "raw": lambda: raw.get(read.path).json(),
        "ours": client_read(brand, transport),
        "parse": lambda: model.from_dict(document),
    }


def medians(table: dict[str, Callable[[], object]], rounds: int) -> dict[str, Any]:
    """Microseconds per call of each case: the fastest of the interleaved rounds (after a warm-up round).

    Differences of a few microseconds drown in a shared machine's noise; the fastest round is the one
    least disturbed, which makes it the usual estimate of what code costs by itself.
    """
    samples: dict[str, list[float]] = {name: [] for name in table}
    for number in range(rounds + 1):
        for name, action in table.items():
            start = time.perf_counter()
            for _ in range(READS_PER_ROUND):
                action()
            if number:
                samples[name].append((time.perf_counter() - start) / READS_PER_ROUND * 1e6)
    return {name: min(values) for name, values in samples.items()}


def main() -> None:
    fixtures, rounds = Path(sys.argv[1]), int(sys.argv[2])
    report: dict[str, dict[str, Any]] = {}
    for brand in installed_brands():
        if brand not in READS:
            continue
        try:
            figures = medians(cases(brand, fixtures), rounds)
        except ImportError as exc:
            report[brand] = {"error": str(exc)}
            continue
        figures["overhead"] = figures["ours"] - figures["raw"]
        figures["overhead_without_parse"] = figures["overhead"] - figures["parse"]
        report[brand] = figures
    print(json.dumps(report))


if __name__ == "__main__":
    main()
