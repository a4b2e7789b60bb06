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
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from .routes import READS, payload

BASE = "http://bench.invalid"
MODELS = {
    "volvo": ("carconnect.volvo._generated.connected_vehicle.models", "OdometerResponse"),
    "bmw": ("carconnect.bmw._generated.cardata.models", "VehicleBasicData"),
    "ford": ("carconnect.ford._generated.connect.models", "VehicleInfoResponse"),
    "smartcar": ("carconnect.smartcar._generated.vehicles_v2.models", "Odometer"),
}
READS_PER_ROUND = 500


def client_read(brand: str, transport: httpx.MockTransport) -> Callable[[], object]:
    """Our client's read, configured as in the loopback benchmark (Volvo's limiter and BMW's quota on)."""
    target = READS[brand].target
    if brand == "volvo":
        from carconnect.volvo import RateLimiter, VolvoClient

        limiter = RateLimiter(requests_per_minute=1000, window=0.01)
        volvo = VolvoClient("bench-token", api_key="bench-key", base_url=BASE, rate_limit=limiter, transport=transport)
        return lambda: volvo.odometer(target["vin"])
    if brand == "bmw":
        from carconnect.bmw import BmwClient, QuotaBudget, RollingWindow

        quota = QuotaBudget(limit=1_000_000_000, reset=RollingWindow(timedelta(milliseconds=10)))
        bmw = BmwClient("bench-token", base_url=BASE, transport=transport, quota=quota)
        return lambda: bmw.basic_data(target["vin"])
    if brand == "ford":
        from carconnect.ford import FordConnectClient

        ford = FordConnectClient("bench-token", base_url=BASE, transport=transport)
        return lambda: ford.vehicle(target["vehicle_id"])
    from carconnect.smartcar import SmartcarClient

    smartcar = SmartcarClient("bench-token", base_url=BASE, transport=transport)
    return lambda: smartcar.odometer(target["vehicle_id"])


def cases(brand: str, fixtures: Path) -> dict[str, Callable[[], object]]:
    read = READS[brand]
    body = payload(read, fixtures)
    headers = {
        "content-type": "application/json",
        read.request_id: "5d6b9c3e-0f4a-4d2e-9b8a-2f7c1e6d3a10",
        **dict(read.headers),
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    raw = httpx.Client(base_url=BASE, transport=transport, headers={"Authorization": "Bearer x"})
    module, name = MODELS[brand]
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
    for brand in READS:
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
