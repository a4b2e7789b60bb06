"""Multi-process durability of the file token store.

1. Several OS processes share one :class:`~carconnect.core.FileTokenStore` and read the simulated
   Volvo API while access tokens fall due every couple of seconds. Volvo ID rotates refresh tokens
   with reuse detection (a refresh token spent twice revokes the grant), so a single double spend
   would end every process's session: no process may need re-authorization, and the refreshes of
   all processes together must equal the tokens the server issued after login.
2. A process saving tokens is ``kill -9``-ed at random moments, many times: the store must always
   load a valid token (never a torn or mixed one), mode 0600.

Processes share simulated time through the wall clock (``durability_worker.ScaledClock``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from carconnect.core import FileTokenStore
from carconnect.sim import Simulator

from . import variant
from .durability_worker import ScaledClock
from .figures import Figures
from .harness import HARNESSES
from .leaks import LeakWatch, watch_token

WORKER = Path(__file__).with_name("durability_worker.py")
SPEED = 120.0
"""Simulated seconds per real second."""
LEEWAY = 250.0
"""Refresh leeway (simulated seconds): Volvo's 299 s tokens fall due every 49 simulated seconds (0.4
real seconds, so a three-second run on a busy machine still sees several), and a request may take
two real seconds between taking its token and reaching the server."""
PER_MINUTE = 20
"""Each process's share of Volvo's 100 calls a minute."""


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _result(process: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-2000:]
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def test_processes_sharing_a_file_store_never_need_to_log_in_again(
    tmp_path: Path, figures: Figures, leak_watch: LeakWatch
) -> None:
    harness = HARNESSES["volvo"]
    if not harness.available():
        pytest.skip("carconnect-volvo is not installed")
    budget = variant.BUDGET
    epoch = time.time()
    clock = ScaledClock(epoch, SPEED)
    path = tmp_path / "shared" / "volvo-token.json"
    with Simulator(seed=9, clock=clock) as sim:
        store = FileTokenStore(path)
        store.save(harness.login(sim, clock))
        args = (str(path), sim.base_url, str(epoch), str(SPEED), str(budget.durability_seconds), str(LEEWAY))
        started = time.monotonic()
        processes = [_start("soak", *args, str(PER_MINUTE)) for _ in range(budget.durability_processes)]
        results = [_result(process, budget.durability_seconds + 60) for process in processes]
        seconds = time.monotonic() - started
        grants = list(sim.oauth.grants.values())
        issued = sum(1 for token in sim.oauth.tokens.values() if token.kind == "access")
        leak_watch.harvest(sim)
    final = store.load()
    watch_token(leak_watch, final)
    refreshes = sum(result["refreshes"] for result in results)
    outcomes = [result["outcomes"] for result in results]
    figures.add(
        "durability", "processes sharing a file store", processes=len(results), seconds=round(seconds, 1),
        sim_seconds=round(seconds * SPEED), outcomes=outcomes, refreshes=[result["refreshes"] for result in results],
        tokens_issued=issued, grant_active=all(grant.active for grant in grants), variant=variant.NAME,
    )  # fmt: skip
    assert all(set(outcome) == {"ok"} for outcome in outcomes), outcomes
    assert [grant.active for grant in grants] == [True], "the grant was revoked: a refresh token was spent twice"
    assert refreshes >= 2, "no token fell due during the run"
    assert issued == 1 + refreshes, "a refresh happened that no process accounted for"
    assert final is not None
    assert final.refresh_token
    assert path.stat().st_mode & 0o777 == 0o600


def test_kill_9_during_saves_always_leaves_a_valid_token(tmp_path: Path, figures: Figures) -> None:
    rounds = variant.BUDGET.kill_rounds
    path = tmp_path / "killed" / "token.json"
    started = time.monotonic()
    result = _result(_start("kill", str(path), str(rounds), "20260101"), timeout=rounds + 60)
    seconds = time.monotonic() - started
    outcomes = result["results"]
    figures.add(
        "durability", "kill -9 during saves", rounds=rounds, seconds=round(seconds, 1), outcomes=outcomes,
        modes=result["modes"], stray_temp_files=result["stray_temp_files"], variant=variant.NAME,
    )  # fmt: skip
    assert outcomes.get("valid") == rounds, outcomes
    assert result["modes"] == {"0o600": rounds}
    assert result["stray_temp_files"] >= 1, "no kill landed inside a save: the test proved nothing"
