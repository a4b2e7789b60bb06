"""The CarData stream on a host clock that disagrees with BMW's (simulator broker over loopback, stepped clock)."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from carconnect.bmw import BmwAuth
from carconnect.bmw.streaming import CarDataStream, id_token_lifetime
from carconnect.core import Token, TokenManager
from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.mqtt.broker import CarDataBroker
from carconnect.sim.mqtt.testing import SteppedClock, run_until, streaming_token
from carconnect.sim.oauth.jwt import encode_hs256


class HostClock:
    """The host's clock: time flows as on the simulator's (BMW's) clock, the wall time is ``skew`` seconds off."""

    def __init__(self, base: SteppedClock, skew: float) -> None:
        self.base = base
        self.skew = timedelta(seconds=skew)

    def now(self) -> datetime:
        return self.base.now() + self.skew

    def monotonic(self) -> float:
        return self.base.monotonic()

    def sleep(self, seconds: float) -> None:
        self.base.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await self.base.asleep(seconds)


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock(datetime(2026, 1, 1, 8, 0, tzinfo=UTC))


@pytest.fixture
def sim(clock: SteppedClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


@pytest.fixture
def broker(sim: Simulator) -> CarDataBroker:
    return sim.mqtt(interval=None)


@pytest.fixture
def vin(sim: Simulator) -> str:
    return sim.fleet.vehicles("bmw")[0].vin


def stream_for(tokens: TokenManager, broker: CarDataBroker, vin: str, host: HostClock) -> CarDataStream:
    return CarDataStream(tokens, [vin], host=broker.host, port=broker.port, tls=False, clock=host, rng=random.Random(0))


@pytest.mark.parametrize("skew", [3600.0, 7200.0, -3600.0])
async def test_a_skewed_host_clock_renews_once_per_token_lifetime(
    sim: Simulator, broker: CarDataBroker, vin: str, clock: SteppedClock, skew: float
) -> None:
    host = HostClock(clock, skew)
    async with BmwAuth(DEMO_CLIENTS["bmw"].client_id, base_url=sim.url("bmw", "auth"), clock=host) as auth:
        tokens = TokenManager(streaming_token(sim, now=host.now()), auth, clock=host)
        async with stream_for(tokens, broker, vin, host) as stream:
            await asyncio.sleep(0.2)  # no simulated time passes: nothing to renew
            assert (tokens.refresh_count, stream.renewals, stream.connections) == (0, 0, 1)
            moved = await run_until(lambda: stream.renewals == 1 and stream.connected, clock, step=60, limit=3600)
            assert 3600 - 300 <= moved < 3600  # renew_before ahead of the id_token's one-hour life
            assert tokens.refresh_count == 1
            for _ in range(30):  # half an hour more: the new token is not renewed yet
                clock.advance(60)
                await asyncio.sleep(0.005)
            assert (tokens.refresh_count, stream.renewals, stream.reconnects) == (1, 1, 0)


class UndatedRefresher:
    """Answers every refresh with an id_token BMW's broker accepts but whose ``exp`` alone dates it
    (no ``iat``, no ``expires_in``), an hour ahead of BMW's clock."""

    def __init__(self, sim: Simulator, gcid: str) -> None:
        self.sim = sim
        self.gcid = gcid
        self.count = 0

    def token(self) -> Token:
        self.count += 1
        exp = int(self.sim.clock.now().timestamp()) + 3600
        id_token = encode_hs256({"sub": self.gcid, "exp": exp}, self.sim.state.signing_key)
        return Token(f"access-{self.count}", refresh_token="r", id_token=id_token, extras={"gcid": self.gcid})

    def refresh(self, token: Token) -> Token:
        return self.token()

    async def arefresh(self, token: Token) -> Token:
        return self.token()


async def test_renewals_keep_a_floor_when_the_token_gives_only_exp(
    sim: Simulator, broker: CarDataBroker, vin: str, clock: SteppedClock
) -> None:
    host = HostClock(clock, 7200.0)  # every exp looks an hour past
    gcid = streaming_token(sim).extras["gcid"]
    refresher = UndatedRefresher(sim, gcid)
    tokens = TokenManager(refresher.token(), refresher, clock=host)
    async with stream_for(tokens, broker, vin, host) as stream:
        await asyncio.sleep(0.3)  # no simulated time passes: at most the refresh before connecting
        assert tokens.refresh_count <= 1
        assert stream.renewals == 0
        await run_until(lambda: stream.renewals == 1 and stream.connected, clock, step=5, limit=120)
        assert clock.sleeps.count(60.0) >= 1
        await asyncio.sleep(0.3)
        assert stream.renewals == 1
        assert tokens.refresh_count <= 2


def test_id_token_lifetime_is_exp_minus_iat() -> None:
    claims = {"sub": "g", "iat": 1_700_000_000, "exp": 1_700_003_600}
    assert id_token_lifetime(encode_hs256(claims, b"k")) == timedelta(hours=1)
    assert id_token_lifetime(encode_hs256({"exp": 1_700_003_600}, b"k")) is None
    assert id_token_lifetime(encode_hs256({"iat": 5, "exp": 5}, b"k")) is None
    assert id_token_lifetime("not-a-jwt") is None
