"""Import time: ``python -X importtime -c "import X"`` in each contestant's venv, interleaved rounds.

The figure is the sum of the ``self`` times of every module the statement imports beyond what the
interpreter imports for ``-c pass`` (measured once per venv in the same round), so startup is not counted.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from .brands import registry
from .lineup import PEER_SPECS, PY311, PY312, brands_with_peer, peer_of
from .stats import Summary, ratios

TARGET_VS_HTTPX, TARGET_VS_PEER = 1.5, 1.0

Item = tuple[str, str]
"""(venv, module)."""


def modules() -> list[Item]:
    """What is imported: httpx and core, every registered brand in our Python 3.11 venv, and beside them the
    peers; in our Python 3.12 venv (the aiohttp peers' interpreter) the brands with an aiohttp peer."""
    brands, sync_peers, async_peers = registry(), brands_with_peer("sync"), brands_with_peer("async")
    items: list[Item] = [(PY311, "httpx"), (PY311, "carconnect.core")]
    items += [(PY311, entry.module) for entry in brands.values()]
    items += [_peer_import(brand) for brand in sync_peers]
    items.append((PY312, "httpx"))
    items += [(str(peer_of(brand)), "aiohttp") for brand in async_peers[:1]]
    items += [(PY312, brands[brand].module) for brand in async_peers]
    items += [_peer_import(brand) for brand in async_peers]
    return items


def vs_peer() -> list[tuple[Item, Item]]:
    """(ours, the peer's) for every brand with a peer, in the venv whose interpreter the peer runs on."""
    brands = registry()
    pairs = [((PY311, brands[brand].module), _peer_import(brand)) for brand in brands_with_peer("sync")]
    pairs += [((PY312, brands[brand].module), _peer_import(brand)) for brand in brands_with_peer("async")]
    return pairs


def _peer_import(brand: str) -> Item:
    name = str(peer_of(brand))
    return name, PEER_SPECS[name].imports


def _self_times(python: Path, code: str) -> dict[str, int] | None:
    done = subprocess.run([str(python), "-X", "importtime", "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    times = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line.removeprefix("import time:").split("|")
        times[name.strip()] = int(own)
    return times


def run(pythons: dict[str, Path], rounds: int) -> dict[str, Any]:
    """Milliseconds per import (median, IQR) and the ratios with targets."""
    samples: dict[Item, list[float]] = {item: [] for item in modules() if item[0] in pythons}
    failed: dict[str, str] = {}
    for number in range(rounds + 1):
        startups: dict[str, dict[str, int]] = {}
        for env, module in list(samples):
            if env not in startups:
                startups[env] = _self_times(pythons[env], "pass") or {}
            startup = startups[env]
            times = _self_times(pythons[env], f"import {module}")
            if times is None:
                failed[f"{env}:{module}"] = "import failed"
                del samples[(env, module)]
                continue
            if number > 0:
                samples[(env, module)].append(sum(v for k, v in times.items() if k not in startup) / 1000)
    measured = {f"{env}:{module}": Summary.of(values).as_dict() for (env, module), values in samples.items()}
    compared = []
    for (env, module), values in samples.items():
        if module.startswith("carconnect.") and (env, "httpx") in samples:
            compared.append(_ratio((env, module), (env, "httpx"), values, samples[(env, "httpx")], TARGET_VS_HTTPX))
    for subject, reference in vs_peer():
        if subject in samples and reference in samples:
            compared.append(_ratio(subject, reference, samples[subject], samples[reference], TARGET_VS_PEER))
    return {"milliseconds": measured, "comparisons": compared, "failed": failed}


def _ratio(
    subject: tuple[str, str], reference: tuple[str, str], a: list[float], b: list[float], target: float
) -> dict[str, Any]:
    ratio = ratios(a, b)
    met = ratio.median <= target if target == TARGET_VS_HTTPX else ratio.median < target
    return {
        "subject": ":".join(subject),
        "reference": ":".join(reference),
        "target": target,
        "ratio": ratio.as_dict(),
        "met": met,
    }
