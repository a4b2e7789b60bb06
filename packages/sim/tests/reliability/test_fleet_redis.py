"""Eight processes, two groups standing for two machines, share one real Redis for a minute of simulated
time while access tokens fall due every ten simulated seconds.

Each process reads the simulated Volvo and BMW APIs for one Volvo ID and one BMW account through
``for_user`` views, with the tokens in :class:`~carconnect.core.shared.RedisTokenStore`, Volvo's
limits in a shared :class:`~carconnect.core.shared.SlidingWindowLimiter` and BMW's daily quota in a
shared :class:`~carconnect.core.shared.QuotaLedger`. Checked: nobody needs to log in again, the
refreshes of all processes together equal the tokens the login servers issued for them and the times
the tokens fell due, BMW's 50 calls are never exceeded and Volvo never answers 429. Midway Redis is
killed (SIGKILL) and restarted on its append-only file: meanwhile calls fail with a typed error
(``StoreUnavailableError``) or wait, no stored token is lost, and every process works again after.

This file is also the worker: ``python test_fleet_redis.py worker ...`` (no imports from the test
package, so it runs from a plain path).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from carconnect.sim import Simulator
    from carconnect.sim.redis_server import RedisServer

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
SPEED = 6.0
"""Simulated seconds per real second."""
RUN = 60.0
"""Simulated seconds every worker runs."""
DUE_EVERY = 10.0
"""Simulated seconds between a token's refresh and the moment it falls due again (through the leeway)."""
TTL = {"volvo": 299.0, "bmw": 3599.0}
"""The simulated login servers' access-token lifetimes."""
GROUPS = {"a": 0.0, "b": 0.25}
"""Two machines: four processes each, the second with its clock a quarter of a second ahead (NTP)."""
PER_GROUP = 4
KILL_AT, DOWN_FOR = 5.0, 1.5
"""Real seconds into the run when Redis is killed, and how long it stays down."""
QUOTA = 50
LATE = 24.0
"""Simulated seconds a due token may wait for its refresh: the rest of a turn, a wait for a Volvo slot,
and Redis's outage."""
TURN = 4.0
"""Simulated seconds per turn of a process (one Volvo and one BMW read): together 120 Volvo reads a
minute are asked for, 100 allowed."""
MAX_WAIT = 12.0
"""Simulated seconds a Volvo read may wait for its slot; beyond, the limiter refuses it locally."""


class ScaledClock:
    """Simulated time every process agrees on: ``START + (wall time - epoch) * SPEED + skew``."""

    def __init__(self, epoch: float, skew: float = 0.0) -> None:
        self.epoch, self.skew = epoch, skew
        self._offset = 0.0

    def now(self) -> datetime:
        return START + timedelta(seconds=(time.time() - self.epoch) * SPEED + self.skew + self._offset)

    def monotonic(self) -> float:
        return time.monotonic() * SPEED + self._offset

    def advance(self, seconds: float) -> None:
        self._offset += seconds

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds / SPEED)

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0) / SPEED)


# ---- the worker ---------------------------------------------------------------------------------


