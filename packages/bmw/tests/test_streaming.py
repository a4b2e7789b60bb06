"""The CarData stream against the simulator's MQTT broker over loopback, on a stepped fake clock (also a host
clock that disagrees with BMW's)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import gc
import inspect
import ipaddress
import json
import logging
import random
import socket
import ssl
import threading
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiomqtt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from carconnect.bmw import BmwAuth
from carconnect.bmw.streaming import (
    DEFAULT_MAX_PENDING,
    REFUSAL_WINDOW,
    SHORT_CONNECTIONS_WARNING,
    Backoff,
    CarDataStream,
    StreamUpdate,
    VehicleState,
    id_token_lifetime,
    parse_message,
)
from carconnect.core import (
    AuthenticationError,
    BadRequestError,
    PermissionDeniedError,
    ReauthorizationRequiredError,
    Token,
    TokenManager,
    TransportError,
)
from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.mqtt.broker import CarDataBroker
from carconnect.sim.mqtt.testing import SteppedClock, run_until, streaming_token
from carconnect.sim.oauth.jwt import encode_hs256

DISTANCE = "vehicle.vehicle.travelledDistance"
StreamFactory = Callable[..., CarDataStream]


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
def vins(sim: Simulator) -> list[str]:
    return [vehicle.vin for vehicle in sim.fleet.vehicles("bmw")]


@pytest.fixture
async def auth(sim: Simulator, clock: SteppedClock) -> AsyncIterator[BmwAuth]:
    async with BmwAuth(DEMO_CLIENTS["bmw"].client_id, base_url=sim.url("bmw", "auth"), clock=clock) as client:
        yield client


@pytest.fixture
def tokens(sim: Simulator, auth: BmwAuth, clock: SteppedClock) -> TokenManager:
    return TokenManager(streaming_token(sim), auth, clock=clock)


@pytest.fixture
async def make_stream(tokens: TokenManager, broker: CarDataBroker, clock: SteppedClock) -> AsyncIterator[StreamFactory]:
    made: list[CarDataStream] = []

    def make(vins: list[str] | None = None, **options: Any) -> CarDataStream:
        options.setdefault("rng", random.Random(0))
        manager = options.pop("tokens", tokens)
        options.setdefault("port", broker.port)
        stream = CarDataStream(manager, vins or (), host=broker.host, tls=False, clock=clock, **options)
        made.append(stream)
        return stream

    yield make
    for stream in made:
        await stream.close()


async def take(stream: CarDataStream, count: int) -> list[StreamUpdate]:
    async with asyncio.timeout(30):
        return [await anext(stream) for _ in range(count)]


def distances(updates: list[StreamUpdate]) -> list[Any]:
    return [update.values[DISTANCE].raw for update in updates if DISTANCE in update.values]


async def test_connects_and_yields_typed_updates(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    async with make_stream() as stream:
        assert stream.topics == [f"{broker.gcid}/+"]
        assert await asyncio.to_thread(broker.publish_changes) == len(vins)
        updates = await take(stream, len(vins))
    assert {update.vin for update in updates} == set(vins)
    state = stream.state(vins[0])
    assert isinstance(state.value(DISTANCE), float)
    assert state.value("vehicle.cabin.door.row1.driver.isOpen") is False
    assert state.value("vehicle.cabin.door.status") in ("LOCKED", "UNLOCKED")
    assert state.get(DISTANCE) is not None
    assert state.get(DISTANCE).timestamp == broker.state.clock.now()  # type: ignore[union-attr]
    assert stream.connections == 1
    assert broker.rules.logins == 1


@pytest.mark.parametrize("vin", ["wba5p7c05n1234567", "WBA5P7C05N123456", "WBA5P7C05N1234/67", "WBA5P7C05N12345+7"])
async def test_a_malformed_vin_is_refused_instead_of_waiting_for_updates_that_never_come(
    make_stream: StreamFactory, vins: list[str], vin: str
) -> None:
    with pytest.raises(BadRequestError) as refused:
        make_stream([vins[0], vin])
    assert refused.value.code == "CU-120"
    stream = make_stream([vins[0]])
    with pytest.raises(BadRequestError):
        await stream.subscribe(vin)
    with pytest.raises(ValueError, match="not one string"):
        make_stream(vins[0])
    with pytest.raises(BadRequestError):
        await make_stream().subscribe(vin)  # a stream of every vehicle checks it too


async def test_two_vins_share_one_connection(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    async with make_stream(vins[:2]) as stream:
        await asyncio.to_thread(broker.burst, vins[2], 3)  # not subscribed: never delivered
        await asyncio.to_thread(broker.burst, vins[0], 2)
        await asyncio.to_thread(broker.burst, vins[1], 2)
        updates = await take(stream, 4)
        await asyncio.sleep(0.05)
        assert stream.pending() == 0
    assert sorted(update.vin for update in updates) == sorted([vins[0], vins[0], vins[1], vins[1]])
    assert stream.connections == 1
    assert broker.rules.logins == 1


async def test_id_token_rollover_loses_nothing(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], tokens: TokenManager, clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], renew_before=300) as stream:
        sent = await asyncio.to_thread(broker.burst, vins[0], 5)
        first = tokens.token
        await run_until(lambda: stream.renewals == 1 and stream.connected, clock, step=60, limit=3600)
        sent += await asyncio.to_thread(broker.burst, vins[0], 5)
        updates = await take(stream, 10)
    assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]
    assert tokens.token is not None
    assert first is not None
    assert tokens.token.id_token != first.id_token
    assert tokens.refresh_count == 1
    assert broker.rules.refused_logins == 0
    assert stream.reconnects == 0


async def test_messages_published_during_a_rollover_arrive(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], renew_before=300) as stream:
        publisher = asyncio.create_task(asyncio.to_thread(broker.burst, vins[0], 200))
        await run_until(lambda: stream.renewals == 1 and stream.connected, clock, step=60, limit=3600)
        sent = await publisher
        updates = await take(stream, 200)
    assert sorted(distances(updates)) == sorted(json.loads(payload)["data"][DISTANCE]["value"] for payload in sent)


async def test_reconnects_after_a_broker_restart_with_backoff(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], backoff=Backoff(initial=2.0, maximum=30.0)) as stream:
        await asyncio.to_thread(broker.restart)
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=0.5, limit=120)
        await asyncio.to_thread(broker.burst, vins[0], 3)
        updates = await take(stream, 3)
    assert len(updates) == 3
    assert stream.reconnects >= 1
    assert 1.0 <= stream.delays[0] <= 2.0  # 2 s with jitter in [0.5, 1]
    assert broker.restarts == 1


async def test_expired_id_token_session_is_closed_and_renewed(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], renew_before=0) as stream:
        clock.advance(7200)  # a suspended laptop: the token expired while nothing ran
        assert await asyncio.to_thread(broker.expire_sessions) in (0, 1)  # 0: the renewal timer was first
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=0.5, limit=120)
        await asyncio.to_thread(broker.burst, vins[0], 1)
        assert len(await take(stream, 1)) == 1


async def test_refused_subscription_is_a_typed_error(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    broker.refuse_subscriptions(vins[1])
    with pytest.raises(PermissionDeniedError) as caught:
        async with make_stream(vins[:2]):
            pass
    assert caught.value.code == "suback-128"
    assert "BMW CarData portal" in str(caught.value)


class KeepsBadIdToken:
    """A refresher whose new tokens keep an id_token the broker rejects."""

    def __init__(self) -> None:
        self.calls = 0

    def refresh(self, token: Token) -> Token:
        raise NotImplementedError

    async def arefresh(self, token: Token) -> Token:
        self.calls += 1
        return dataclasses.replace(token, access_token=f"access-{self.calls}")


async def test_rejected_credentials_are_a_typed_error_after_the_refusal_window(
    make_stream: StreamFactory, sim: Simulator, clock: SteppedClock
) -> None:
    """Refused logins are retried for the refusal window, with one fresh id_token, not one per refusal."""
    refresher = KeepsBadIdToken()
    token = dataclasses.replace(streaming_token(sim), id_token="not.a-valid.token")
    stream = make_stream(tokens=TokenManager(token, refresher, clock=clock), login_attempts=3, keepalive=30)
    begun = clock.monotonic()
    start = asyncio.create_task(stream.start())
    await run_until(start.done, clock, step=1, limit=600)
    with pytest.raises(AuthenticationError) as caught:
        start.result()
    assert clock.monotonic() - begun >= REFUSAL_WINDOW
    assert refresher.calls == 1
    assert caught.value.code == "connack-5"
    assert "another connection may hold this account's stream" in str(caught.value)
    assert "log in again" in str(caught.value)
    assert "not.a-valid.token" not in repr(caught.value)


async def test_each_refused_login_is_logged_before_the_last_one_raises(
    make_stream: StreamFactory, sim: Simulator, clock: SteppedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect.bmw.streaming")
    token = dataclasses.replace(streaming_token(sim), id_token="not.a-valid.token")
    stream = make_stream(tokens=TokenManager(token, KeepsBadIdToken(), clock=clock), login_attempts=3)
    start = asyncio.create_task(stream.start())
    await run_until(start.done, clock, step=1, limit=600)
    with pytest.raises(AuthenticationError):
        start.result()
    refusals = [record for record in caplog.records if "refused the login" in record.getMessage()]
    assert len(refusals) >= 3  # the last one is raised
    assert {record.levelname for record in refusals} == {"WARNING"}
    for attempt, (record, delay) in enumerate(zip(refusals, stream.delays, strict=True), start=1):
        message = record.getMessage()
        assert "Not authorized" in message
        assert f"refusal {attempt}, tried again for at least 60 s" in message
        assert "another connection may hold this account's stream" in message
        assert ("the next try presents a fresh id_token" in message) is (attempt == 1)
        assert message.endswith(f"reconnecting in {delay:.1f} s (attempt {attempt})")
    assert "not.a-valid.token" not in caplog.text


async def test_a_reconnect_is_logged_with_its_delay_attempt_and_reason(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    vins: list[str],
    clock: SteppedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    caplog.set_level(logging.DEBUG, logger="mqtt")
    async with make_stream([vins[0]]) as stream:
        await asyncio.to_thread(broker.drop_connections)
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=0.5, limit=120)
    ours = [record for record in caplog.records if record.name == "carconnect.bmw.streaming"]
    reconnects = [record for record in ours if "reconnecting in" in record.getMessage()]
    assert [record.levelname for record in reconnects] == ["INFO"]
    message = reconnects[0].getMessage()
    assert stream.name == f"GCID {broker.gcid[:8]}", "a stream without a label is named by its GCID's start"
    assert message.startswith(f"GCID {broker.gcid[:8]}: the CarData stream's connection failed or ended (Mqtt")
    assert broker.gcid not in message
    assert message.split("(", 1)[1].split(")", 1)[0] not in {"MqttError", "MqttCodeError"}  # the error's own words
    assert message.endswith(f"reconnecting in {stream.delays[0]:.1f} s (attempt 1)")
    mqtt = {record.name for record in caplog.records if not record.name.startswith("carconnect")}
    assert "mqtt" not in mqtt  # the MQTT library logs under carconnect.bmw.streaming.mqtt
    assert any(record.name == "carconnect.bmw.streaming.mqtt" for record in caplog.records)


async def test_token_without_id_token_needs_a_new_login(
    make_stream: StreamFactory, sim: Simulator, clock: SteppedClock
) -> None:
    token = dataclasses.replace(streaming_token(sim), id_token=None)
    with pytest.raises(ReauthorizationRequiredError):
        await make_stream(tokens=TokenManager(token, clock=clock)).start()


async def test_malformed_messages_are_skipped_and_bursts_kept(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    async with make_stream([vins[0]]) as stream:
        await asyncio.to_thread(broker.publish_raw, vins[0], b"{not json")
        await asyncio.to_thread(broker.publish_raw, vins[0], b'["no", "data"]')
        sent = await asyncio.to_thread(broker.burst, vins[0], 300)
        updates = await take(stream, 300)
    assert stream.malformed == 2
    assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]


@dataclasses.dataclass
class RawMessage:
    topic: str
    payload: bytes


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "a shape no decoder foresaw (RecursionError)"),
        (b"{not json", "not JSON (Expecting property name enclosed in double quotes at line 1 column 2)"),
        (b"\x80{}", "not JSON (not UTF-8 text)"),
        (b'["no", "data"]', "not a JSON object but an array"),
        (b'{"vin": "V"}', 'no "data" object'),
        (b'{"vin": "V", "data": [1]}', '"data" is an array, not an object'),
    ],
)
def test_a_bad_message_is_counted_and_logged_once_with_what_was_wrong(
    payload: bytes, reason: str, clock: SteppedClock, caplog: pytest.LogCaptureFixture
) -> None:
    stream = CarDataStream(TokenManager(Token("x"), clock=clock), (), tls=False, clock=clock)
    caplog.set_level(logging.DEBUG, logger="carconnect")
    stream._receive(RawMessage("gcid/V", payload))  # type: ignore[arg-type]
    assert stream.malformed == 1
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        (
            "WARNING",
            f"skipped a malformed CarData message on gcid/V: {reason} (later ones on this topic are logged at DEBUG)",
        )
    ]


@pytest.mark.parametrize(("label", "named"), [("alice", "alice: "), ("", ""), ("100% user", "100% user: ")])
def test_a_label_starts_every_record_and_an_empty_one_leaves_it_out(
    label: str, named: str, clock: SteppedClock, caplog: pytest.LogCaptureFixture
) -> None:
    stream = CarDataStream(TokenManager(Token("x"), clock=clock), (), tls=False, clock=clock, label=label)
    caplog.set_level(logging.DEBUG, logger="carconnect")
    stream._receive(RawMessage("gcid/V", b"[]"))  # type: ignore[arg-type]
    assert [record.getMessage() for record in caplog.records] == [
        f"{named}skipped a malformed CarData message on gcid/V: not a JSON object but an array (later ones on "
        "this topic are logged at DEBUG)"
    ]


def test_malformed_messages_warn_once_per_topic_then_count_at_debug(
    clock: SteppedClock, caplog: pytest.LogCaptureFixture
) -> None:
    stream = CarDataStream(TokenManager(Token("x"), clock=clock), (), tls=False, clock=clock)
    caplog.set_level(logging.DEBUG, logger="carconnect")
    for topic, payload in [("g/V", b"{not json"), ("g/V", b"[]"), ("g/W", b"[]"), ("g/V", b"null")]:
        stream._receive(RawMessage(topic, payload))  # type: ignore[arg-type]
    assert stream.malformed == 4
    assert [(record.levelname, record.getMessage().split(":")[0]) for record in caplog.records] == [
        ("WARNING", "skipped a malformed CarData message on g/V"),
        ("DEBUG", "skipped a malformed CarData message on g/V"),
        ("WARNING", "skipped a malformed CarData message on g/W"),
        ("DEBUG", "skipped a malformed CarData message on g/V"),
    ]
    assert caplog.records[1].getMessage().endswith("not a JSON object but an array (2 on this topic)")
    assert caplog.records[3].getMessage().endswith("not a JSON object but null (3 on this topic)")


def moving(value: str, hour: int) -> bytes:
    stamp = f"2026-01-01T{hour:02d}:00:00Z"
    return f'{{"vin":"V","data":{{"vehicle.isMoving":{{"value":{value},"timestamp":"{stamp}"}}}}}}'.encode()


def test_vehicle_state_keeps_the_newest_value() -> None:
    newer = parse_message("g/V", moving("true", 10))
    older = parse_message("g/V", moving("false", 9))
    assert newer is not None
    assert older is not None
    state = VehicleState("V")
    state.apply(newer)
    state.apply(older)
    assert state.value("vehicle.isMoving") is True
    assert "vehicle.isMoving" in state
    assert state.value("vehicle.unknown", "n/a") == "n/a"


async def test_iteration_ends_after_close(make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]) -> None:
    stream = make_stream([vins[0]])
    await stream.start()
    await asyncio.to_thread(broker.burst, vins[0], 2)
    async with asyncio.timeout(5):
        while stream.pending() < 2:
            await asyncio.sleep(0.01)
    await stream.close()
    assert len([update async for update in stream]) == 2
    assert not stream.connected


async def test_a_stream_started_again_after_close_delivers_new_updates(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    stream = make_stream([vins[0]])
    await stream.start()
    reader = asyncio.create_task(anext(stream))  # waiting on the first run when it closes
    await asyncio.sleep(0.05)
    await stream.close()
    await stream.start()
    async with asyncio.timeout(5):
        with pytest.raises(StopAsyncIteration):  # close() ended it, the restart does not leave it waiting
            await reader
    assert stream.connected
    sent = await asyncio.to_thread(broker.burst, vins[0], 2)
    updates = await take(stream, 2)
    assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]
    await stream.close()
    assert (stream.connected, stream.connections) == (False, 2)
    with pytest.raises(StopAsyncIteration):  # close() still ends the iteration
        await anext(stream)


async def test_updates_left_unread_at_close_come_before_those_of_a_restart(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    stream = make_stream([vins[0]])
    await stream.start()
    sent = await asyncio.to_thread(broker.burst, vins[0], 2)
    async with asyncio.timeout(5):
        while stream.pending() < 2:
            await asyncio.sleep(0.01)
    await stream.close()
    await stream.start()
    assert stream.pending() == 2  # the end close() queued is gone, its updates are not
    sent += await asyncio.to_thread(broker.burst, vins[0], 2)
    updates = await take(stream, 4)
    assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]


async def test_start_tried_again_after_a_transport_error_delivers_updates(
    make_stream: StreamFactory, sim: Simulator, broker: CarDataBroker, vins: list[str]
) -> None:
    """The broker is unreachable when the app starts (``start()`` raises), the app tries again later."""
    port = broker.port
    stream = make_stream([vins[0]])
    await asyncio.to_thread(broker.stop)
    with pytest.raises(TransportError):
        await stream.start(wait=0.2)
    assert (stream.connected, stream.connections) == (False, 0)
    with CarDataBroker(sim.state, port=port) as back:  # the broker is back, where the stream looks for it
        await stream.start()
        assert stream.connected
        sent = await asyncio.to_thread(back.burst, vins[0], 2)
        updates = await take(stream, 2)
        assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]
        await stream.close()


async def test_start_tried_again_after_a_typed_error_connects_afresh(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    """A refused subscription ends the run (``start()`` raises it); once fixed in the portal, start() tries again."""
    broker.refuse_subscriptions(vins[0])
    stream = make_stream([vins[0]])
    with pytest.raises(PermissionDeniedError):
        await stream.start()
    broker.refuse_subscriptions(vins[0], refused=False)
    await stream.start()
    assert stream.connected
    sent = await asyncio.to_thread(broker.burst, vins[0], 1)
    updates = await take(stream, 1)  # not the error that ended the run before
    assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]


async def test_a_failing_login_server_is_waited_out(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], sim: Simulator, clock: SteppedClock
) -> None:
    """The connection outlives the failing renewal until its id_token expires, then the stream waits the
    login server out disconnected, as after a broker disconnect."""
    expiry = clock.now() + timedelta(hours=1)  # the id_token's lifetime, from when the stream got it
    async with make_stream([vins[0]], renew_before=300) as stream:
        fault = sim.faults.add("error", status=503, brand="bmw", host="auth")
        await run_until(lambda: clock.now() >= expiry - timedelta(seconds=10), clock, step=10, limit=3600)
        assert stream.connected  # the renewal failed again and again, the old id_token is still valid
        assert len(stream.delays) >= 2
        await run_until(lambda: not stream.connected, clock, step=10, limit=600)
        assert clock.now() >= expiry
        tried = len(stream.delays)
        await run_until(lambda: len(stream.delays) >= tried + 2, clock, step=1, limit=600)
        assert (stream.connected, stream.connections) == (False, 1)
        sim.faults.remove(fault.id)
        await run_until(lambda: stream.connected, clock, step=1, limit=600)
        await asyncio.to_thread(broker.burst, vins[0], 1)
        assert len(await take(stream, 1)) == 1
    assert stream.renewals == 0  # no fresh id_token came while connected: a reconnect after a failure
    assert stream.connections == 2
    assert stream.reconnects >= 2
    assert broker.rules.refused_logins == 0


async def test_a_login_server_failing_at_renewal_leaves_the_connection_up_until_it_answers(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    vins: list[str],
    sim: Simulator,
    tokens: TokenManager,
    clock: SteppedClock,
) -> None:
    """The fresh id_token is fetched before the connection it renews is dropped: a login server that
    answers 503 then leaves the connection up and delivering while the old id_token is valid."""
    first = tokens.token
    assert first is not None
    expiry = clock.now() + timedelta(hours=1)
    async with make_stream([vins[0]], renew_before=300) as stream:
        fault = sim.faults.add("error", status=503, brand="bmw", host="auth")
        await run_until(lambda: len(stream.delays) >= 3, clock, step=10, limit=3600)  # three refreshes failed
        assert clock.now() >= expiry - timedelta(seconds=300)
        assert (stream.connected, stream.connections, stream.renewals, stream.reconnects) == (True, 1, 0, 0)
        sent = await asyncio.to_thread(broker.burst, vins[0], 3)
        updates = await take(stream, 3)  # delivered on the old connection
        sim.faults.remove(fault.id)
        await run_until(lambda: stream.renewals == 1, clock, step=1, limit=300)
        await run_until(lambda: stream.connected, clock, step=0.01, limit=10)  # wall time for the old DISCONNECT
        assert clock.now() < expiry
        sent += await asyncio.to_thread(broker.burst, vins[0], 2)
        updates += await take(stream, 2)
    assert distances(updates) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]
    assert tokens.token is not None
    assert tokens.token.id_token != first.id_token  # the new connection presented the fresh id_token
    assert tokens.refresh_count == 1
    assert (stream.connections, stream.reconnects) == (2, 0)
    assert (broker.rules.logins, broker.rules.refused_logins) == (2, 0)


async def test_a_login_refused_at_renewal_still_ends_the_stream(
    make_stream: StreamFactory, sim: Simulator, clock: SteppedClock
) -> None:
    """A refresh that says the login is dead ends the stream with its typed error, whatever the old id_token says."""
    async with make_stream(renew_before=300) as stream:
        sim.faults.add("error", status=400, brand="bmw", host="auth", body={"error": "invalid_grant"})
        reader = asyncio.create_task(anext(stream))
        await run_until(reader.done, clock, step=60, limit=3600)
        with pytest.raises(ReauthorizationRequiredError):
            reader.result()
        assert stream._task is not None
        assert stream._task.done()
        assert not stream.connected


async def test_no_broker_is_a_transport_error(make_stream: StreamFactory, broker: CarDataBroker) -> None:
    stream = make_stream()
    await asyncio.to_thread(broker.stop)
    with pytest.raises(TransportError):
        await stream.start(wait=0.2)


async def test_a_value_no_decoder_foresaw_neither_drops_the_connection_nor_stops_the_stream(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    odd = {"vehicle.status.serviceTime.inspectionDateLegal": {"value": None, "timestamp": ["not", "a", "time"]}}
    async with make_stream([vins[0]]) as stream:
        await asyncio.to_thread(broker.publish_raw, vins[0], json.dumps({"vin": vins[0], "data": odd}).encode())
        sent = await asyncio.to_thread(broker.burst, vins[0], 3)
        updates = await take(stream, 4)
    assert distances(updates[1:]) == [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent]
    assert stream.connections == 1
    assert stream.reconnects == 0


async def drop_each_connection(
    stream: CarDataStream,
    broker: CarDataBroker,
    clock: SteppedClock,
    times: int,
    before_drop: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Close the stream's connection ``times`` times, each once it is back (and ``before_drop()`` returned)."""
    for connection in range(2, times + 2):
        if before_drop is not None:
            await before_drop()
        await asyncio.to_thread(broker.drop_connections)
        reconnected = functools.partial(lambda count: stream.connections == count and stream.connected, connection)
        await run_until(reconnected, clock, step=0.5, limit=300)


