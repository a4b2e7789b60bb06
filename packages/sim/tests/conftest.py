"""Shared fixtures: a loopback simulator per module (state reset per test) and an in-process one."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from carconnect.sim import ManualClock, SimOptions, Simulator
from carconnect.sim.testing import OAuthSteps


@pytest.fixture(scope="module")
def running_sim() -> Iterator[Simulator]:
    with Simulator(seed=0, clock=ManualClock(), plugins={}) as sim:
        yield sim


@pytest.fixture
def sim(running_sim: Simulator) -> Iterator[Simulator]:
    """The module's loopback simulator, reset to its seeded start after each test."""
    yield running_sim
    running_sim.reset()
    running_sim.options.update(SimOptions().to_dict())


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.base_url, timeout=5) as client:
        yield client


@pytest.fixture
def local() -> Simulator:
    """A simulator that is never started: used through its in-process transports."""
    return Simulator(seed=0, clock=ManualClock(), plugins={})


@pytest.fixture
def local_http(local: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=local.transport(), base_url=local.base_url) as client:
        yield client


@pytest.fixture
def steps(sim: Simulator, http: httpx.Client) -> OAuthSteps:
    return OAuthSteps(sim, http)
