"""CLI tests run the real `carconnect` command (click's runner) against a simulator on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from carconnect.cli import main as cli_main
from carconnect.cli.demo import _user_agent_visit
from carconnect.core import FakeClock
from carconnect.sim import Simulator
from carconnect.sim.mqtt.broker import CarDataBroker


@pytest.fixture(scope="session")
def clock() -> FakeClock:
    """The simulator's time and the CLI's: every wait (command polls, Retry-After, device polls) is instant."""
    return FakeClock()


@pytest.fixture(scope="session")
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config directory and a 'browser' that follows redirects over HTTP."""
    monkeypatch.setenv("CARCONNECT_HOME", str(tmp_path))
    monkeypatch.setattr(cli_main, "_browser", lambda: _user_agent_visit)
    return tmp_path


class Cli:
    """``carconnect`` run in-process on the tests' clock; ``sim=True`` puts ``--sim URL`` first."""

    def __init__(self, sim: Simulator, clock: FakeClock) -> None:
        self.sim, self.clock = sim, clock
        self.runner = CliRunner()

    def __call__(self, *args: str, sim: bool = True) -> Result:
        prefix = ["--sim", self.sim.base_url] if sim else []
        state = cli_main.State(clock=self.clock)
        return self.runner.invoke(cli_main.cli, [*prefix, *args], catch_exceptions=False, obj=state)

    def json(self, *args: str, sim: bool = True) -> Any:
        result = self("--json", *args, sim=sim) if args[0] != "--json" else self(*args, sim=sim)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def cli(sim: Simulator, clock: FakeClock) -> Iterator[Cli]:
    yield Cli(sim, clock)
    sim.faults.clear()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs the login opened in the browser (which follows their redirects)."""
    urls: list[str] = []

    def visit(url: str) -> bool:
        urls.append(url)
        return _user_agent_visit(url)

    monkeypatch.setattr(cli_main, "_browser", lambda: visit)
    return urls


@pytest.fixture
def logged_in(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A BMW login stored by ``carconnect login bmw`` against the test's simulator."""
    monkeypatch.setattr("carconnect.core.clock.time.sleep", lambda seconds: None)
    cli.sim.options.update({"enforce_poll_interval": False})
    try:
        assert cli("--json", "login", "bmw").exit_code == 0
    finally:
        cli.sim.options.update({"enforce_poll_interval": True})


@pytest.fixture
def broker(sim: Simulator) -> CarDataBroker:
    """The simulator's BMW broker (published under ``GET /_admin/streaming``), sending only when told."""
    return sim.mqtt(interval=None)


@pytest.fixture
def talking(broker: CarDataBroker, sim: Simulator) -> Iterator[str]:
    """The first BMW keeps sending its mileage until the test ends."""
    vin = sim.fleet.vehicles("bmw")[0].vin
    stop = threading.Event()

    def publish() -> None:
        while not stop.wait(0.05):
            broker.burst(vin, 1)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    yield vin
    stop.set()
    thread.join(5)
