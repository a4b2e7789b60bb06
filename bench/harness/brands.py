"""The brands under test, discovered instead of listed.

Before any venv exists, :func:`packages` finds the brand packages of this tree: every
``packages/<name>/pyproject.toml`` that registers in the ``carconnect.brands`` entry point group. Once
our venv is built, :func:`load` reads that venv's registry (``carconnect.core.brands.installed_brands()``,
one line of Python run in it, as the orchestrator does not import the clients itself); :func:`measured`
is then every registered brand that :data:`harness.routes.READS` (the per-brand table) knows how to read.
"""

from __future__ import annotations

import json
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .routes import READS, REPO

GROUP = "carconnect.brands"
QUERY = (
    "import json; from carconnect.core.brands import installed_brands; "
    "print(json.dumps({name: [b.title, b.module, b.client, b.async_client] for name, b in installed_brands().items()}))"
)


@dataclass(frozen=True)
class Brand:
    """A registry entry as the benchmark uses it (see ``carconnect.core.brands.Brand``)."""

    name: str
    title: str
    module: str
    client: str
    async_client: str


_registry: dict[str, Brand] = {}


def packages(root: Path = REPO / "packages") -> tuple[str, ...]:
    """Names of the packages under ``root`` that register a brand (``volvo``, ``bmw``...), in name order."""
    found = []
    for project in sorted(root.glob("*/pyproject.toml")):
        table = tomllib.loads(project.read_text(encoding="utf-8"))
        if table.get("project", {}).get("entry-points", {}).get(GROUP):
            found.append(project.parent.name)
    return tuple(found)


def load(python: Path) -> dict[str, Brand]:
    """Read the registry of the venv of ``python``; kept for :func:`registry` and :func:`measured`."""
    done = subprocess.run([str(python), "-c", QUERY], capture_output=True, text=True, check=True)
    entries: dict[str, list[str]] = json.loads(done.stdout)
    _registry.clear()
    _registry.update({name: Brand(name, *entry) for name, entry in entries.items()})
    return dict(_registry)


def registry() -> dict[str, Brand]:
    """The registry read by :func:`load` (empty before)."""
    return dict(_registry)


def measured() -> tuple[str, ...]:
    """Registered brands with a read in the per-brand table, in registry (name) order."""
    return tuple(name for name in _registry if name in READS)
