"""Fleet benchmark: 1,000 Volvo vehicles across 100 users, read through ``carconnect.core.fleet``.

``python bench/fleet.py`` (in an environment with carconnect-volvo and carconnect-sim installed; uv
builds the peer's venv) runs:

1. **Fleet reads.** A simulator in its own process holds 100 Volvo IDs with 10 vehicles each, answers
   after 200 ms +/- 50 ms (latency faults) and enforces Volvo's 100 calls per user and minute (429
   beyond). One ``AsyncVolvoClient`` reads every vehicle ``--reads`` times through ``for_user`` views
   with ``read_fleet`` (``--concurrency`` in flight); its rate limiter keeps each user under the limit.
   The wall time is compared with the bound the limits and the latency set:
   ``max(batches of 100 per user - 1) * 60 s + latency`` and ``ceil(reads / concurrency) * latency``.
2. **Peer.** The same reads with ``asyncio.gather`` over volvocarsapi (its own venv, built with uv
   under ``bench/.venvs/``), on the same simulator, after the limits' minute has passed.
3. **Memory.** RSS and traced allocations per additional ``for_user`` view (with and without a token
   manager per user), and the RSS of one process holding 10,000 users.

``--quick`` runs a small fleet; ``--json FILE`` writes the figures. Prints one summary table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def portable(value: object) -> str:
    """A setting as written to FLEET.json: a path inside the repository relative to it (no machine paths)."""
    if isinstance(value, Path) and value.resolve().is_relative_to(HERE.parent):
        return str(value.resolve().relative_to(HERE.parent))
    return str(value)


VENV = HERE / ".venvs" / "fleet-volvocarsapi"
PEER = "volvocarsapi==0.4.5"
VENDOR_WINDOW = 60.0
VENDOR_LIMIT = 100
READS = (
    "odometer",
    "doors",
    "windows",
    "tyres",
    "brakes",
    "warnings",
    "diagnostics",
    "statistics",
    "engine_warnings",
    "vehicle_details",
    "command_accessibility",
)
"""Our method names; every simulated Volvo answers each. The peer's names are in ``PEER_READS``."""
PEER_READS = {
    "odometer": "async_get_odometer",
    "doors": "async_get_doors_status",
    "windows": "async_get_window_states",
    "tyres": "async_get_tyre_states",
    "brakes": "async_get_brakes_status",
    "warnings": "async_get_warnings",
    "diagnostics": "async_get_diagnostics",
    "statistics": "async_get_statistics",
    "engine_warnings": "async_get_engine_warnings",
    "vehicle_details": "async_get_vehicle_details",
    "command_accessibility": "async_get_command_accessibility",
}


# ---- the simulator process ----------------------------------------------------------------------


def serve(users: int, per_user: int, latency: float, jitter: float) -> None:
    """Serve a simulator with ``users`` Volvo IDs of ``per_user`` vehicles; print its setup as JSON."""
    from carconnect.sim import DEMO_CLIENTS, Simulator
    from carconnect.sim.fleet.catalog import build_vehicles
    from carconnect.sim.oauth.tokens import issue_pair
    from carconnect.sim.profiles import auth_server

    sim = Simulator(seed=5)
    rng, now = random.Random("bench-fleet"), sim.clock.now()
    vehicles = []
    while len(vehicles) < users * per_user:
        vehicles += build_vehicles("volvo", rng, now)
    fleet = sim.fleet._vehicles["volvo"]  # the simulator seeds 3 cars; the bench needs 1,000
    fleet[:] = vehicles[: users * per_user]
    server = auth_server("volvo")
    client = server.clients[0]
    accounts = []
    for number in range(users):
        owned = fleet[number * per_user : (number + 1) * per_user]
        grant = sim.state.oauth.new_grant(
            server=server.name,
            client_id=client.client_id,
            user_id=f"bench-user-{number:03d}",
            scopes=client.scopes,
            vehicle_ids=tuple(vehicle.id for vehicle in owned),
            now=now,
        )
        access, _ = issue_pair(sim.state, server, grant, now, with_refresh=False)
        accounts.append({"user": grant.user_id, "token": access.value, "vins": [vehicle.vin for vehicle in owned]})
    # 200 ms +/- 50 ms: a fixed part and five coin flips of 20 ms each (the simulator adds up latencies)
    steps = 5
    sim.faults.add("latency", brand="volvo", delay=round(latency - jitter, 4))
    for _ in range(steps):
        sim.faults.add("latency", brand="volvo", delay=round(2 * jitter / steps, 4), probability=0.5)
    sim.start()
    setup = {"url": sim.url("volvo"), "api_key": DEMO_CLIENTS["volvo"].api_key, "accounts": accounts}
    print(json.dumps(setup), flush=True)
    sys.stdin.read()  # serve until the benchmark closes our stdin
    sim.stop()


