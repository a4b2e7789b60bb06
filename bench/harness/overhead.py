"""Runs :mod:`harness.breakdown` in our Python 3.11 venv and returns its figures."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from .lineup import PY311


def run(pythons: dict[str, Path], fixtures: Path, rounds: int) -> dict[str, Any]:
    python = pythons.get(PY311)
    if python is None:
        return {"error": f"venv {PY311} not available"}
    done = subprocess.run(
        [str(python), "-m", "harness.breakdown", str(fixtures), str(rounds)],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exited with {done.returncode}"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result
