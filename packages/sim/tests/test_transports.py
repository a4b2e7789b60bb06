"""In-process transports: sync and async, same state as the app, usable from async code."""

from __future__ import annotations

import httpx

from carconnect.sim import DEMO_CLIENTS, ManualClock, Simulator, create_app
from carconnect.sim.state import SimState
from carconnect.sim.testing import OAuthSteps


async def test_async_transport_runs_a_full_login() -> None:
    sim = Simulator(clock=ManualClock(), plugins={})
    async with httpx.AsyncClient(transport=sim.async_transport(), base_url=sim.base_url) as client:
        endpoints = sim.endpoints("smartcar", "smartcar-v3")
        client_ = DEMO_CLIENTS["smartcar"]
        answer = await client.post(
            endpoints.token_url,
            data={"grant_type": "client_credentials"},
            auth=(client_.client_id, client_.client_secret or ""),
        )
    assert answer.status_code == 200
    assert sim.oauth.tokens[answer.json()["access_token"]].audience == "smartcar-app"


async def test_sync_transport_works_inside_a_running_event_loop() -> None:
    sim = Simulator(plugins={})
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        token = OAuthSteps(sim, client).login("volvo")
    assert token["access_token"] in sim.oauth.tokens


def test_create_app_over_a_given_state_and_the_default() -> None:
    state = SimState(seed=11)
    app = create_app(state, plugins={})
    assert app.state is state
    assert create_app(plugins={}).state.seed == 0
    transport = httpx.ASGITransport(app=app)
    assert transport is not None


def test_sync_transport_sends_request_bodies_and_reads_answers() -> None:
    sim = Simulator(plugins={})
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        answer = client.post("/_admin/options", json={"consent": "page"})
    assert answer.json()["consent"] == "page"
    assert answer.request.method == "POST"