class Log:
    """Outcomes per brand and kind, with the real time of the first and the last of each."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def note(self, what: str) -> None:
        now = time.time()
        self.counts[what] += 1
        self.first.setdefault(what, now)
        self.last[what] = now


def worker(config_json: str) -> None:
    from carconnect.bmw import BmwAuth, BmwClient, DailyReset, QuotaBudget
    from carconnect.core import CarConnectError, QuotaExceededError, RateLimitError, ReauthorizationRequiredError
    from carconnect.core.shared import QuotaLedger, RedisTokenStore, SlidingWindowLimiter
    from carconnect.volvo import ALL_SCOPES, RateLimiter, VolvoAuth, VolvoClient

    config = json.loads(config_json)
    clock = ScaledClock(0.0, GROUPS[config["group"]])
    redis_url, sim_url, demo = config["redis"], config["sim"], config["volvo_client"]
    volvo_auth = VolvoAuth(
        demo["client_id"],
        demo["client_secret"],
        redirect_uri=demo["redirect_uri"],
        scopes=ALL_SCOPES,
        base_url=f"{sim_url}/volvo/auth",
        clock=clock,
    )
    bmw_auth = BmwAuth(config["bmw_client_id"], base_url=f"{sim_url}/bmw/auth", clock=clock)
    stores = {brand: RedisTokenStore(redis_url, f"{brand}:owner", wait=30.0) for brand in TTL}
    managers = {
        "volvo": volvo_auth.token_manager(stores["volvo"], leeway=TTL["volvo"] - DUE_EVERY),
        "bmw": bmw_auth.token_manager(stores["bmw"], leeway=TTL["bmw"] - DUE_EVERY),
    }
    window = SlidingWindowLimiter(redis_url, limit=100, max_wait=MAX_WAIT, clock=clock)
    ledger = QuotaLedger(redis_url, limit=QUOTA, reset=DailyReset(), code="CU-429", clock=clock)
    statuses: Counter[str] = Counter()

    def note(response: Any) -> None:
        statuses[str(response.status_code)] += 1

    options: dict[str, Any] = {"clock": clock, "event_hooks": {"response": [note]}}
    log = Log()
    with (
        volvo_auth,
        bmw_auth,
        VolvoClient(
            None,
            api_key=demo["api_key"],
            base_url=f"{sim_url}/volvo/api",
            rate_limit=RateLimiter.shared(window),
            **options,
        ) as volvo_client,
        BmwClient(
            managers["bmw"], base_url=f"{sim_url}/bmw/api", quota=QuotaBudget.shared(ledger), **options
        ) as bmw_client,
    ):
        volvo = volvo_client.for_user(managers["volvo"], key="owner")
        bmw = bmw_client.for_user(managers["bmw"], key=config["bmw_account"])

        def volvo_read() -> object:
            return volvo.odometer(config["volvo_vin"])

        def bmw_read() -> object:
            return bmw.basic_data(config["bmw_vin"])

        print("ready", flush=True)  # everything is imported and built: the test may start the clock
        clock.epoch = float(sys.stdin.readline())
        time.sleep(max(clock.epoch - time.time(), 0))
        deadline = time.time() + RUN / SPEED
        while time.time() < deadline:
            turn_ends = time.time() + TURN / SPEED
            for brand, read in (("volvo", volvo_read), ("bmw", bmw_read)):
                try:
                    managers[brand].get_access_token()  # the token falls due whether or not a call is allowed
                    read()
                except ReauthorizationRequiredError:
                    log.note(f"{brand}:ReauthorizationRequiredError")
                    deadline = 0.0
                except QuotaExceededError as error:
                    local = bool(error.details.get("local"))
                    log.note(f"{brand}:QuotaExceededError:{'local' if local else 'server'}")
                except RateLimitError as error:
                    log.note(f"{brand}:RateLimitError:{'server' if error.status_code else 'local'}")
                except CarConnectError as error:
                    log.note(f"{brand}:{type(error).__name__}")
                else:
                    log.note(f"{brand}:ok")
            time.sleep(max(turn_ends - time.time(), 0))
    result = {
        "pid": os.getpid(),
        "group": config["group"],
        "counts": log.counts,
        "first": log.first,
        "last": log.last,
        "refreshes": {brand: manager.refresh_count for brand, manager in managers.items()},
        "statuses": statuses,
    }
    for closable in (*stores.values(), window, ledger):
        closable.close()
    print(json.dumps(result))


# ---- the test -----------------------------------------------------------------------------------


def _start(config: dict[str, Any]) -> subprocess.Popen[str]:
    command = [sys.executable, str(Path(__file__)), "worker", json.dumps(config)]
    pipes = subprocess.PIPE
    return subprocess.Popen(command, stdin=pipes, stdout=pipes, stderr=pipes, text=True)


def _result(process: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-3000:]
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _hold_leases(client: Any, names: list[str]) -> None:
    """Take every refresh lease (as a worker would) so that Redis dies between refreshes, not during one.

    A refresh whose new token cannot be saved (Redis gone between the token request and the save) is
    a loss no store can prevent; this test is about Redis going away while tokens are at rest.
    """
    for name in names:
        while not client.set(f"carconnect:token:{name}:lease", "reliability-test", nx=True, px=60_000):
            time.sleep(0.005)


class Run(NamedTuple):
    results: list[dict[str, Any]]
    killed: float
    restarted: float
    before: dict[str, Any]
    after: dict[str, Any]


def _run(processes: list[subprocess.Popen[str]], sim: Simulator, server: RedisServer, clock: ScaledClock) -> Run:
    """Log in once, start every process's clock together, crash and restart Redis midway, collect."""
    import redis

    from carconnect.core import Token
    from carconnect.core.shared import RedisTokenStore

    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
    epoch = time.time() + 0.5
    clock.epoch = epoch
    for brand in TTL:
        login = sim.issue_token(brand)
        expires = START + timedelta(seconds=TTL[brand])
        store = RedisTokenStore(server.url, f"{brand}:owner")
        store.save(Token(login["access_token"], login["refresh_token"], expires_at=expires))
        store.close()
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(f"{epoch!r}\n")
        process.stdin.flush()

    time.sleep(max(epoch + KILL_AT - time.time(), 0))
    admin = redis.Redis.from_url(server.url)
    _hold_leases(admin, [f"{brand}:owner" for brand in TTL])
    before = {brand: admin.get(f"carconnect:token:{brand}:owner") for brand in TTL}
    admin.close()
    killed = time.time()
    server.kill()
    time.sleep(DOWN_FOR)
    server.start()
    restarted = time.time()
    admin = redis.Redis.from_url(server.url)
    after = {brand: admin.get(f"carconnect:token:{brand}:owner") for brand in TTL}
    admin.delete(*(f"carconnect:token:{brand}:owner:lease" for brand in TTL))
    admin.close()
    results = [_result(process, timeout=RUN / SPEED + 60) for process in processes]
    return Run(results, killed, restarted, before, after)