class SimulatorProcess:
    def __init__(self, users: int, per_user: int, latency: float, jitter: float) -> None:
        args = [str(users), str(per_user), str(latency), str(jitter)]
        self.process = subprocess.Popen(
            [sys.executable, __file__, "serve", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.setup: dict[str, Any] = json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


# ---- our client ---------------------------------------------------------------------------------


async def read_ours(
    setup: dict[str, Any], reads: tuple[str, ...], concurrency: int, transport_name: str
) -> dict[str, Any]:
    import httpx

    from carconnect.core.fleet import read_fleet
    from carconnect.volvo import AsyncVolvoClient

    statuses: Counter[int] = Counter()

    async def note(response: httpx.Response) -> None:
        statuses[response.status_code] += 1

    transport: httpx.AsyncBaseTransport
    if transport_name == "asyncio":
        from carconnect.core import AsyncioTransport

        transport = AsyncioTransport(max_connections=concurrency, max_keepalive_connections=concurrency)
    else:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        transport = httpx.AsyncHTTPTransport(limits=limits)
    async with AsyncVolvoClient(
        None, api_key=setup["api_key"], base_url=setup["url"], transport=transport, event_hooks={"response": [note]}
    ) as volvo:
        views = {
            account["user"]: volvo.for_user(account["token"], key=account["user"]) for account in setup["accounts"]
        }
        work = [
            (account["user"], vin, name) for name in reads for account in setup["accounts"] for vin in account["vins"]
        ]

        async def read(item: tuple[str, str, str]) -> object:
            user, vin, name = item
            return await getattr(views[user], name)(vin)

        failures: Counter[str] = Counter()
        started = time.perf_counter()
        async with read_fleet(work, read, concurrency=concurrency) as outcomes:
            async for outcome in outcomes:
                if not outcome.ok:
                    failures[type(outcome.error).__name__] += 1
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "reads": len(work), "failures": dict(failures), "statuses": dict(statuses)}


# ---- the peer -----------------------------------------------------------------------------------

PEER_SCRIPT = """
import asyncio, json, sys, time
from collections import Counter
import aiohttp
from volvocarsapi import api
from volvocarsapi.auth import AccessTokenManager

setup, reads = json.loads(sys.stdin.read()), sys.argv[1].split(",")
api._API_URL = setup["url"]

class Fixed(AccessTokenManager):
    def __init__(self, session, token):
        super().__init__(session)
        self.token = token
    async def async_get_access_token(self):
        return self.token

async def main():
    statuses, failures = Counter(), Counter()
    async def on_end(session, context, params):
        statuses[params.response.status] += 1
    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(on_end)
    async with aiohttp.ClientSession(trace_configs=[trace]) as session:
        calls = []
        for name in reads:
            for account in setup["accounts"]:
                for vin in account["vins"]:
                    client = api.VolvoCarsApi(session, Fixed(session, account["token"]), setup["api_key"], vin)
                    calls.append(getattr(client, name)())
        started = time.perf_counter()
        results = await asyncio.gather(*calls, return_exceptions=True)
        seconds = time.perf_counter() - started
    for result in results:
        if isinstance(result, BaseException):
            failures[type(result).__name__] += 1
    print(json.dumps({"seconds": seconds, "reads": len(calls), "failures": failures,
                      "statuses": {str(k): v for k, v in statuses.items()}}))

asyncio.run(main())
"""


def _python_3_12() -> str:
    """An installed Python 3.12 (pyenv's own, whose shim answers only when selected), else ``3.12``."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = sorted(versions.glob("3.12*/bin/python3.12"))
    return str(found[-1]) if found else "3.12"


def peer_python(log: list[str]) -> Path | None:
    """The peer's venv (built with uv on first use), or ``None`` with the reason in ``log``."""
    python = VENV / "bin" / "python"
    if python.exists():
        return python
    uv = shutil.which("uv")
    if uv is None:
        log.append("volvocarsapi: uv is not installed, the peer was not run")
        return None
    environment = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    environment.pop("VIRTUAL_ENV", None)
    try:
        subprocess.run([uv, "venv", "--quiet", "--python", _python_3_12(), str(VENV)], check=True, env=environment)
        subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), PEER], check=True, env=environment)
    except subprocess.CalledProcessError as exc:
        log.append(f"volvocarsapi: venv not built ({exc})")
        shutil.rmtree(VENV, ignore_errors=True)
        return None
    return python


