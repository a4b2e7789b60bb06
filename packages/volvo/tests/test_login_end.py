"""Volvo ID's 6-month login end is announced from its earliest possible date, and worded as an end no
refresh moves; carconnect still refuses the login locally only after the longest 6 months
(simulator, FakeClock)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from carconnect.core import FakeClock, Token, TokenManager
from carconnect.sim import Simulator
from carconnect.volvo import VolvoAuth
from carconnect.volvo.auth import REFRESH_LIFETIME

DAY = 86400.0
START = datetime(2026, 8, 31, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


def test_the_login_end_is_announced_from_the_earliest_six_months(
    sim: Simulator, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    assert REFRESH_LIFETIME.absolute == timedelta(days=184)
    assert REFRESH_LIFETIME.absolute_from == timedelta(days=180)
    client = sim.endpoints("volvo").client
    assert client.client_secret is not None
    with VolvoAuth(
        client.client_id,
        client.client_secret,
        redirect_uri=client.redirect_uri,
        base_url=sim.url("volvo", "auth"),
        clock=clock,
    ) as auth:
        request = auth.authorization_request()
        token = auth.exchange_code(request, sim.follow_login(request.url))
        assert token.login_expires_at == START + timedelta(days=184)
        assert token.login_ends_from == START + timedelta(days=180)
        assert Token.from_dict(token.to_dict()) == token
        tokens = TokenManager(token, auth, clock=clock)
        warned_on: list[float] = []
        with caplog.at_level(logging.WARNING, logger="carconnect.core.tokens"):
            for day in range(1, 181):
                clock.advance(DAY)
                before = len(caplog.records)
                tokens.get_access_token()
                if any("the login in" in record.getMessage() for record in caplog.records[before:]):
                    warned_on.append(day)
    assert warned_on == [177]  # 3 days (warn_within) before the earliest end, once
    ending = [record.getMessage() for record in caplog.records if "the login in" in record.getMessage()]
    assert ending == [
        "the login in memory store ends at the latest at 2027-03-03T09:00:00+00:00, possibly from "
        "2027-02-27T09:00:00+00:00; log in again (no refresh moves it)"
    ]