def test_eight_processes_on_two_machines_share_tokens_and_limits_through_a_restart(
    carconnect_redis: RedisServer,
) -> None:
    import pytest  # here, not at the top: the workers run this file without needing pytest

    from carconnect.sim import DEMO_CLIENTS, Simulator
    from carconnect.sim.brands.bmw import quota_used

    for package in ("carconnect.volvo", "carconnect.bmw"):
        pytest.importorskip(package)
    clock = ScaledClock(time.time() + 3600)  # simulated time stays before START until every process is ready
    with Simulator(seed=11, clock=clock) as sim:
        volvo_client = DEMO_CLIENTS["volvo"]
        config = {
            "volvo_client": {
                "client_id": volvo_client.client_id,
                "client_secret": volvo_client.client_secret or "",
                "redirect_uri": volvo_client.redirect_uri,
                "api_key": volvo_client.api_key or "",
            },
            "bmw_client_id": DEMO_CLIENTS["bmw"].client_id,
            "redis": carconnect_redis.url,
            "sim": sim.base_url,
            "volvo_vin": sim.fleet.vehicles("volvo")[0].vin,
            "bmw_vin": sim.fleet.vehicles("bmw")[0].vin,
            "bmw_account": sim.fleet.owner("bmw").id,
        }
        processes = [_start({**config, "group": group}) for group in GROUPS for _ in range(PER_GROUP)]
        try:
            run = _run(processes, sim, carconnect_redis, clock)
        finally:
            for process in processes:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        issued = {
            brand: sorted(
                token.issued_at
                for token in sim.oauth.tokens.values()
                if token.kind == "access" and token.server == brand
            )
            for brand in TTL
        }
        bmw_used = quota_used(sim.state, str(config["bmw_account"]))

    results, killed, restarted = run.results, run.killed, run.restarted
    counts: Counter[str] = Counter()
    for result in results:
        counts.update(result["counts"])
    refreshes = Counter[str]()
    for result in results:
        refreshes.update(result["refreshes"])

    # Nobody logged in again; every refresh the processes made is one the login servers answered.
    assert not [what for what in counts if what.endswith("ReauthorizationRequiredError")], counts
    for brand in TTL:
        assert refreshes[brand] == len(issued[brand]) - 1, (brand, refreshes, issued)
        # refreshes = expiries: each refresh came after the token before it fell due (a group's clock
        # may run a quarter second ahead), and no token stayed due longer than a turn, a wait for a
        # Volvo slot and the outage.
        gaps = [
            (later - earlier).total_seconds() for earlier, later in zip(issued[brand], issued[brand][1:], strict=False)
        ]
        gaps.append((START + timedelta(seconds=RUN) - issued[brand][-1]).total_seconds())
        assert all(DUE_EVERY - 0.5 <= gap <= DUE_EVERY + LATE for gap in gaps[:-1]), (brand, gaps)
        assert gaps[-1] <= DUE_EVERY + LATE, (brand, gaps)
        assert refreshes[brand] >= RUN / (DUE_EVERY + LATE), (brand, gaps)

    # BMW's daily quota was never exceeded: the shared ledger refused locally, BMW never said CU-429.
    assert bmw_used <= QUOTA
    assert counts["bmw:ok"] == bmw_used == QUOTA, (counts, bmw_used)
    assert counts["bmw:QuotaExceededError:local"] > 0
    assert counts["bmw:QuotaExceededError:server"] == 0
    # Volvo's per-minute limit held for all processes together: not one 429.
    statuses: Counter[str] = Counter()
    for result in results:
        statuses.update(result["statuses"])
    assert statuses["429"] == 0, statuses

    # Redis down: typed failures only while it was down; no token lost; every process worked after it.
    assert run.after == run.before
    assert all(run.after.values())
    assert counts["volvo:StoreUnavailableError"] + counts["bmw:StoreUnavailableError"] > 0, counts
    for result in results:
        for what, first in result["first"].items():
            if what.endswith("StoreUnavailableError"):
                assert first >= killed - 0.5, (what, result)
                assert result["last"][what] <= restarted + 1.0, (what, result)
        assert result["last"].get("volvo:ok", 0) > restarted, result
    assert counts["volvo:RateLimitError:server"] == 0
    untyped = [what for what in counts if not what.endswith(("ok", "StoreUnavailableError", "local"))]
    assert not untyped, counts


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    worker(sys.argv[2])
