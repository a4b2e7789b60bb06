"""pytest fixtures for testing code against the simulator (registered as the ``carconnect_sim`` plug-in).

* ``carconnect_sim``: a started :class:`~carconnect.sim.Simulator` on 127.0.0.1, one per test.
* ``carconnect_sim_inprocess``: a simulator that is not started; use ``sim.transport()`` /
  ``sim.async_transport()``. A broker the test starts with ``sim.mqtt()`` is stopped after it.
* ``carconnect_redis``: a real ``redis-server`` (:class:`~carconnect.sim.redis_server.RedisServer`) on
  127.0.0.1 for one test, for code that shares state on Redis; skipped when the binary is missing
  (failed instead when ``CARCONNECT_REQUIRE_REDIS`` is set).

Options come from the ``carconnect_sim`` marker, e.g.
``@pytest.mark.carconnect_sim(seed=7, consent="deny", clock=ManualClock())``, deep-copied for each
test except ``clock`` and ``plugins`` (:data:`SHARED_OPTIONS`). The simulator uses the marker's clock
object itself, so a test that hands the same clock to its own code (a ``ManualClock`` or core
``FakeClock`` is a core ``Clock``) moves both sides with it. When the test ends, a ``ManualClock`` or
carconnect-core ``FakeClock`` is set back to its time at the start of the fixture (a ``FakeClock`` also
gets its ``sleeps`` back), so tests sharing one (on a module, a class, a parametrized test, or one mark
applied to several tests) each start at the same time, whichever tests run; any other clock object
keeps its time. A clock class or factory
(``clock=ManualClock``) is called for each test.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from contextlib import contextmanager
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


SHARED_OPTIONS = ("clock", "plugins")
"""Marker arguments every test gets as the very objects given: the clock (so that a test moving it moves
the simulator too) and the brand plug-ins. Every other argument is copied for each test."""


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The marker's arguments for one test: deep copies, except :data:`SHARED_OPTIONS`, so that what a
    test changes (``sim.options.refresh_reuse_window[...] = ...``) never reaches the marker or other tests."""
    marker = request.node.get_closest_marker("carconnect_sim")
    given = marker.kwargs if marker else {}
    options = {name: value if name in SHARED_OPTIONS else copy.deepcopy(value) for name, value in given.items()}
    clock = options.get("clock")
    if isinstance(clock, type) or (clock is not None and not hasattr(clock, "now")):
        options["clock"] = clock()
    return options


@contextmanager
def _set_back(clock: Any) -> Iterator[None]:
    """Sets a ``ManualClock`` or core ``FakeClock`` (and its ``sleeps``) back to its time on entry when
    the block ends; leaves any other clock as it is."""
    from carconnect.core import FakeClock

    from .clock import ManualClock

    if not isinstance(clock, ManualClock | FakeClock):
        yield
        return
    start = clock.now()
    sleeps = list(clock.sleeps) if isinstance(clock, FakeClock) else []
    try:
        yield
    finally:
        clock.advance(-(clock.now() - start).total_seconds())
        if isinstance(clock, FakeClock):
            clock.sleeps[:] = sleeps


@pytest.fixture
def carconnect_sim(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A simulator serving on an ephemeral loopback port for the duration of the test."""
    from .server import Simulator

    options = _options(request)
    with _set_back(options.get("clock")), Simulator(**options) as sim:
        yield sim


@pytest.fixture
def carconnect_sim_inprocess(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A simulator used through its in-process transports (no socket, no thread).

    Whatever the test starts on it (``sim.mqtt()``, ``sim.start()``) is stopped afterwards.
    """
    from .server import Simulator

    options = _options(request)
    with _set_back(options.get("clock")):
        sim = Simulator(**options)
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
