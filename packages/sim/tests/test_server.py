"""Serving over loopback: start/stop hygiene, startup time, dropped connections, the CLI, pytest plug-in."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from importlib.metadata import entry_points
from io import StringIO
from pathlib import Path

import httpx
import pytest

from carconnect.sim import ManualClock, Simulator
from carconnect.sim.cli import main


def _open_fds() -> dict[str, str] | None:
    """This process's open file descriptors and what each refers to (``None`` without ``/proc``)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.exists():
        return None
    found = {}
    for fd in list(fd_dir.iterdir()):
        with contextlib.suppress(OSError):  # the listing's own descriptor, closed by now
            found[fd.name] = os.readlink(fd)
    return found


def _refused(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _start_request_stop() -> tuple[Simulator, float]:
    """A new simulator started, asked one question and stopped; with the seconds its start took."""
    sim = Simulator(plugins={})
    started = time.monotonic()
    sim.start()
    elapsed = time.monotonic() - started
    port = sim.port
    with httpx.Client() as client:
        assert client.get(sim.url("volvo", "auth") + "/.well-known/openid-configuration").status_code == 200
    sim.stop()
    assert _refused(port)
    return sim, elapsed


def _simulator_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name.startswith("carconnect-sim")}


def test_start_is_fast_and_stop_leaves_nothing_behind() -> None:
    threads_before = threading.active_count()
    simulators_before = _simulator_threads()  # a session-scoped simulator of another suite may run
    _, elapsed = _start_request_stop()
    assert elapsed < 1.0  # the first start in the process, with its one-time costs
    # The first event loop may open descriptors held for the life of the process (uvloop: libuv's
    # signal lock pipe), so descriptors are compared across a second start and stop.
    fds_before = _open_fds()
    sim, elapsed = _start_request_stop()
    assert elapsed < 1.0
    assert threading.active_count() == threads_before
    assert _simulator_threads() == simulators_before
    if fds_before is not None:
        assert _open_fds() == fds_before
    sim.stop()  # idempotent


def test_context_manager_restart_and_urls() -> None:
    sim = Simulator(plugins={})
    assert sim.url("volvo") == "http://carconnect-sim.invalid/volvo/api"
    with sim:
        assert sim.running
        assert sim.url("bmw", "auth") == f"http://127.0.0.1:{sim.port}/bmw/auth"
        first_port = sim.port
    assert sim.base_url == "http://carconnect-sim.invalid"
    with pytest.raises(RuntimeError, match="not running"):
        _ = sim.port
    with sim:
        assert _refused(first_port) or sim.port == first_port
        assert httpx.get(sim.base_url + "/_admin/clock").status_code == 200


def test_fixed_port_in_use_is_reported() -> None:
    with Simulator(plugins={}) as first, pytest.raises(OSError, match="in use"):
        Simulator(port=first.port, plugins={}).start()


def test_drop_closes_the_socket_without_an_answer() -> None:
    with Simulator(plugins={}) as sim, httpx.Client() as client:
        sim.faults.add("drop", times=1)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(sim.url("volvo", "auth") + "/.well-known/openid-configuration")
        assert client.get(sim.url("volvo", "auth") + "/.well-known/openid-configuration").status_code == 200


def test_latency_fault_over_loopback() -> None:
    with Simulator(plugins={}) as sim, httpx.Client() as client:
        sim.faults.add("latency", delay=0.05, times=1)
        started = time.monotonic()
        client.get(sim.base_url + "/volvo/auth/.well-known/openid-configuration")
        assert time.monotonic() - started >= 0.05


def test_shared_state_between_loopback_and_in_process() -> None:
    with Simulator(clock=ManualClock(), plugins={}) as sim:
        token = sim.issue_token("volvo")["access_token"]
        with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as local:
            local.post("/_admin/clock/advance", json={"seconds": 60})
        served = httpx.get(sim.base_url + "/_admin/clock").json()["now"]
        assert served == sim.clock.now().isoformat()
        assert token in sim.oauth.tokens


def test_cli_main_prints_urls_and_stops() -> None:
    out, stop = StringIO(), threading.Event()
    worker = threading.Thread(target=lambda: main(["--seed", "3"], out=out, stop=stop))
    worker.start()
    deadline = time.monotonic() + 5
    while "Press Ctrl+C" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    worker.join(5)
    text = out.getvalue()
    assert "carconnect-sim on http://127.0.0.1:" in text
    assert "(seed 3)" in text
    assert "/volvo/auth/as/token.oauth2" in text
    assert "fordpass-vehicle" in text
    assert not worker.is_alive()


def test_python_dash_m_help_names_the_module() -> None:
    command = [sys.executable, "-m", "carconnect.sim", "--help"]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.startswith("usage: python -m carconnect.sim ")