async def test_a_broker_that_drops_each_connection_at_once_is_tried_ever_less_often(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], backoff=Backoff(initial=2.0, maximum=30.0)) as stream:
        await drop_each_connection(stream, broker, clock, 4)
    caps = [2.0, 4.0, 8.0, 16.0]  # accepted logins that delivered nothing do not reset the backoff
    assert [cap / 2 <= delay <= cap for delay, cap in zip(stream.delays, caps, strict=True)] == [True] * 4
    assert broker.rules.logins == 5


async def test_every_record_of_a_labelled_stream_names_whose_stream_it_is(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    vins: list[str],
    clock: SteppedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One stream per account in one service: each record says which account's stream it is about."""
    caplog.set_level(logging.DEBUG, logger="carconnect.bmw.streaming")
    async with make_stream([vins[0]], label="user-7", backoff=Backoff(initial=2.0, maximum=60.0)) as stream:
        assert stream.name == "user-7"
        await drop_each_connection(stream, broker, clock, 3)
    ours = [record.getMessage() for record in caplog.records if record.name == "carconnect.bmw.streaming"]
    assert len(ours) == 3
    assert all(message.startswith("user-7: the CarData stream's connection failed or ended") for message in ours)
    assert "another connection with the same GCID" in ours[2]
    assert broker.gcid not in " ".join(ours)


async def test_connections_closed_soon_after_delivering_keep_backing_off_and_warn_once(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    vins: list[str],
    clock: SteppedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A second login on the GCID closes the connection soon after it delivered a message: not a working one."""
    caplog.set_level(logging.INFO, logger="carconnect.bmw.streaming")
    async with make_stream([vins[0]], backoff=Backoff(initial=2.0, maximum=60.0)) as stream:

        async def deliver() -> None:
            await asyncio.to_thread(broker.burst, vins[0], 1)
            await take(stream, 1)

        await drop_each_connection(stream, broker, clock, 5, deliver)
    caps = [2.0, 4.0, 8.0, 16.0, 32.0]
    assert [cap / 2 <= delay <= cap for delay, cap in zip(stream.delays, caps, strict=True)] == [True] * 5
    reconnects = [record for record in caplog.records if "reconnecting in" in record.getMessage()]
    assert [record.levelname for record in reconnects] == ["INFO", "INFO", "WARNING", "INFO", "INFO"]
    assert SHORT_CONNECTIONS_WARNING == 3
    assert "another connection with the same GCID" in reconnects[2].getMessage()


async def test_a_connection_that_stayed_up_a_minute_resets_the_backoff(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], backoff=Backoff(initial=2.0, maximum=30.0), stable_after=60) as stream:

        async def stay_up() -> None:
            clock.advance(60)
            await asyncio.sleep(0)

        await drop_each_connection(stream, broker, clock, 3, stay_up)
    assert len(stream.delays) == 3
    assert all(1.0 <= delay <= 2.0 for delay in stream.delays)


def test_backoff_stays_at_its_cap_however_long_the_broker_is_away() -> None:
    backoff, rng = Backoff(initial=1.0, maximum=60.0), random.Random(0)
    for attempt in (7, 1024, 1025, 10**6, 10**400):
        assert 30.0 <= backoff.delay(attempt, rng) <= 60.0
    assert 0.5 <= Backoff(multiplier=1.5).delay(10**9, rng) / 60.0 <= 1.0


async def test_a_caller_giving_up_on_start_leaves_nothing_running(
    make_stream: StreamFactory, broker: CarDataBroker
) -> None:
    stream = make_stream()
    await asyncio.to_thread(broker.stop)
    starting = asyncio.create_task(stream.start())
    await asyncio.sleep(0)
    starting.cancel()  # the caller's own timeout around ``async with stream``
    with pytest.raises(asyncio.CancelledError):
        await starting
    assert stream._task is None


async def test_a_refused_subscription_is_not_kept_for_later_connections(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    broker.refuse_subscriptions(vins[1])
    async with make_stream([vins[0]]) as stream:
        with pytest.raises(PermissionDeniedError):
            await stream.subscribe(vins[1])
        assert stream.topics == [f"{broker.gcid}/{vins[0]}"]


async def test_a_subscription_a_lost_connection_interrupts_is_made_on_the_next_connection(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]]) as stream:
        client = stream._client
        assert client is not None
        subscribe = client.subscribe

        async def subscribe_as_the_connection_drops(*args: Any, **kwargs: Any) -> Any:
            await asyncio.to_thread(broker.drop_connections)
            async with asyncio.timeout(10):
                while stream.connected:
                    await asyncio.sleep(0.005)
            return await subscribe(*args, **kwargs)

        client.subscribe = subscribe_as_the_connection_drops  # type: ignore[method-assign]
        await stream.subscribe(vins[1])  # no aiomqtt error reaches the caller
        assert f"{broker.gcid}/{vins[1]}" in stream.topics
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=0.5, limit=120)
        await asyncio.to_thread(broker.burst, vins[1], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[1]]


async def test_a_stream_of_every_vehicle_has_each_car_already(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    async with make_stream() as stream:
        await stream.subscribe(vins[0])
        assert stream.topics == [f"{broker.gcid}/+"]
        sent = await asyncio.to_thread(broker.burst, vins[0], 2)
        updates = await take(stream, 2)
        assert stream.pending() == 0  # each message once, not once per overlapping subscription
    assert len(sent) == len(updates) == 2


async def only_these_arrive(stream: CarDataStream, broker: CarDataBroker, dropped: str, kept: str) -> None:
    """A message for ``dropped``, then one for ``kept``: only the latter reaches the stream."""
    await asyncio.to_thread(broker.burst, dropped, 2)
    await asyncio.to_thread(broker.burst, kept, 1)
    assert [update.vin for update in await take(stream, 1)] == [kept]
    await asyncio.sleep(0.05)
    assert stream.pending() == 0


async def test_an_unsubscribed_vin_is_dropped_now_and_on_later_connections(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream(vins[:2]) as stream:
        await stream.unsubscribe(vins[1])
        assert stream.topics == [f"{broker.gcid}/{vins[0]}"]
        await only_these_arrive(stream, broker, vins[1], vins[0])
        await asyncio.to_thread(broker.drop_connections)
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=0.5, limit=120)
        assert stream.topics == [f"{broker.gcid}/{vins[0]}"]
        await only_these_arrive(stream, broker, vins[1], vins[0])
        await stream.subscribe(vins[1])  # and back
        await asyncio.to_thread(broker.burst, vins[1], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[1]]


async def test_a_vin_unsubscribed_while_disconnected_is_unsubscribed_on_the_next_connection(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    """The session outlives the connection (``clean_session=False``): the broker would still deliver it."""
    async with make_stream(vins[:2], backoff=Backoff(initial=30.0, maximum=30.0)) as stream:
        await asyncio.to_thread(broker.drop_connections)
        async with asyncio.timeout(10):
            while stream.connected:  # the stream waits 30 s on the clock before reconnecting
                await asyncio.sleep(0.005)
        await stream.unsubscribe(vins[1])
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=5, limit=120)
        await only_these_arrive(stream, broker, vins[1], vins[0])


async def test_vins_added_and_dropped_while_a_connection_replays_its_subscriptions_count(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = make_stream(vins[:2])
    replaying, release = asyncio.Event(), asyncio.Event()
    subscribe = stream._subscribe

    async def first_subscription_held(client: Any, topic: str) -> None:
        if not replaying.is_set():
            replaying.set()
            await release.wait()
        await subscribe(client, topic)

    monkeypatch.setattr(stream, "_subscribe", first_subscription_held)
    starting = asyncio.create_task(stream.start())
    async with asyncio.timeout(10):
        await replaying.wait()  # connected, the first topic on its way
    await stream.subscribe(vins[2])
    await stream.unsubscribe(vins[1])
    release.set()
    await starting
    assert stream.topics == [f"{broker.gcid}/{vins[0]}", f"{broker.gcid}/{vins[2]}"]
    await only_these_arrive(stream, broker, vins[1], vins[2])


async def test_unsubscribing_every_vin_subscribes_nothing_and_a_stream_of_every_vehicle_keeps_them(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    async with make_stream([vins[0]]) as stream:
        await stream.unsubscribe(vins[0])
        await stream.unsubscribe(vins[2])  # never subscribed: nothing to do
        assert stream.topics == []  # not every vehicle of the account
        assert await asyncio.to_thread(broker.publish_changes) == len(vins)
        await asyncio.sleep(0.1)
        assert stream.pending() == 0
    async with make_stream() as every:
        await every.unsubscribe(vins[0])
        assert every.topics == [f"{broker.gcid}/+"]


async def test_a_reader_that_falls_behind_keeps_the_newest_updates_and_state(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream([vins[0]], max_pending=5) as stream:
        sent = await asyncio.to_thread(broker.burst, vins[0], 12)
        await run_until(lambda: stream.dropped == 7, clock, step=0.1, limit=60)
        updates = await take(stream, 5)
    newest = [json.loads(payload)["data"][DISTANCE]["value"] for payload in sent[-5:]]
    assert distances(updates) == newest
    assert stream.state(vins[0]).get(DISTANCE).raw == newest[-1]  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="max_pending"):
        make_stream(max_pending=0)


async def test_each_episode_of_falling_behind_is_one_warning_and_the_default_bound_holds(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    vins: list[str],
    clock: SteppedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.bmw.streaming")
    assert inspect.signature(CarDataStream).parameters["max_pending"].default == DEFAULT_MAX_PENDING
    async with make_stream([vins[0]], max_pending=5) as stream:
        await asyncio.to_thread(broker.burst, vins[0], 12)
        await run_until(lambda: stream.dropped == 7, clock, step=0.1, limit=60)
        await take(stream, 5)
        assert "caught up: 7 updates were dropped" in caplog.records[-1].getMessage()
        await asyncio.to_thread(broker.burst, vins[0], 8)
        await run_until(lambda: stream.dropped == 10, clock, step=0.1, limit=60)
        assert stream.pending() == 5
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "5 updates behind" in warnings[0]
    assert "(7 dropped before)" in warnings[1]


class TimedRefresher:
    """``refresher``, noting ``clock``'s monotonic time as each refresh begins."""

    def __init__(self, refresher: BmwAuth, clock: SteppedClock) -> None:
        self.refresher, self.clock = refresher, clock
        self.started: list[float] = []

    def refresh(self, token: Token) -> Token:
        self.started.append(self.clock.monotonic())
        return self.refresher.refresh(token)

    async def arefresh(self, token: Token) -> Token:
        self.started.append(self.clock.monotonic())
        return await self.refresher.arefresh(token)


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
def vin(vins: list[str]) -> str:
    return vins[0]


def stream_for(tokens: TokenManager, broker: CarDataBroker, vin: str, host: HostClock) -> CarDataStream:
    return CarDataStream(tokens, [vin], host=broker.host, port=broker.port, tls=False, clock=host, rng=random.Random(0))


@pytest.mark.parametrize("skew", [3600.0, 7200.0, -3600.0])
async def test_a_skewed_host_clock_renews_once_per_token_lifetime(
    sim: Simulator, broker: CarDataBroker, vin: str, clock: SteppedClock, skew: float
) -> None:
    host = HostClock(clock, skew)
    async with BmwAuth(DEMO_CLIENTS["bmw"].client_id, base_url=sim.url("bmw", "auth"), clock=host) as auth:
        refresher = TimedRefresher(auth, clock)
        tokens = TokenManager(streaming_token(sim, now=host.now()), refresher, clock=host)
        async with stream_for(tokens, broker, vin, host) as stream:
            await asyncio.sleep(0.2)  # no simulated time passes: nothing to renew
            assert (tokens.refresh_count, stream.renewals, stream.connections) == (0, 0, 1)
            start = clock.monotonic()
            await run_until(lambda: stream.renewals == 1 and stream.connected, clock, step=60, limit=7200)
            # the renewal began renew_before ahead of the id_token's one-hour life (the clock may move
            # on while a loaded machine finishes it)
            assert [3600 - 300 <= at - start < 3600 for at in refresher.started] == [True]
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


async def test_close_stops_a_stream_whose_connect_lost_the_cancellation(
    make_stream: StreamFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python 3.11's ``asyncio.wait_for`` (awaited by aiomqtt's connect) can swallow a cancellation that
    arrives as its future completes: close() cancels again and the task stops at its next step."""
    stream = make_stream()
    connecting = asyncio.Event()
    sessions = 0

    async def session_losing_a_cancellation(credentials: object) -> bool:
        nonlocal sessions
        sessions += 1
        connecting.set()
        with contextlib.suppress(asyncio.CancelledError):  # the connect completed as the cancellation
            await asyncio.get_running_loop().create_future()  # arrived: wait_for returned its result
        return True  # the session ended to renew the id_token: the old code starts another one

    monkeypatch.setattr(stream, "_session", session_losing_a_cancellation)
    starting = asyncio.create_task(stream.start())
    async with asyncio.timeout(10):
        await connecting.wait()
        task = stream._task
        starting.cancel()  # the caller's own timeout around ``async with stream``
        with pytest.raises(asyncio.CancelledError):
            await starting
    assert task is not None
    assert task.done()
    assert stream._task is None
    assert sessions == 1
    with pytest.raises(StopAsyncIteration):
        await anext(stream)


async def test_a_connect_given_up_while_its_thread_opens_the_socket_leaves_no_socket(
    make_stream: StreamFactory, broker: CarDataBroker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """aiomqtt opens the socket in an executor thread that a cancellation does not stop: the socket it
    opens after ``start()`` was given up is closed, not left connected to the broker."""
    arrived, release = threading.Event(), threading.Event()
    opened: list[socket.socket] = []
    connect = socket.create_connection

    def held_connect(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if address[1] != broker.port:
            return connect(address, *args, **kwargs)
        arrived.set()
        release.wait(10)
        made = connect(address, *args, **kwargs)
        opened.append(made)
        return made

    monkeypatch.setattr(socket, "create_connection", held_connect)
    stream = make_stream()
    starting = asyncio.create_task(stream.start())
    assert await asyncio.to_thread(arrived.wait, 10)
    starting.cancel()  # the caller's own timeout around ``async with stream``
    with pytest.raises(asyncio.CancelledError):
        await starting
    assert stream._task is None
    release.set()  # the connect thread goes on and opens the socket
    async with asyncio.timeout(10):
        while not opened or opened[0].fileno() != -1:
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)  # what a live connection would do next: CONNACK, keepalive task
    assert [task for task in asyncio.all_tasks() if "_misc_loop" in repr(task)] == []


@contextlib.asynccontextmanager
async def holder(broker: CarDataBroker, tokens: TokenManager, identifier: str) -> AsyncIterator[aiomqtt.Client]:
    """Another connection holding the GCID (another app, or a previous process the broker still keeps)."""
    assert tokens.token is not None
    async with aiomqtt.Client(
        broker.host, broker.port, username=broker.gcid, password=tokens.token.id_token, identifier=identifier
    ) as other:
        yield other


async def test_each_stream_has_a_client_id_of_its_own_unless_given_one(
    make_stream: StreamFactory, broker: CarDataBroker
) -> None:
    first, second = make_stream(), make_stream()
    assert first.client_id != second.client_id  # a second program on the account never shares the session
    assert len(first.client_id) <= 23  # every MQTT 3.1.1 broker accepts 23 characters
    async with first:
        assert first._client is not None
        assert first._client.identifier == first.client_id
    assert make_stream(client_id="svc-1").client_id == "svc-1"


async def test_a_restarted_service_with_a_stable_client_id_takes_over_the_connection_the_broker_still_holds(
    make_stream: StreamFactory, broker: CarDataBroker, tokens: TokenManager, vins: list[str], clock: SteppedClock
) -> None:
    """The previous process's connection (the service's own client id) is still open at the broker,
    which refuses a second login of the GCID: the new stream connects, not ``AuthenticationError``."""
    broker.rules.second_login = "refuse"
    async with holder(broker, tokens, "svc-1"):
        stream = make_stream([vins[0]], client_id="svc-1")
        start = asyncio.create_task(stream.start())
        await run_until(start.done, clock, step=0.5, limit=120)
        start.result()
        assert stream.connected
        await asyncio.to_thread(broker.burst, vins[0], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[0]]
        await stream.close()


async def test_logins_refused_while_another_connection_holds_the_gcid_are_waited_out(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    tokens: TokenManager,
    vins: list[str],
    clock: SteppedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Refused past ``login_attempts`` and past ``start()``'s ``wait``, within the refusal window:
    the stream connects once the other connection is gone, with one fresh id_token."""
    caplog.set_level(logging.INFO, logger="carconnect.bmw.streaming")
    broker.rules.second_login = "refuse"
    stream = make_stream([vins[0]], login_attempts=3, backoff=Backoff(initial=2.0, maximum=8.0))
    async with holder(broker, tokens, "another-app"):
        start = asyncio.create_task(stream.start(wait=1.0))
        await run_until(lambda: broker.rules.refused_logins >= 4, clock, step=0.5, limit=REFUSAL_WINDOW - 5)
        await asyncio.sleep(1.2)  # past wait
        assert not start.done()
    await run_until(start.done, clock, step=0.5, limit=60)
    start.result()
    assert stream.connected
    assert tokens.refresh_count == 1
    refusals = [record for record in caplog.records if "refused the login" in record.getMessage()]
    assert len(refusals) >= 4
    await asyncio.to_thread(broker.burst, vins[0], 1)
    assert [update.vin for update in await take(stream, 1)] == [vins[0]]


async def test_a_new_run_does_not_inherit_the_subscriptions_of_the_last_one(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    """Same client id, but the first connection of a run starts a clean MQTT session."""
    async with make_stream([vins[0]], client_id="svc-1"):
        pass
    async with make_stream([vins[1]], client_id="svc-1") as stream:
        await only_these_arrive(stream, broker, vins[0], vins[1])


async def test_a_vin_refused_on_a_reconnect_is_dropped_and_the_others_stream_on(
    make_stream: StreamFactory,
    broker: CarDataBroker,
    vins: list[str],
    clock: SteppedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.bmw.streaming")
    async with make_stream(vins[:2]) as stream:
        assert stream.refused == frozenset()
        broker.refuse_subscriptions(vins[1])  # the car was sold, or its stream selection removed
        await asyncio.to_thread(broker.drop_connections)
        await run_until(lambda: stream.connections == 2 and stream.connected, clock, step=0.5, limit=120)
        assert stream.refused == {vins[1]}
        assert stream.topics == [f"{broker.gcid}/{vins[0]}"]
        await asyncio.to_thread(broker.burst, vins[0], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[0]]
        warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
        assert [vins[1] in message and "dropped" in message for message in warnings] == [True]
        broker.refuse_subscriptions(vins[1], refused=False)
        await stream.subscribe(vins[1])  # tried again on request
        assert stream.refused == frozenset()
        await asyncio.to_thread(broker.burst, vins[1], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[1]]


async def refused_on_a_reconnect(
    stream: CarDataStream, broker: CarDataBroker, clock: SteppedClock
) -> PermissionDeniedError:
    """What a reader of ``stream`` gets once the broker refuses every subscription on a reconnect."""
    broker.refuse_subscriptions()
    reader = asyncio.create_task(anext(stream))
    await asyncio.to_thread(broker.drop_connections)
    await run_until(reader.done, clock, step=0.5, limit=120)
    with pytest.raises(PermissionDeniedError) as caught:
        reader.result()
    return caught.value


async def test_a_stream_whose_every_vin_is_refused_on_a_reconnect_ends(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream(vins[:2]) as stream:
        assert (await refused_on_a_reconnect(stream, broker, clock)).code == "suback-128"


async def test_a_new_run_asks_again_for_the_vins_the_last_one_had_refused(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], clock: SteppedClock
) -> None:
    async with make_stream(vins[:1]) as stream:
        await refused_on_a_reconnect(stream, broker, clock)
        broker.refuse_subscriptions(refused=False)  # the stream selection is back in the portal
        await stream.start()
        assert stream.topics == [f"{broker.gcid}/{vins[0]}"]
        assert stream.refused == frozenset()
        await asyncio.to_thread(broker.burst, vins[0], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[0]]


async def test_close_while_start_waits_ends_start_without_a_cancellation(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    stream = make_stream(vins[:1], port=1)  # nothing listens: start() keeps trying
    starting = asyncio.create_task(stream.start())
    await asyncio.sleep(0.05)
    await stream.close()
    async with asyncio.timeout(10):
        await starting  # returns: nobody cancelled the task that called start()
    assert not stream.connected


async def test_updates_of_vehicles_the_stream_does_not_follow_are_skipped(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect.bmw.streaming")
    async with make_stream(vins[:1], client_id="shared") as stream:
        assert stream._client is not None
        await stream._client.subscribe(f"{broker.gcid}/{vins[1]}")  # a session shared with another program
        await asyncio.to_thread(broker.burst, vins[1], 1)
        await asyncio.to_thread(broker.burst, vins[0], 1)
        assert [update.vin for update in await take(stream, 1)] == [vins[0]]
        assert stream.state(vins[1]).values == {}
    assert f"an update of {vins[1]}, which this stream does not follow, is skipped" in caplog.text


def untrusted_broker_tls(directory: Path) -> ssl.SSLContext:
    """A server context for 127.0.0.1 with a self-signed certificate: valid in every way but trust."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    cert, pem = directory / "cert.pem", directory / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, pem)
    return context


def causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


async def test_an_untrusted_broker_certificate_fails_start_at_once(
    sim: Simulator, tokens: TokenManager, tmp_path: Path
) -> None:
    with CarDataBroker(sim.state, ssl_context=untrusted_broker_tls(tmp_path)) as untrusted:
        stream = CarDataStream(tokens, host=untrusted.host, port=untrusted.port, tls=True, rng=random.Random(0))
        with pytest.raises(TransportError) as caught:
            async with asyncio.timeout(10):  # not start()'s 30 s
                await stream.start()
    assert "does not trust" in str(caught.value)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert any(isinstance(cause, ssl.SSLCertVerificationError) for cause in causes(caught.value))
    assert stream.reconnects == 0
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        del caught  # the error's traceback held the socket of the failed handshake
        gc.collect()
    assert [str(warning.message) for warning in seen if warning.category is ResourceWarning] == []


async def test_a_running_stream_meeting_an_untrusted_certificate_ends_with_it(
    sim: Simulator, tokens: TokenManager, clock: SteppedClock, tmp_path: Path
) -> None:
    trusted_dir, other_dir = tmp_path / "trusted", tmp_path / "other"
    trusted_dir.mkdir()
    other_dir.mkdir()
    server = untrusted_broker_tls(trusted_dir)
    client = ssl.create_default_context(cafile=str(trusted_dir / "cert.pem"))
    broker = CarDataBroker(sim.state, ssl_context=server).start()
    port = broker.port
    stream = CarDataStream(tokens, host=broker.host, port=port, tls=client, clock=clock, rng=random.Random(0))
    try:
        await stream.start()
        reader = asyncio.create_task(anext(stream))
        await asyncio.to_thread(broker.stop)
        with CarDataBroker(sim.state, port=port, ssl_context=untrusted_broker_tls(other_dir)):  # another certificate
            await run_until(reader.done, clock, step=0.5, limit=600)
            with pytest.raises(TransportError, match="does not trust"):
                reader.result()
    finally:
        await stream.close()
        await asyncio.to_thread(broker.stop)


async def test_a_start_that_times_out_names_and_chains_the_last_connection_error(
    make_stream: StreamFactory, broker: CarDataBroker
) -> None:
    stream = make_stream()
    await asyncio.to_thread(broker.stop)
    with pytest.raises(TransportError) as caught:
        await stream.start(wait=0.5)
    assert "last error: MqttError:" in str(caught.value)
    assert isinstance(caught.value.__cause__, aiomqtt.MqttError)


async def test_a_value_with_an_out_of_range_timestamp_keeps_its_message(
    make_stream: StreamFactory, broker: CarDataBroker, vins: list[str]
) -> None:
    data = {
        DISTANCE: {"value": 12345, "unit": "km", "timestamp": "2026-01-01T08:00:00Z"},
        "vehicle.isMoving": {"value": True, "timestamp": -1e18},
    }
    body = {"vin": vins[0], "timestamp": "9" * 30, "data": data}
    async with make_stream([vins[0]]) as stream:
        await asyncio.to_thread(broker.publish_raw, vins[0], json.dumps(body).encode())
        [update] = await take(stream, 1)
    assert stream.malformed == 0
    assert update.timestamp is None
    assert update.values[DISTANCE].raw == 12345
    assert update.values["vehicle.isMoving"].value is True
    assert update.values["vehicle.isMoving"].timestamp is None


@pytest.mark.parametrize(
    "body",
    [
        {"vin": "WBA00000000000001", "timestamp": "9" * 30, "data": {DISTANCE: {"value": 1}}},
        {"vin": "WBA00000000000001", "data": {"vehicle.isMoving": {"value": True, "timestamp": -1e18}}},
        {"vin": "WBA00000000000001", "data": {"vehicle.trip.segment.end.time": {"value": -1e18}}},
    ],
)
def test_parse_message_decodes_a_message_with_out_of_range_timestamps(body: dict[str, Any]) -> None:
    update = parse_message("gcid/WBA00000000000001", json.dumps(body))
    assert update is not None
    assert update.timestamp is None
    assert all(value.timestamp is None for value in update.values.values())


def test_parse_message_returns_none_for_what_no_decoder_foresaw(monkeypatch: pytest.MonkeyPatch) -> None:
    def unforeseen(data: Any) -> Any:
        raise LookupError("a shape no decoder foresaw")

    monkeypatch.setattr("carconnect.bmw.streaming.decode_data", unforeseen)
    assert parse_message("gcid/WBA00000000000001", json.dumps({"data": {}})) is None
