"""Volvo ID's 6-month login: carconnect keeps refreshing as long as Volvo accepts (simulator, FakeClock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from carconnect.core import FakeClock, ReauthorizationRequiredError, TokenManager
from carconnect.sim import Simulator
from carconnect.volvo import VolvoAuth
from carconnect.volvo.auth import REFRESH_LIFETIME

DAY = 86400.0


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


@pytest.fixture
def auth(sim: Simulator, clock: FakeClock) -> Iterator[VolvoAuth]:
    client = sim.endpoints("volvo").client
    assert client.client_secret is not None
    with VolvoAuth(
        client.client_id,
        client.client_secret,
        redirect_uri=client.redirect_uri,
        base_url=sim.url("volvo", "auth"),
        clock=clock,
    ) as login:
        yield login


def test_the_login_lifetime_is_the_longest_six_months() -> None:
    assert REFRESH_LIFETIME.absolute == timedelta(days=184)  # 31 + 31 + 30 + 31 + 30 + 31 (July to December)
    assert REFRESH_LIFETIME.idle == timedelta(days=7)


def test_refreshing_goes_on_until_volvo_itself_ends_the_login(
    sim: Simulator, auth: VolvoAuth, clock: FakeClock
) -> None:
    request = auth.authorization_request()
    tokens = TokenManager(auth.exchange_code(request, sim.follow_login(request.url)), auth, clock=clock)
    start = clock.now()
    ended: ReauthorizationRequiredError | None = None
    while ended is None and clock.now() - start < timedelta(days=200):
        try:
            tokens.get_access_token()
        except ReauthorizationRequiredError as exc:
            ended = exc
        clock.advance(3 * DAY)  # within the 7 idle days; the access token is stale every time
    # the simulator's Volvo ends the login after 182 days: its invalid_grant ends it, not carconnect's guess
    assert ended is not None
    assert ended.code == "invalid_grant"
    assert clock.now() - start > timedelta(days=182)
