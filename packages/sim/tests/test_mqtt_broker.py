"""The simulated CarData broker: BMW's login and topic rules, change publishing and faults, seen by a plain
MQTT client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from io import StringIO
from typing import Any

import aiomqtt
import pytest

from carconnect.sim import ManualClock, Simulator
from carconnect.sim.cli import main
from carconnect.sim.mqtt.broker import CarDataBroker
from carconnect.sim.mqtt.rules import SecondLogin
from carconnect.sim.mqtt.testing import streaming_token


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 1, 1, 8, 0, tzinfo=UTC))


@pytest.fixture
def sim(clock: ManualClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


@pytest.fixture
def broker(sim: Simulator) -> CarDataBroker:
    return sim.mqtt(interval=None)


@pytest.fixture
def id_token(sim: Simulator) -> str:
    token = streaming_token(sim).id_token
    assert token is not None
    return token


def client(
    broker: CarDataBroker, password: str, username: str | None = None, identifier: str | None = None
) -> aiomqtt.Client:
    return aiomqtt.Client(
        broker.host, broker.port, username=username or broker.gcid, password=password, identifier=identifier
    )


async def next_message(mqtt: aiomqtt.Client) -> dict[str, Any]:
    async with asyncio.timeout(5):
        message = await anext(mqtt.messages)
    assert isinstance(message.payload, bytes)
    body: dict[str, Any] = json.loads(message.payload)
    return body


async def cut_off(mqtt: aiomqtt.Client) -> None:
    """Read ``mqtt``'s messages until the broker closes its connection (``aiomqtt.MqttError``)."""
    async with asyncio.timeout(5):
        async for _ in mqtt.messages:
            pass


async def listen_through(broker: CarDataBroker, id_token: str, fault: Callable[[], object]) -> None:
    """Subscribe, run ``fault`` in a thread, then wait for a message (raises when the fault cut the client)."""
    async with client(broker, id_token) as mqtt:
        await mqtt.subscribe(f"{broker.gcid}/+", qos=1)
        await asyncio.to_thread(fault)
        await next_message(mqtt)


async def test_login_needs_the_gcid_and_an_unexpired_id_token(
    broker: CarDataBroker, id_token: str, clock: ManualClock
) -> None:
    for username, password in (("someone-else", id_token), (None, "not-a-jwt"), (None, id_token + "x")):
        with pytest.raises(aiomqtt.MqttCodeError):
            async with client(broker, password, username):
                pass
    async with client(broker, id_token):
        pass
    clock.advance(3601)
    with pytest.raises(aiomqtt.MqttCodeError):
        async with client(broker, id_token):
            pass
    assert broker.rules.logins == 1
    assert broker.rules.refused_logins == 4


async def test_a_gcid_sees_only_its_own_topics(broker: CarDataBroker, id_token: str, sim: Simulator) -> None:
    vin = sim.fleet.vehicles("bmw")[0].vin
    async with client(broker, id_token) as mqtt:
        assert [code.value for code in await mqtt.subscribe("someone-else/+", qos=1)] == [0x80]  # type: ignore[union-attr]
        assert [code.value for code in await mqtt.subscribe("#", qos=1)] == [0x80]  # type: ignore[union-attr]
        assert [code.value for code in await mqtt.subscribe(f"{broker.gcid}/{vin}", qos=1)] == [0]  # type: ignore[union-attr]
        await mqtt.publish(f"{broker.gcid}/{vin}", b'{"data": {}}', qos=1)  # clients publish nothing
        await asyncio.to_thread(broker.publish_raw, vin, b'{"vin": "first from the broker", "data": {}}')
        assert (await next_message(mqtt))["vin"] == "first from the broker"


async def test_delivery_is_qos_0_whatever_the_subscription_asks(
    broker: CarDataBroker, id_token: str, sim: Simulator
) -> None:
    vin = sim.fleet.vehicles("bmw")[0].vin
    async with client(broker, id_token) as mqtt:
        assert [code.value for code in await mqtt.subscribe(f"{broker.gcid}/{vin}", qos=1)] == [0]  # type: ignore[union-attr]
        await asyncio.to_thread(broker.publish_raw, vin, b'{"vin": "at most once", "data": {}}')
        async with asyncio.timeout(5):
            message = await anext(mqtt.messages)
    assert message.qos == 0


async def test_qos_1_is_an_option_for_counting_acknowledged_messages(sim: Simulator, id_token: str) -> None:
    vin = sim.fleet.vehicles("bmw")[0].vin
    with CarDataBroker(sim.state, qos=1) as broker:
        async with client(broker, id_token) as mqtt:
            assert [code.value for code in await mqtt.subscribe(f"{broker.gcid}/{vin}", qos=1)] == [1]  # type: ignore[union-attr]
            await asyncio.to_thread(broker.publish_raw, vin, b'{"vin": "at least once", "data": {}}')
            async with asyncio.timeout(5):
                message = await anext(mqtt.messages)
    assert message.qos == 1


