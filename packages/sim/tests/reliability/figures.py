"""The figures RELIABILITY.md is written from: every case records what it measured.

Set ``CARCONNECT_FIGURES=<file>`` to have the session write them as JSON when it ends
(``report.py`` renders that file as Markdown tables).
"""

from __future__ import annotations

import json
import os
import platform
import threading
import time
from pathlib import Path
from typing import Any

from . import variant

FIGURES_ENV = "CARCONNECT_FIGURES"


class Figures:
    """A thread-safe list of records, one per case: ``section``, ``case`` and what was measured."""

    def __init__(self) -> None:
        self._records: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.started = time.time()

    def add(self, section: str, case: str, /, **measured: Any) -> None:
        with self._lock:
            self._records.append({**measured, "section": section, "case": case})

    def records(self, section: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(record) for record in self._records if section is None or record["section"] == section]

    def dump(self) -> dict[str, Any]:
        return {
            "variant": variant.NAME,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "wall_seconds": round(time.time() - self.started, 1),
            "records": self.records(),
        }

    def write_if_requested(self) -> None:
        target = os.environ.get(FIGURES_ENV)
        if target:
            Path(target).write_text(json.dumps(self.dump(), indent=1, default=str), encoding="utf-8")