def test_python_dash_m_serves_until_terminated(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "carconnect.sim", "--port", "0"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    ) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            assert first.startswith("carconnect-sim on http://127.0.0.1:")
            assert httpx.get(first.split()[2] + "/_admin/clock").status_code == 200
        finally:
            process.terminate()
            code = process.wait(10)
    assert code == 0


def _downstream_run(tmp_path: Path, *selection: str) -> str:
    """pytest's output for the test files in ``tmp_path`` (``selection``: more pytest arguments), run
    as a user's suite with the plug-in."""
    if not any(ep.name == "carconnect_sim" for ep in entry_points(group="pytest11")):
        pytest.skip("carconnect-sim is not installed with its pytest11 entry point")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--strict-markers", str(tmp_path), *selection],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_pytest_plugin_fixture_in_a_downstream_suite(tmp_path: Path) -> None:
    (tmp_path / "test_downstream.py").write_text(
        textwrap.dedent(
            """
            import httpx
            import pytest

            @pytest.mark.carconnect_sim(seed=9, plugins={})
            def test_uses_the_simulator(carconnect_sim):
                assert carconnect_sim.seed == 9
                assert httpx.get(carconnect_sim.base_url + "/_admin/clock").status_code == 200

            @pytest.mark.carconnect_sim(plugins={})
            def test_in_process(carconnect_sim_inprocess):
                assert not carconnect_sim_inprocess.running
            """
        )
    )
    assert "2 passed" in _downstream_run(tmp_path)


def test_every_downstream_test_gets_a_clock_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "test_shared_marker.py").write_text(
        textwrap.dedent(
            """
            import pytest
            from carconnect.sim import ManualClock

            START = ManualClock().now()
            pytestmark = pytest.mark.carconnect_sim(plugins={}, clock=ManualClock(START))

            @pytest.mark.parametrize("run", [1, 2])
            def test_starts_at_the_markers_time(carconnect_sim_inprocess, run):
                assert carconnect_sim_inprocess.clock.now() == START
                carconnect_sim_inprocess.clock.advance(86400)

            @pytest.mark.carconnect_sim(plugins={}, clock=ManualClock)
            def test_a_factory_makes_the_clock(carconnect_sim_inprocess):
                assert isinstance(carconnect_sim_inprocess.clock, ManualClock)
            """
        )
    )
    assert "3 passed" in _downstream_run(tmp_path)


SHARED_CLOCKS = """
    from datetime import timedelta

    import httpx
    import pytest
    from carconnect.core import FakeClock
    from carconnect.sim import DEMO_CLIENTS, ManualClock

    START = ManualClock().now()
    CLOCK = FakeClock(START)  # the clock of the code under test
    at_start = pytest.mark.carconnect_sim(plugins=None, clock=ManualClock(START))


    def refused_after_expiry(sim):
        token = sim.issue_token("volvo")["access_token"]
        headers = {"Authorization": f"Bearer {token}", "vcc-api-key": DEMO_CLIENTS["volvo"].api_key or ""}
        with httpx.Client(transport=sim.transport(), base_url=sim.url("volvo"), headers=headers) as http:
            assert http.get("/connected-vehicle/v2/vehicles").status_code == 200
            CLOCK.sleep(600)  # past the access token's 299 s, on both sides
            assert http.get("/connected-vehicle/v2/vehicles").status_code == 401


    @pytest.mark.carconnect_sim(plugins=None, clock=CLOCK)
    def test_alone(carconnect_sim_inprocess):
        assert carconnect_sim_inprocess.clock is CLOCK
        assert (CLOCK.now(), CLOCK.sleeps) == (START, [])
        refused_after_expiry(carconnect_sim_inprocess)


    @pytest.mark.carconnect_sim(plugins=None, clock=CLOCK)
    @pytest.mark.parametrize("run", [1, 2])
    def test_parametrized(carconnect_sim, run):
        assert carconnect_sim.clock is CLOCK
        assert (CLOCK.now(), CLOCK.sleeps) == (START, [])
        refused_after_expiry(carconnect_sim)


    @at_start
    def test_first(carconnect_sim_inprocess):
        assert carconnect_sim_inprocess.clock.now() == START
        carconnect_sim_inprocess.clock.advance(86400)


    @at_start
    def test_second(carconnect_sim_inprocess):
        assert carconnect_sim_inprocess.clock.now() == START
        carconnect_sim_inprocess.clock.advance(86400)


    class Ticking:
        def __init__(self):
            self.at = START

        def now(self):
            return self.at

        def advance(self, seconds):
            self.at += timedelta(seconds=seconds)


    TICKING = Ticking()


    @pytest.mark.carconnect_sim(plugins={}, clock=TICKING)
    @pytest.mark.parametrize("hours", [0, 1])
    def test_any_other_clock_keeps_its_time(carconnect_sim_inprocess, hours):
        assert carconnect_sim_inprocess.clock is TICKING
        assert TICKING.now() == START + timedelta(hours=hours)
        TICKING.advance(3600)
    """


