"""Run as its own process by test_durability (``python durability_worker.py soak|kill ...``).

``soak``: read from the simulated Volvo API for a while through a token manager on a shared
:class:`~carconnect.core.FileTokenStore`; print what happened as JSON.

``kill``: fork children that save tokens to a file store in a tight loop, ``kill -9`` each after a
random few milliseconds, and check after every kill that the store loads a valid token; print JSON.

Self-contained on purpose (no imports from the test package), so it runs from a plain path.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from carconnect.core import CarConnectError, FileTokenStore, ReauthorizationRequiredError, Token, TokenStoreError

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


class ScaledClock:
    """Simulated time every process agrees on: ``START + (wall time - epoch) * speed``.

    Sleeps last ``seconds / speed`` real seconds. ``advance`` only moves this process's view (the
    simulator's clock interface needs it).
    """

    def __init__(self, epoch: float, speed: float) -> None:
        self.epoch, self.speed = epoch, speed
        self._offset = 0.0

    def now(self) -> datetime:
        return START + timedelta(seconds=(time.time() - self.epoch) * self.speed + self._offset)

    def monotonic(self) -> float:
        return time.monotonic() * self.speed + self._offset

    def advance(self, seconds: float) -> None:
        self._offset += seconds

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds / self.speed)

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0) / self.speed)


def soak(store_path: str, sim_url: str, epoch: str, speed: str, seconds: str, leeway: str, per_minute: str) -> None:
    from carconnect.sim import DEMO_CLIENTS
    from carconnect.volvo import ALL_SCOPES, RateLimiter, VolvoAuth, VolvoClient

    clock = ScaledClock(float(epoch), float(speed))
    demo = DEMO_CLIENTS["volvo"]
    auth = VolvoAuth(
        demo.client_id,
        demo.client_secret or "",
        redirect_uri=demo.redirect_uri,
        scopes=ALL_SCOPES,
        base_url=f"{sim_url}/volvo/auth",
        clock=clock,
    )
    manager = auth.token_manager(FileTokenStore(store_path), leeway=float(leeway))
    limiter = RateLimiter(requests_per_minute=int(per_minute), max_wait=None, clock=clock)
    outcomes: Counter[str] = Counter()
    deadline = time.monotonic() + float(seconds)
    with (
        auth,
        VolvoClient(
            manager, api_key=demo.api_key or "", base_url=f"{sim_url}/volvo/api", clock=clock, rate_limit=limiter
        ) as volvo,
    ):
        vin = volvo.vehicles()[0].vin
        while time.monotonic() < deadline:
            try:
                volvo.odometer(vin)
            except ReauthorizationRequiredError:
                outcomes["ReauthorizationRequiredError"] += 1
                break
            except CarConnectError as error:
                outcomes[type(error).__name__] += 1
            else:
                outcomes["ok"] += 1
    print(json.dumps({"pid": os.getpid(), "outcomes": outcomes, "refreshes": manager.refresh_count}))


def _token(number: int) -> Token:
    """Token number ``number``: its access and refresh tokens name the same number."""
    expires = START + timedelta(hours=number)
    return Token(f"access-{number:08d}", f"refresh-{number:08d}", expires_at=expires, extras={"pad": "x" * 2048})


def _consistent(token: Token | None) -> bool:
    if token is None or token.refresh_token is None:
        return False
    return token.access_token.removeprefix("access-") == token.refresh_token.removeprefix("refresh-")


def _save_forever(store: FileTokenStore, first: int) -> None:
    number = first
    while True:
        store.save(_token(number))
        number += 1


def kill(store_path: str, rounds: str, seed: str) -> None:
    """Fork, let the child save in a loop, SIGKILL it after 1-15 ms, then load; ``rounds`` times."""
    store = FileTokenStore(store_path)
    store.save(_token(0))
    rng = random.Random(int(seed))
    results: Counter[str] = Counter()
    modes: Counter[str] = Counter()
    highest = 0
    for round_number in range(int(rounds)):
        first = (round_number + 1) * 1_000_000
        pid = os.fork()
        if pid == 0:  # the child: save until killed
            try:
                _save_forever(store, first)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.001, 0.015))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        try:
            loaded = store.load()
        except TokenStoreError:
            results["unreadable"] += 1
            continue
        results["valid" if _consistent(loaded) else "torn"] += 1
        assert loaded is not None
        number = int(loaded.access_token.removeprefix("access-"))
        results["advanced" if number >= first else "kept previous"] += 1
        highest = max(highest, number)
        modes[oct(Path(store_path).stat().st_mode & 0o777)] += 1
    stray = sorted(path.name for path in Path(store_path).parent.glob(f".{Path(store_path).name}.*.tmp"))
    print(json.dumps({"rounds": int(rounds), "results": results, "modes": modes, "stray_temp_files": len(stray)}))


COMMANDS: dict[str, Any] = {"soak": soak, "kill": kill}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