def read_peer(python: Path, setup: dict[str, Any], reads: tuple[str, ...]) -> dict[str, Any]:
    names = ",".join(PEER_READS[name] for name in reads)
    done = subprocess.run(
        [str(python), "-c", PEER_SCRIPT, names], input=json.dumps(setup), capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---- memory -------------------------------------------------------------------------------------


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory(users: int) -> None:
    """Print RSS and traced bytes per ``for_user`` view, bare and with a token manager per user."""
    import gc
    import tracemalloc
    from datetime import UTC, datetime, timedelta

    from carconnect.core import MemoryTokenStore, Token, TokenManager
    from carconnect.volvo import AsyncVolvoClient

    client = AsyncVolvoClient(None, api_key="bench-key")
    client.for_user("warm-up", key="warm-up")  # first-use imports and caches
    expires = datetime.now(UTC) + timedelta(hours=1)
    tokens = [f"access-token-{number:06d}-{'x' * 40}" for number in range(users)]
    gc.collect()
    tracemalloc.start()
    before_rss, (before_traced, _) = _rss(), tracemalloc.get_traced_memory()
    views = [client.for_user(token, key=f"user-{number}") for number, token in enumerate(tokens)]
    gc.collect()
    bare_rss, (bare_traced, _) = _rss(), tracemalloc.get_traced_memory()
    managers = [
        TokenManager(MemoryTokenStore(Token(token, f"refresh-{number}", expires_at=expires)))
        for number, token in enumerate(tokens)
    ]
    gc.collect()
    token_rss, (token_traced, _) = _rss(), tracemalloc.get_traced_memory()
    managed = [client.for_user(manager, key=f"managed-{number}") for number, manager in enumerate(managers)]
    gc.collect()
    managed_rss, (managed_traced, _) = _rss(), tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        json.dumps(
            {
                "users": users,
                "view_traced_bytes": (bare_traced - before_traced) / users,
                "view_rss_bytes": (bare_rss - before_rss) / users,
                "token_manager_traced_bytes": (token_traced - bare_traced) / users,
                "managed_view_traced_bytes": (managed_traced - token_traced) / users,
                "managed_view_rss_bytes": (managed_rss - token_rss) / users,
                "process_rss_mib": _rss() / 2**20,
                "held": len(views) + len(managed),
            }
        )
    )


def measure_memory(users: int) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "memory", str(users)], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---- the run ------------------------------------------------------------------------------------


def bound(users: int, reads_per_user: int, concurrency: int, latency: float) -> float:
    """The least wall time the vendor's limits and the latency allow.

    Each user's reads beyond 100 cannot start before a minute has passed since the first 100 went; the
    reads of the last minute then take their latency, ``concurrency`` at a time. Without the limit,
    all reads take their latency, ``concurrency`` at a time.
    """
    minutes = math.ceil(reads_per_user / VENDOR_LIMIT) - 1
    last = users * (reads_per_user - minutes * VENDOR_LIMIT)
    by_limit = minutes * VENDOR_WINDOW + math.ceil(last / concurrency) * latency
    by_latency = math.ceil(users * reads_per_user / concurrency) * latency
    return max(by_limit, by_latency)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--vehicles-per-user", type=int, default=10)
    parser.add_argument("--reads", type=int, default=len(READS), help="reads per vehicle (different endpoints)")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--jitter", type=float, default=0.05)
    parser.add_argument("--memory-users", type=int, default=10_000)
    parser.add_argument(
        "--transport",
        choices=("asyncio", "httpx"),
        default="asyncio",
        help="our AsyncioTransport (the speed extra) or httpx's own, whose pool bookkeeping grows with the connections",
    )
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--quick", action="store_true", help="10 users and 1,000 views")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.quick:
        args.users, args.memory_users = 10, 1000
    reads = READS[: args.reads]
    log: list[str] = []
    figures: dict[str, Any] = {"settings": {key: portable(value) for key, value in vars(args).items()}}

    sim = SimulatorProcess(args.users, args.vehicles_per_user, args.latency, args.jitter)
    try:
        total = args.users * args.vehicles_per_user * len(reads)
        ours = asyncio.run(read_ours(sim.setup, reads, args.concurrency, args.transport))
        ours["bound"] = bound(args.users, args.vehicles_per_user * len(reads), args.concurrency, args.latency)
        figures["carconnect"] = ours
        python = None if args.no_peer else peer_python(log)
        if python is not None:
            time.sleep(VENDOR_WINDOW + 1)  # every user's minute starts afresh for the peer
            figures["volvocarsapi"] = read_peer(python, sim.setup, reads)
    finally:
        sim.close()
    figures["memory"] = measure_memory(args.memory_users)
    figures["log"] = log

    print(f"fleet: {args.users} users x {args.vehicles_per_user} vehicles x {len(reads)} reads = {total} reads")
    print(f"{'client':<14} {'wall s':>8} {'bound s':>8} {'ratio':>6} {'429s':>5} {'failed':>7}")
    for name in ("carconnect", "volvocarsapi"):
        if name in figures:
            row = figures[name]
            ratio = row["seconds"] / ours["bound"]
            failed = sum(row["failures"].values())
            too_many = row["statuses"].get(429, row["statuses"].get("429", 0))
            print(f"{name:<14} {row['seconds']:>8.2f} {ours['bound']:>8.2f} {ratio:>6.2f} {too_many:>5} {failed:>7}")
    mem = figures["memory"]
    print(
        f"memory: {mem['view_traced_bytes']:.0f} B per view, {mem['managed_view_traced_bytes']:.0f} B per view "
        f"of a token manager (+{mem['token_manager_traced_bytes']:.0f} B the manager and its token); "
        f"{mem['users']} users x 2 views: {mem['process_rss_mib']:.0f} MiB RSS"
    )
    for line in log:
        print(line)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]))
    elif sys.argv[1:2] == ["memory"]:
        memory(int(sys.argv[2]))
    else:
        main()