@pytest.mark.parametrize(
    ("selection", "passed"), [((), 7), (("-k", "test_alone"), 1), (("-k", "test_parametrized and 2"), 1)]
)
def test_the_markers_clock_is_the_simulators_and_is_set_back_after_each_test(
    tmp_path: Path, selection: tuple[str, ...], passed: int
) -> None:
    """The simulator runs on the marker's own clock object whichever tests are selected, so a test
    moving it moves both sides; a ``ManualClock`` or ``FakeClock`` is back at its start afterwards."""
    (tmp_path / "test_shared_clocks.py").write_text(textwrap.dedent(SHARED_CLOCKS))
    assert f"{passed} passed" in _downstream_run(tmp_path, *selection)


def test_in_process_fixture_stops_the_broker_its_test_started(tmp_path: Path) -> None:
    (tmp_path / "test_broker.py").write_text(
        textwrap.dedent(
            """
            import threading

            import pytest

            @pytest.mark.carconnect_sim(plugins={})
            def test_starts_a_broker(carconnect_sim_inprocess):
                assert carconnect_sim_inprocess.mqtt(interval=None).port

            def test_nothing_left_running():
                assert not [t.name for t in threading.enumerate() if t.name.startswith("carconnect-sim")]
            """
        )
    )
    assert "2 passed" in _downstream_run(tmp_path)


def test_default_clock_is_wall_time_that_can_be_advanced() -> None:
    sim = Simulator(plugins={})
    before = sim.clock.now()
    sim.clock.advance(3600)
    assert 3600 <= (sim.clock.now() - before).total_seconds() < 3660


def test_what_a_test_changes_in_its_options_stays_in_that_test(tmp_path: Path) -> None:
    """The marker's arguments are copied for each test (its clock and plug-ins excepted): a test that
    changes a mapping it passed never changes the marker, or what the next test gets."""
    (tmp_path / "test_marker_copies.py").write_text(
        textwrap.dedent(
            """
            import pytest

            WINDOWS = {"smartcar": 600}
            PLUGINS = {}
            pytestmark = pytest.mark.carconnect_sim(plugins=PLUGINS, refresh_reuse_window=WINDOWS)

            def test_changes_its_own(carconnect_sim_inprocess):
                carconnect_sim_inprocess.options.refresh_reuse_window["volvo"] = 5

            def test_gets_the_markers(carconnect_sim_inprocess):
                assert carconnect_sim_inprocess.options.refresh_reuse_window == {"smartcar": 600}
                assert WINDOWS == {"smartcar": 600}

            def test_shares_the_plugins(carconnect_sim_inprocess):
                assert carconnect_sim_inprocess.app.plugins == PLUGINS
            """
        )
    )
    assert "3 passed" in _downstream_run(tmp_path)


def test_the_options_keep_a_copy_of_the_mapping_they_are_given() -> None:
    windows = {"smartcar": 600}
    sim = Simulator(plugins={}, refresh_reuse_window=windows)
    sim.options.refresh_reuse_window["volvo"] = 5
    assert windows == {"smartcar": 600}


def test_a_manual_clock_is_a_core_clock_the_code_under_test_can_share() -> None:
    """The plug-in's marker takes a ``ManualClock`` that the test also gives its own code: a client that
    waits out a 429 on it moves the simulator's time, instantly."""
    from carconnect.core import Clock
    from carconnect.volvo import VolvoClient

    clock = ManualClock()
    waits: Clock = clock  # what the code under test takes (mypy --strict checks it)
    with Simulator(clock=clock, plugins=None) as sim:
        assert sim.clock is clock
        sim.faults.add("rate_limit", brand="volvo", host="api", retry_after=5, times=1)
        key = sim.endpoints("volvo").client.api_key or ""
        token = sim.issue_token("volvo")["access_token"]
        before, ticks = clock.now(), clock.monotonic()
        with VolvoClient(token, api_key=key, base_url=sim.url("volvo"), clock=waits) as volvo:
            started = time.monotonic()
            assert volvo.vehicles()
            assert time.monotonic() - started < 3  # the 5 s were waited on the clock, not in real time
    assert (clock.now() - before).total_seconds() >= 5
    assert clock.monotonic() - ticks == (clock.now() - before).total_seconds()
