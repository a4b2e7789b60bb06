"""The fault matrix: every fault the simulator can inject, against every brand's read and command.

Each cell resets the simulator, injects one fault on the operation's path and calls once with a fresh
client (the brand's own retry policy, a fake clock shared with the simulator so waits are instant).
Invariants checked in every cell: only ``CarConnectError`` escapes, the command reached the car at most
once (and exactly as often as the fault allows), retries stay within the policy's count, deadline and
budget, and error messages stay short even for huge bodies. Outcomes are compared with the table below
and recorded for RELIABILITY.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import asdict

import pytest

from carconnect.core import CarConnectError, FakeClock, MemoryTokenStore
from carconnect.sim import Simulator
from carconnect.sim.profiles import auth_server

from .figures import Figures
from .harness import HARNESSES, Harness, Wiring
from .leaks import LeakWatch
from .matrix import READS, SETTLE, WITH_ASYNC, Case, Cell, Operation, run_cell, timeout_for
from .wire import CountingTransport, WireLog

CASES = [
    Case("connection reset", "drop", operations=WITH_ASYNC),
    Case("connection reset, persistent", "drop", times=None, operations=WITH_ASYNC),
    Case("read timeout", "latency", delay=0.3, operations=WITH_ASYNC),
    Case("500 burst (2)", "error", times=2, status=500),
    Case("502 burst (2)", "error", times=2, status=502),
    Case("503 burst (2)", "error", times=2, status=503, operations=WITH_ASYNC),
    Case("504 burst (2)", "error", times=2, status=504),
    Case("503 outage", "error", times=None, status=503),
    Case("429, Retry-After 2", "rate_limit", retry_after=2, operations=WITH_ASYNC),
    Case("429, Retry-After 120", "rate_limit", retry_after=120),
    Case("quota exhausted", "quota"),
    Case("truncated JSON", "truncate", operations=WITH_ASYNC),
    Case("HTML error page (503)", "html", times=None),
    Case("empty body (200)", "non_json", body=""),
    Case("empty body (500)", "non_json", status=500, body=""),
    Case("plain text (200)", "non_json"),
    Case("status 499", "error", status=499),
    Case("status 520", "error", status=520),
    Case("status 599", "error", status=599),
    Case("very large body (200, 8 MiB)", "error", status=200, large=True, operations=READS),
    Case("very large error page (502, 8 MiB)", "non_json", times=None, status=502, large=True, operations=WITH_ASYNC),
]

# Expected outcome per case: (read, command). "ok+2": success after 2 retries; "ServerError/d0": that
# error, and the command reached the car 0 times. Reads and async reads share the read column (async
# reads run, on httpx's async transport and on AsyncioTransport, where the async stack differs:
# sockets, timeouts, retry loops, streaming bodies).
EXPECTED: dict[str, tuple[str, str]] = {
    "connection reset": ("ok+1", "TransportError/d0"),
    "connection reset, persistent": ("TransportError+3", "TransportError/d0"),
    # A timed-out command is not sent again; the simulator drops a request whose client left before
    # the route read its body, so it never reached the car either.
    "read timeout": ("ok+1", "RequestTimeoutError/d0"),
    "500 burst (2)": ("ServerError", "ServerError/d0"),
    "502 burst (2)": ("ok+2", "ServerError/d0"),
    "503 burst (2)": ("ok+2", "ServerError/d0"),
    "504 burst (2)": ("ok+2", "ServerError/d0"),
    "503 outage": ("ServerError+3", "ServerError/d0"),
    "429, Retry-After 2": ("ok+1", "ok+1/d1"),
    "429, Retry-After 120": ("RateLimitError", "RateLimitError/d0"),
    "quota exhausted": ("QuotaExceededError", "QuotaExceededError/d0"),
    "truncated JSON": ("ResponseParseError", "ResponseParseError/d1"),
    "HTML error page (503)": ("ServerError+3", "ServerError/d0"),
    "empty body (200)": ("ResponseParseError", "ResponseParseError/d1"),
    "empty body (500)": ("ServerError", "ServerError/d1"),
    "plain text (200)": ("ResponseParseError", "ResponseParseError/d1"),
    "status 499": ("ApiError", "ApiError/d0"),
    "status 520": ("ServerError", "ServerError/d0"),
    "status 599": ("ServerError", "ServerError/d0"),
    "very large body (200, 8 MiB)": ("ok", "-"),
    "very large error page (502, 8 MiB)": ("ServerError+3", "ServerError/d1"),
}
BRAND_EXPECTED: dict[tuple[str, str], tuple[str, str]] = {
    # Every BMW CarData call that reached BMW counts against the daily quota of 50, so none is sent
    # again automatically (only a connection that never opened is retried): the caller decides.
    # BMW's 503 is CU-503 (a partner system is down); BMW's 429 is its quota id CU-429.
    ("bmw", "connection reset"): ("TransportError", "TransportError/d0"),
    ("bmw", "connection reset, persistent"): ("TransportError", "TransportError/d0"),
    ("bmw", "read timeout"): ("RequestTimeoutError", "RequestTimeoutError/d0"),
    ("bmw", "502 burst (2)"): ("ServerError", "ServerError/d0"),
    ("bmw", "503 burst (2)"): ("VehicleUnavailableError", "VehicleUnavailableError/d0"),
    ("bmw", "504 burst (2)"): ("ServerError", "ServerError/d0"),
    ("bmw", "503 outage"): ("VehicleUnavailableError", "VehicleUnavailableError/d0"),
    ("bmw", "HTML error page (503)"): ("ServerError", "ServerError/d0"),
    ("bmw", "very large error page (502, 8 MiB)"): ("ServerError", "ServerError/d1"),
    ("bmw", "429, Retry-After 2"): ("QuotaExceededError", "QuotaExceededError/d0"),
    ("bmw", "429, Retry-After 120"): ("QuotaExceededError", "QuotaExceededError/d0"),
    ("bmw", "status 499"): ("BadRequestError", "BadRequestError/d0"),
    # FordConnect runs the command even when the client has given up waiting: the car locked once, and
    # carconnect did not send it again. Ford words its quota as a 429 with a long Retry-After.
    ("ford", "read timeout"): ("ok+1", "RequestTimeoutError/d1"),
    ("ford", "quota exhausted"): ("RateLimitError", "RateLimitError/d0"),
    # Smartcar's own policy: reads retry SERVER errors and unknown 5xx (resolution RETRY_LATER), a
    # command is never re-sent; RATE_LIMIT:VEHICLE is never retried automatically (the error carries
    # Retry-After for the caller); 4xx without a known code is a bad request.
    ("smartcar", "500 burst (2)"): ("ok+2", "ServerError/d0"),
    ("smartcar", "502 burst (2)"): ("ok+2", "VehicleUnavailableError/d0"),
    ("smartcar", "429, Retry-After 2"): ("RateLimitError", "RateLimitError/d0"),
    ("smartcar", "status 499"): ("BadRequestError", "BadRequestError/d0"),
    ("smartcar", "status 520"): ("ok+1", "ServerError/d0"),
    ("smartcar", "status 599"): ("ok+1", "ServerError/d0"),
}
MAX_MESSAGE = 1000


def expected(brand: str, case: str, operation: Operation) -> str:
    read, command = BRAND_EXPECTED.get((brand, case), EXPECTED[case])
    return command if operation == "command" else read


def summary(cell: Cell) -> str:
    text = cell.outcome + (f"+{cell.retries}" if cell.retries else "")
    return text + (f"/d{cell.delivered}" if cell.operation == "command" else "")


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=11, clock=clock) as running:
        yield running


CELLS = [
    pytest.param(brand, case, operation, id=f"{brand}-{case.name}-{operation}")
    for brand in HARNESSES
    for case in CASES
    for operation in case.operations
]


@pytest.mark.parametrize(("brand", "case", "operation"), CELLS)
def test_cell(
    sim: Simulator,
    clock: FakeClock,
    brand: str,
    case: Case,
    operation: Operation,
    figures: Figures,
    leak_watch: LeakWatch,
) -> None:
    harness: Harness = HARNESSES[brand]
    if not harness.available():
        pytest.skip(f"carconnect-{brand} is not installed")
    cell = run_cell(sim, clock, harness, case, operation, leak_watch)
    called = harness.command_name if operation == "command" else harness.read_name
    figures.add("fault matrix", case.name, **asdict(cell), summary=summary(cell), called=called)
    assert cell.retries <= cell.max_retries
    assert cell.deadline is None or cell.waited <= cell.deadline
    assert cell.budget_balance is None or cell.budget_balance >= 0
    assert cell.delivered <= 1, "a command reached the car twice"
    assert cell.message_length <= MAX_MESSAGE
    print(
        f"CELL {brand:8} {case.name:36} {operation:10} {summary(cell):30} want {expected(brand, case.name, operation)}"
    )
    assert summary(cell) == expected(brand, case.name, operation)


# ---- the token endpoint: a refresh under faults never loses the stored refresh token ---------------

REFRESH_CASES = [
    Case("connection reset", "drop"),
    Case("read timeout", "latency", delay=0.3),
    Case("500", "error", status=500),
    Case("429, Retry-After 2", "rate_limit", retry_after=2),
    Case("HTML error page (502)", "html", status=502),
    Case("truncated JSON", "truncate"),
    Case("plain text (200)", "non_json"),
]
# (the read that needed the refresh, the next read once the fault is gone). When the server rotated the
# refresh token but its answer never arrived intact, the new one is lost on the wire and the old one is
# now a reused token: the server revokes the grant. No client can prevent that; carconnect keeps the
# stored token untouched and reports it as ReauthorizationRequiredError. A server with a reuse window
# (Smartcar: 60 s) still refreshes the old token when the next read comes within it.
REFRESH_EXPECTED: dict[str, tuple[str, str]] = {
    "connection reset": ("TransportError", "ok"),
    "read timeout": ("RequestTimeoutError", "ok"),
    "500": ("ServerError", "ok"),  # a login server's outage, never a login problem
    "429, Retry-After 2": ("ok", "ok"),
    "HTML error page (502)": ("ServerError", "ok"),
    "truncated JSON": ("ResponseParseError", "ReauthorizationRequiredError"),
    "plain text (200)": ("ResponseParseError", "ReauthorizationRequiredError"),
}


def _outcome(call: Callable[[], object], watch: LeakWatch, where: str) -> str:
    try:
        call()
    except CarConnectError as exc:
        watch.produced(where, exc)
        return type(exc).__name__
    return "ok"


REFRESH_CELLS = [pytest.param(brand, case, id=f"{brand}-{case.name}") for brand in HARNESSES for case in REFRESH_CASES]


@pytest.mark.parametrize(("brand", "case"), REFRESH_CELLS)
def test_refresh_under_fault(
    sim: Simulator, clock: FakeClock, brand: str, case: Case, figures: Figures, leak_watch: LeakWatch
) -> None:
    harness = HARNESSES[brand]
    if not harness.available():
        pytest.skip(f"carconnect-{brand} is not installed")
    leak_watch.harvest(sim)
    sim.reset()
    stale = harness.login(sim, clock, stale=True)
    store = MemoryTokenStore(stale)
    host, path = harness.token_endpoint(sim)
    sim.faults.add(
        case.kind, brand=brand, host=host, method="POST", path=path, times=1,
        status=case.status, retry_after=case.retry_after, delay=case.delay, body=case.body,
    )  # fmt: skip
    log = WireLog()
    with harness.auth(sim, clock, timeout_for(case)) as auth, CountingTransport(log) as transport:
        manager = auth.token_manager(store)
        with harness.client(sim, manager, Wiring(clock=clock, transport=transport)) as client:
            vehicle = harness.vehicle(sim)
            started = time.perf_counter()
            first = _outcome(lambda: harness.read(client, vehicle), leak_watch, f"refresh {brand} {case.name}")
            seconds = time.perf_counter() - started
            kept = store.load()
            if case.kind == "latency":
                time.sleep(case.delay + SETTLE)
            sim.faults.clear()
            second = _outcome(lambda: harness.read(client, vehicle), leak_watch, f"refresh {brand} {case.name}")
    final = store.load()
    leak_watch.harvest(sim)
    figures.add(
        "refresh faults", case.name, brand=brand, first=first, second=second, seconds=round(seconds, 3),
        refreshes=manager.refresh_count, refresh_token_kept=bool(kept and kept.refresh_token),
    )  # fmt: skip
    assert kept is not None, "the stored token was lost"
    assert kept.refresh_token, "the stored refresh token was lost"
    if first != "ok":
        assert kept == stale, "a failed refresh changed the stored token"
    assert final is not None
    assert final.refresh_token
    expected = REFRESH_EXPECTED[case.name]
    if expected[1] == "ReauthorizationRequiredError" and auth_server(brand).refresh_reuse_window:
        expected = (expected[0], "ok")
    assert (first, second) == expected
