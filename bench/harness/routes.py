"""The per-brand table: for each brand of the ``carconnect.brands`` registry (by its registry name), the
vehicle read the contestants make, the real payload the loopback server answers it with, how our client
makes it, and the peer that reads the same data. A brand the registry lists and this table does not is
left out of the benchmark (with a note); nothing else in the benchmark names a brand's read.

Payloads are read at run time from ``$CARCONNECT_FIXTURES`` (default ``../shared/fixtures`` beside the
repository) and never stored in the repository. Every vendor path that serves the same read (ours and a
peer's) answers the same bytes, so a comparison always parses the same document.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

VOLVO_VIN = "YV1ABCDEFG1234567"
BMW_VIN = "WBA12345678901234"
FORD_VEHICLE_ID = "22221111111111151111111111112222"
SMARTCAR_VEHICLE_ID = "36ab27d0-fd9d-4455-823a-ce30af709ffc"


@dataclass(frozen=True)
class Read:
    """One vehicle read: the fixture answering it, the paths that serve it, and what clients need to ask."""

    brand: str
    what: str
    fixture: str
    path: str
    """The path our client and the raw baselines request."""
    peer_paths: tuple[str, ...] = ()
    """Other vendor paths a peer requests for the same data (served the same bytes)."""
    headers: tuple[tuple[str, str], ...] = ()
    """Headers the vendor sends with every answer of this read (besides the request id)."""
    request_headers: tuple[tuple[str, str], ...] = ()
    """Headers the vendor requires on the request (an API key, a version, a unit system): our client
    sends them, and so do the raw baselines, as a hand-written integration must."""
    request_id: str = "x-request-id"
    """The response header carrying the vendor's request id: a new UUID in every response."""
    target: dict[str, str] = field(default_factory=dict)
    """Identifiers handed to contestants (``vin``, ``vehicle_id``, ``path``...)."""
    call: str = ""
    """Our client's method making the read, called with ``target[argument]``."""
    argument: str = "vin"
    model: tuple[str, str] = ("", "")
    """Module and name of the generated model the read is parsed into (for the no-network breakdown)."""
    options: dict[str, Any] = field(default_factory=dict)
    """Keyword arguments of our client beyond the token, ``base_url`` and ``transport``, as JSON: a
    ``[name, {arguments}]`` pair stands for ``name(**arguments)``, ``name`` exported by the brand's
    package (or ``timedelta``); see ``contestants/carconnect_brand.py``."""
    peer: str | None = None
    """The other Python client reading the same data (a key of ``harness.lineup.PEER_SPECS``)."""
    clients: tuple[str, str] | None = None
    """Sync and async client classes of the brand's package making the read, where not the registry's."""

    def contestant_target(self) -> dict[str, Any]:
        """What a contestant of this read is handed: the identifiers, the path, and how our client reads."""
        return {
            **self.target,
            "path": self.path,
            "brand": self.brand,
            "call": self.call,
            "argument": self.argument,
            "options": self.options,
            "clients": self.clients,
            "request_headers": dict(self.request_headers),
        }


READS = {
    "volvo": Read(
        "volvo",
        "odometer (Connected Vehicle v2)",
        "volvo/cv2-odometer.json",
        f"/connected-vehicle/v2/vehicles/{VOLVO_VIN}/odometer",
        request_headers=(("VCC-API-Key", "bench-key"),),
        request_id="vcc-api-operationId",
        target={"vin": VOLVO_VIN},
        call="odometer",
        model=("carconnect.volvo._generated.connected_vehicle.models", "OdometerResponse"),
        options={"api_key": "bench-key", "rate_limit": ["RateLimiter", {"requests_per_minute": 1000, "window": 0.01}]},
        peer="volvocarsapi",
    ),
    "bmw": Read(
        "bmw",
        "basic data (CarData)",
        "bmw/cardata-basic-data-330e.json",
        f"/customers/vehicles/{BMW_VIN}/basicData",
        request_headers=(("x-version", "v1"),),
        target={"vin": BMW_VIN},
        call="basic_data",
        model=("carconnect.bmw._generated.cardata.models", "VehicleBasicData"),
        options={
            "quota": [
                "QuotaBudget",
                {"limit": 1_000_000_000, "reset": ["RollingWindow", {"period": ["timedelta", {"milliseconds": 10}]}]},
            ]
        },
        peer="bmw-cardata",
    ),
    "ford": Read(
        "ford",
        "vehicle information (FordConnect)",
        "ford/fordconnect-v1-vehicle-info-ev.json",
        f"/api/fordconnect/v3/vehicles/{FORD_VEHICLE_ID}",
        peer_paths=(f"/api/vehicles/v5/{FORD_VEHICLE_ID}/status",),
        request_headers=(("Application-Id", "AFDC085B-377A-4351-B23E-5E1D35FB3700"),),
        target={"vehicle_id": FORD_VEHICLE_ID},
        call="vehicle",
        argument="vehicle_id",
        model=("carconnect.ford._generated.connect.models", "VehicleInfoResponse"),
        peer="connectedcar",
        clients=("FordConnectClient", "AsyncFordConnectClient"),
    ),
    "smartcar": Read(
        "smartcar",
        "odometer (Vehicles v2)",
        "smartcar/v2-odometer.json",
        f"/v2.0/vehicles/{SMARTCAR_VEHICLE_ID}/odometer",
        headers=(
            ("sc-unit-system", "metric"),
            ("sc-data-age", "2024-12-30T14:18:56.849Z"),
        ),
        request_headers=(("SC-Unit-System", "metric"),),
        request_id="sc-request-id",
        target={"vehicle_id": SMARTCAR_VEHICLE_ID},
        call="odometer",
        argument="vehicle_id",
        model=("carconnect.smartcar._generated.vehicles_v2.models", "Odometer"),
        peer="smartcar",
    ),
}


REFERENCE_BRAND = "volvo"
"""The read of the suites that measure the client stack rather than a brand (fan-out on the stock
transport, memory): one brand is enough there."""


def fixtures_dir() -> Path:
    """Where the fixture payloads are (``$CARCONNECT_FIXTURES`` or ``../shared/fixtures``)."""
    configured = os.environ.get("CARCONNECT_FIXTURES")
    return Path(configured) if configured else REPO.parent / "shared" / "fixtures"


def payload(read: Read, root: Path) -> bytes:
    """The fixture as compact JSON, the way an API sends it."""
    document = json.loads((root / read.fixture).read_text(encoding="utf-8"))
    return json.dumps(document, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Answer:
    """What the server sends for one path: the body, fixed headers, and the request id header's name."""

    body: bytes
    headers: tuple[tuple[str, str], ...]
    request_id: str


def served_paths(root: Path) -> dict[str, Answer]:
    """Every path the server answers, with what it answers."""
    table: dict[str, Answer] = {}
    for read in READS.values():
        answer = Answer(payload(read, root), read.headers, read.request_id)
        for path in (read.path, *read.peer_paths):
            table[path] = answer
    return table
