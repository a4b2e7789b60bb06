"""pytest fixtures for testing code against the simulator (registered as the ``carconnect_sim`` plug-in).

* ``carconnect_sim``: a started :class:`~carconnect.sim.Simulator` on 127.0.0.1, one per test.
* ``carconnect_sim_inprocess``: a simulator that is not started; use ``sim.transport()`` /
  ``sim.async_transport()``. A broker the test starts with ``sim.mqtt()`` is stopped after it.
* ``carconnect_redis``: a real ``redis-server`` (:class:`~carconnect.sim.redis_server.RedisServer`) on
  127.0.0.1 for one test, for code that shares state on Redis; skipped when the binary is missing
  (failed instead when ``CARCONNECT_REQUIRE_REDIS`` is set).

Options come from the ``carconnect_sim`` marker, e.g.
``@pytest.mark.carconnect_sim(seed=7, consent="deny", clock=ManualClock())``. Every test gets a
clock of its own: a ``ManualClock`` or carconnect-core ``FakeClock`` in a marker that several tests
share (on a module, a class, a parametrized test, or one mark applied to several tests) is copied at
its start time for each test, and a clock class or factory (``clock=ManualClock``) is called for each test.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .redis_server import RedisServer
    from .server import Simulator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "carconnect_sim(**options): Simulator arguments (seed, clock, consent, ...) for the fixtures"
    )


_MARKED_CLOCKS = pytest.StashKey[Counter[int]]()


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker("carconnect_sim")
    options = dict(marker.kwargs) if marker else {}
    if "clock" in options:
        clock = options["clock"]
        shared = (
            marker not in request.node.own_markers
            or hasattr(request.node, "callspec")
            or _marked_clocks(request.session)[id(clock)] > 1
        )
        options["clock"] = _own_clock(clock, shared=shared)
    return options


def _marked_clocks(session: pytest.Session) -> Counter[int]:
    """How many collected tests each clock object of a ``carconnect_sim`` marker serves, by ``id``
    (counted once per session, on first use: one mark object may decorate several tests)."""
    if _MARKED_CLOCKS not in session.stash:
        counts: Counter[int] = Counter()
        for item in session.items:
            marker = item.get_closest_marker("carconnect_sim")
            if marker is not None and "clock" in marker.kwargs:
                counts[id(marker.kwargs["clock"])] += 1
        session.stash[_MARKED_CLOCKS] = counts
    return session.stash[_MARKED_CLOCKS]


def _own_clock(clock: Any, *, shared: bool) -> Any:
    """A clock for one test: a factory's new clock, or a fresh copy (same class, same start time) of
    a ``ManualClock`` or core ``FakeClock`` that several tests share (that one is then never handed
    to a simulator and keeps its start time)."""
    from carconnect.core import FakeClock

    from .clock import ManualClock

    if isinstance(clock, type) or not hasattr(clock, "now"):
        return clock()
    if shared and isinstance(clock, ManualClock | FakeClock):
        return type(clock)(clock.now())
    return clock


@pytest.fixture
def carconnect_sim(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A simulator serving on an ephemeral loopback port for the duration of the test."""
    from .server import Simulator

    with Simulator(**_options(request)) as sim:
        yield sim


@pytest.fixture
def carconnect_sim_inprocess(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A simulator used through its in-process transports (no socket, no thread).

    Whatever the test starts on it (``sim.mqtt()``, ``sim.start()``) is stopped afterwards.
    """
    from .server import Simulator

    sim = Simulator(**_options(request))
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def carconnect_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A fresh real Redis server (append-only, fsync always) for the duration of the test."""
    from .redis_server import RedisServer, missing_server

    problem = missing_server()
    if problem is not None:
        if os.environ.get("CARCONNECT_REQUIRE_REDIS"):
            pytest.fail(f"{problem} (CARCONNECT_REQUIRE_REDIS is set)")
        pytest.skip(problem)
    server = RedisServer(Path(tmp_path_factory.mktemp("redis"))).start()
    try:
        yield server
    finally:
        server.kill()