async def test_a_second_login_of_the_gcid_cuts_the_first(broker: CarDataBroker, id_token: str, sim: Simulator) -> None:
    vin = sim.fleet.vehicles("bmw")[0].vin
    first = client(broker, id_token, identifier="first")
    async with first, client(broker, id_token, identifier="second") as second:
        await second.subscribe(f"{broker.gcid}/{vin}")
        await asyncio.to_thread(broker.publish_raw, vin, b'{"vin": "to the second", "data": {}}')
        assert (await next_message(second))["vin"] == "to the second"
        with pytest.raises(aiomqtt.MqttError):
            await cut_off(first)
    assert (broker.rules.logins, broker.rules.kicked) == (2, 1)


async def test_a_second_login_may_be_refused_instead(sim: Simulator, id_token: str) -> None:
    with CarDataBroker(sim.state, second_login="refuse") as broker:
        async with client(broker, id_token, identifier="first") as first:
            with pytest.raises(aiomqtt.MqttCodeError) as refused:
                async with client(broker, id_token, identifier="second"):
                    pass
            assert str(refused.value.rc) == "Not authorized"  # CONNACK 5, as paho names it
            await asyncio.to_thread(broker.drop_connections)
            with pytest.raises(aiomqtt.MqttError):
                await cut_off(first)
        async with client(broker, id_token, identifier="second"):
            pass  # the GCID is free again
    assert (broker.rules.logins, broker.rules.refused_logins, broker.rules.kicked) == (2, 1, 0)


async def test_vehicles_publish_what_changed(broker: CarDataBroker, id_token: str, sim: Simulator) -> None:
    electric = next(vehicle for vehicle in sim.fleet.vehicles("bmw") if vehicle.is_electric)
    async with client(broker, id_token) as mqtt:
        await mqtt.subscribe(f"{broker.gcid}/{electric.vin}", qos=1)
        assert await asyncio.to_thread(broker.publish_changes) == 3
        first = await next_message(mqtt)
        assert await asyncio.to_thread(broker.publish_changes) == 0
        sim.fleet.plug_in("bmw", electric.vin, not electric.plugged_in)
        assert await asyncio.to_thread(broker.publish_changes) == 1
        change = await next_message(mqtt)
    assert first["vin"] == electric.vin
    assert first["topic"] == f"{broker.gcid}/{electric.vin}"
    data = first["data"]
    assert isinstance(data["vehicle.vehicle.travelledDistance"]["value"], int)
    assert isinstance(data["vehicle.cabin.door.row1.driver.isOpen"]["value"], bool)
    assert set(change["data"]) == {"vehicle.body.chargingPort.status"}


async def test_refused_subscription_fault(broker: CarDataBroker, id_token: str, sim: Simulator) -> None:
    vin = sim.fleet.vehicles("bmw")[0].vin
    broker.refuse_subscriptions(vin)
    async with client(broker, id_token) as mqtt:
        assert [code.value for code in await mqtt.subscribe(f"{broker.gcid}/{vin}", qos=1)] == [0x80]  # type: ignore[union-attr]
        broker.refuse_subscriptions(vin, refused=False)
        assert [code.value for code in await mqtt.subscribe(f"{broker.gcid}/{vin}", qos=1)] == [0]  # type: ignore[union-attr]


async def test_a_vin_not_on_the_account_is_refused(broker: CarDataBroker, id_token: str, sim: Simulator) -> None:
    """BMW answers SUBACK 0x80 for a VIN not mapped to the account; a wildcard covers the account's own."""
    others = [vehicle.vin for vehicle in sim.fleet.vehicles("volvo")]
    async with client(broker, id_token) as mqtt:
        for topic in (f"{broker.gcid}/WBA00000000000000", f"{broker.gcid}/{others[0]}"):
            assert [code.value for code in await mqtt.subscribe(topic, qos=1)] == [0x80]  # type: ignore[union-attr]
        assert [code.value for code in await mqtt.subscribe(f"{broker.gcid}/+", qos=1)] == [0]  # type: ignore[union-attr]


async def test_restart_and_dropped_connections_cut_clients(broker: CarDataBroker, id_token: str) -> None:
    port = broker.port
    for fault in (broker.restart, broker.drop_connections):
        with pytest.raises(aiomqtt.MqttError):
            await listen_through(broker, id_token, fault)
    assert broker.port == port
    async with client(broker, id_token):
        pass


async def test_expired_sessions_are_closed(broker: CarDataBroker, id_token: str, clock: ManualClock) -> None:
    closed: list[int] = []

    def expire() -> None:
        closed.append(broker.expire_sessions())
        clock.advance(3600)
        closed.append(broker.expire_sessions())

    with pytest.raises(aiomqtt.MqttError):
        await listen_through(broker, id_token, expire)
    assert closed == [0, 1]


