"""Captures of Volvo APIs we deliberately do not specify (retired ones) still get a real check."""

from __future__ import annotations

import json
from pathlib import Path

SPECS = Path(__file__).resolve().parents[3] / "specs" / "volvo"
RETIRED_PATHS = {"energy-v1": "/energy/v1/"}


def assert_not_specified(fixture: Path, reason: str) -> None:
    """The capture is valid JSON of a retired API, and no spec (so no client method) offers that API."""
    assert reason
    json.loads(fixture.read_text(encoding="utf-8"))
    prefix = next(path for name, path in RETIRED_PATHS.items() if fixture.name.startswith(name))
    for spec in SPECS.glob("*.yaml"):
        assert prefix not in spec.read_text(encoding="utf-8"), f"{spec.name} specifies the retired {prefix}"