async def test_the_ticker_publishes_on_its_own(sim: Simulator, id_token: str) -> None:
    electric = next(vehicle for vehicle in sim.fleet.vehicles("bmw") if vehicle.is_electric)
    with CarDataBroker(sim.state, interval=0.02) as broker:
        async with client(broker, id_token) as mqtt:
            await mqtt.subscribe(f"{broker.gcid}/{electric.vin}", qos=1)
            sim.fleet.plug_in("bmw", electric.vin, not electric.plugged_in)  # a change after subscribing
            assert "vehicle.body.chargingPort.status" in (await next_message(mqtt))["data"]


def test_the_simulator_stops_its_broker(sim: Simulator) -> None:
    broker = sim.mqtt(interval=None)
    assert sim.mqtt() is broker
    sim.stop()
    with pytest.raises(RuntimeError):
        _ = broker.port


def test_the_command_line_serves_the_broker_on_request() -> None:
    out, stop = StringIO(), threading.Event()
    worker = threading.Thread(target=lambda: main(["--mqtt-port", "0"], out=out, stop=stop))
    worker.start()
    deadline = time.monotonic() + 5
    while "Press Ctrl+C" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    worker.join(5)
    assert "bmw streaming broker: mqtt://127.0.0.1:" in out.getvalue()
    assert "cars publish changes: POST http://127.0.0.1:" in out.getvalue()
    assert "/_admin/fleet/bmw/VIN/plug" in out.getvalue()
    assert not worker.is_alive()


@pytest.mark.parametrize("clean_session", [True, False])
@pytest.mark.parametrize("second_login", ["kick", "refuse"])
async def test_a_login_under_the_holders_client_id_takes_the_connection_over(
    sim: Simulator, id_token: str, clean_session: bool, second_login: SecondLogin
) -> None:
    """MQTT 3.1.1 (3.1.4-2): the connection of a client id is closed when that client id connects again,
    clean session or not, whichever way the broker treats a second login of the GCID."""
    vin = sim.fleet.vehicles("bmw")[0].vin
    with CarDataBroker(sim.state, second_login=second_login) as broker:
        first = client(broker, id_token, identifier="service")
        again = aiomqtt.Client(
            broker.host,
            broker.port,
            username=broker.gcid,
            password=id_token,
            identifier="service",
            clean_session=clean_session,
        )
        async with first, again:
            await again.subscribe(f"{broker.gcid}/{vin}")
            await asyncio.to_thread(broker.publish_raw, vin, b'{"vin": "to the new one", "data": {}}')
            assert (await next_message(again))["vin"] == "to the new one"
            with pytest.raises(aiomqtt.MqttError):
                await cut_off(first)
        assert (broker.rules.logins, broker.rules.refused_logins) == (2, 0)


def connect_packet(client_id: str, username: str, password: str, keepalive: int) -> bytes:
    """An MQTT 3.1.1 CONNECT (clean session, user name and password)."""

    def text(value: str) -> bytes:
        return len(value.encode()).to_bytes(2, "big") + value.encode()

    body = text("MQTT") + bytes([4, 0xC2]) + keepalive.to_bytes(2, "big")
    body += text(client_id) + text(username) + text(password)
    length, remaining = b"", len(body)
    while True:
        remaining, digit = remaining // 128, remaining % 128
        length += bytes([digit | (0x80 if remaining else 0)])
        if not remaining:
            break
    return bytes([0x10]) + length + body


async def test_a_connection_silent_beyond_its_keepalive_is_closed_and_frees_the_gcid(
    sim: Simulator, id_token: str
) -> None:
    """MQTT 3.1.1 (3.1.2.10): a client silent for 1.5 times its keep-alive is cut off (a half-open
    connection of a process that died), and a second login of its GCID is accepted again."""
    with CarDataBroker(sim.state, second_login="refuse") as broker:
        reader, writer = await asyncio.open_connection(broker.host, broker.port)
        try:
            writer.write(connect_packet("gone", broker.gcid, id_token, keepalive=1))
            await writer.drain()
            assert await asyncio.wait_for(reader.readexactly(4), 5) == b"\x20\x02\x00\x00"  # accepted
            began = time.monotonic()
            with contextlib.suppress(ConnectionResetError):
                assert await asyncio.wait_for(reader.read(), 10) == b""  # then silent: cut off
            assert 1.5 <= time.monotonic() - began < 5
        finally:
            writer.close()
        async with client(broker, id_token, identifier="next"):
            await asyncio.sleep(0.1)
        assert (broker.rules.logins, broker.rules.refused_logins) == (2, 0)
        for _ in range(500):  # the broker's thread notes the end of "next" on its own time
            if not broker.rules.connected(broker.gcid):
                break
            await asyncio.sleep(0.01)
        lively = aiomqtt.Client(
            broker.host, broker.port, username=broker.gcid, password=id_token, identifier="lively", keepalive=2
        )
        async with lively:
            for _ in range(8):  # longer than 1.5 times its keep-alive, talking all along
                await lively.subscribe(f"{broker.gcid}/+")
                await asyncio.sleep(0.5)
            vin = sim.fleet.vehicles("bmw")[0].vin
            await asyncio.to_thread(broker.publish_raw, vin, b'{"vin": "still here", "data": {}}')
            assert (await next_message(lively))["vin"] == "still here"
