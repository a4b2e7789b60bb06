"""BMW events from the simulator's CarData broker over loopback: streamed, normalized by the REST
mapping, one connection per account, no REST call; and the fallback to polling."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import random
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

pytest.importorskip("carconnect.bmw")
pytest.importorskip("aiomqtt", reason="carconnect-bmw's streaming extra is not installed")

from carconnect.bmw.streaming import Backoff
from carconnect.bmw.telematics import decode_data
from carconnect.core import CarConnectError, ClientClosedError, PermissionDeniedError
from carconnect.garage import Availability, DriverSide, Field, Garage, Quantity, Update, Vehicle
from carconnect.garage.adapters.base import Pushed
from carconnect.garage.adapters.bmw import BmwAdapter, status_from
from carconnect.garage.adapters.bmw_stream import SharedStream, pushed
from carconnect.garage.testing import sim_streaming_login, simulated_client, simulated_options
from carconnect.sim import Simulator
from carconnect.sim.mqtt.broker import CarDataBroker
from carconnect.sim.mqtt.testing import SteppedClock, run_until

from .conftest import Requests

DISTANCE = "vehicle.vehicle.travelledDistance"
Opened = Callable[..., Any]


@pytest.fixture
def stepped() -> SteppedClock:
    return SteppedClock(datetime(2026, 1, 1, 8, 0, tzinfo=UTC))


@pytest.fixture
def streaming_sim(stepped: SteppedClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=stepped) as running:
        running.mqtt(interval=None)  # the cars publish when the test says so
        yield running


@pytest.fixture
def broker(streaming_sim: Simulator) -> CarDataBroker:
    return streaming_sim.mqtt()


@pytest.fixture
async def bmw_garage(
    streaming_sim: Simulator, stepped: SteppedClock, requests: Requests
) -> AsyncIterator[Callable[..., Any]]:
    """``await bmw_garage(streaming=True)``: a garage of one simulated BMW login, closed afterwards."""
    opened: list[Garage] = []

    async def make(*, streaming: bool = True, **options: Any) -> Garage:
        client = simulated_client(
            "bmw", streaming_sim, streaming=streaming, clock=stepped, event_hooks={"request": [requests.hook("bmw")]}
        )
        adapter_options = {**simulated_options(streaming_sim)["bmw"], **options}
        garage = Garage([client], options={"bmw": adapter_options})
        opened.append(garage)
        return garage

    yield make
    for garage in opened:
        await garage.aclose()


async def until(done: Callable[[], bool], seconds: float = 10.0) -> None:
    async with asyncio.timeout(seconds):
        while not done():
            await asyncio.sleep(0.01)


def adapter_of(vehicle: Vehicle) -> BmwAdapter:
    assert isinstance(vehicle.adapter, BmwAdapter)
    return vehicle.adapter


async def subscribed(stream: AsyncIterator[Update], vehicle: Vehicle) -> asyncio.Task[Update]:
    """The stream's first update as a task, once the stream is subscribed on the broker."""
    first = asyncio.ensure_future(anext(stream))
    shared = adapter_of(vehicle)

    def ready() -> bool:
        if first.done():
            return True
        found = shared.shared_stream
        return found is not None and found.stream is not None and found.stream.connected

    await until(ready)
    await asyncio.sleep(0.05)  # the subscription of a further VIN on a running connection
    return first


async def collect(stream: AsyncIterator[Update], first: asyncio.Task[Update], wanted: set[Field]) -> list[Update]:
    found = [await first]
    async with asyncio.timeout(10):
        while not wanted <= {update.field for update in found}:
            found.append(await anext(stream))
    return found


async def test_bmw_events_stream_normalized_updates_without_rest_calls(
    bmw_garage: Opened, streaming_sim: Simulator, broker: CarDataBroker, requests: Requests
) -> None:
    garage = await bmw_garage()
    vehicle = (await garage.vehicles())[0]
    client = adapter_of(vehicle).client
    sent, used = requests.sent["bmw"], client.quota.status().used
    stream = vehicle.events(fields=[Field.ODOMETER, Field.LOCKED])
    first = await subscribed(stream, vehicle)
    broker.publish_changes()  # the car's first message: everything it reports
    initial = await collect(stream, first, {Field.ODOMETER, Field.LOCKED})
    car = streaming_sim.fleet.vehicle("bmw", vehicle.id)
    assert {update.source for update in initial} == {"stream"}
    odometer = next(update for update in initial if update.field is Field.ODOMETER)
    assert isinstance(odometer.reading.value, Quantity)
    assert odometer.reading.value.value == pytest.approx(round(car.odometer_km) * 1000)
    assert odometer.reading.timestamp is not None
    assert odometer.vendor_keys == (DISTANCE,)
    locked = next(update for update in initial if update.field is Field.LOCKED)
    assert locked.reading.value is car.locked

    car.odometer_km += 120  # the car drives: it publishes what changed
    broker.publish_changes()
    async with asyncio.timeout(10):
        moved = await anext(stream)
    await stream.aclose()
    assert (moved.brand, moved.vehicle_id, moved.field, moved.source) == ("bmw", vehicle.id, Field.ODOMETER, "stream")
    assert isinstance(moved.reading.value, Quantity)
    assert moved.reading.value.value == pytest.approx(odometer.reading.value.value + 120_000)
    assert moved.reading.value.original_unit == "km"
    assert requests.sent["bmw"] == sent  # no REST call, no quota spent
    assert client.quota.status().used == used
    shared = adapter_of(vehicle).shared_stream
    assert shared is not None
    assert shared.stream is None  # the last reader left: disconnected


async def test_streamed_doors_are_named_by_the_cars_steering_side(bmw_garage: Opened, broker: CarDataBroker) -> None:
    garage = await bmw_garage()
    listed = (await garage.vehicles())[0]
    assert listed.driver_side is DriverSide.LEFT  # the simulator's basicData says LEFT
    vehicle = Vehicle(replace(listed.info, driver_side=DriverSide.RIGHT), listed.adapter)
    stream = vehicle.events(fields=[Field.DOORS])
    first = await subscribed(stream, vehicle)
    broker.publish_changes()  # the car's first message: its driver door (row1.driver) among the rest
    (doors,) = await collect(stream, first, {Field.DOORS})
    await stream.aclose()
    assert doors.source == "stream"
    assert isinstance(doors.reading.value, Mapping)
    assert set(doors.reading.value) == {"front_right", "tailgate"}  # as a status of that car names them


async def test_two_cars_of_one_account_share_one_connection(
    bmw_garage: Opened, streaming_sim: Simulator, broker: CarDataBroker
) -> None:
    garage = await bmw_garage()
    cars = (await garage.vehicles())[:2]
    assert len(cars) == 2, "the simulator's BMW fleet has two cars"
    streams = [car.events(fields=[Field.ODOMETER]) for car in cars]
    firsts = [await subscribed(stream, car) for stream, car in zip(streams, cars, strict=True)]
    shared = adapter_of(cars[0]).shared_stream
    assert shared is not None
    assert shared is adapter_of(cars[1]).shared_stream
    broker.publish_changes()
    for stream, first in zip(streams, firsts, strict=True):
        await collect(stream, first, {Field.ODOMETER})
    for car in cars:
        streaming_sim.fleet.vehicle("bmw", car.id).odometer_km += 10
    broker.publish_changes()
    async with asyncio.timeout(10):
        moved = [await anext(stream) for stream in streams]
    assert [update.vehicle_id for update in moved] == [car.id for car in cars]
    assert shared.connections == 1
    assert shared.stream is not None
    assert shared.stream.connections == 1
    for stream in streams:
        await stream.aclose()


async def test_a_car_whose_last_reader_left_is_unsubscribed_and_not_resubscribed_on_reconnect(
    bmw_garage: Opened, broker: CarDataBroker, stepped: SteppedClock
) -> None:
    garage = await bmw_garage()
    kept, left = (await garage.vehicles())[:2]
    streams = {car.id: car.events(fields=[Field.ODOMETER]) for car in (kept, left)}
    waiting = {car.id: await subscribed(streams[car.id], car) for car in (kept, left)}
    shared = adapter_of(kept).shared_stream
    assert shared is not None
    stream = shared.stream
    assert stream is not None
    assert len(stream.topics) == 2
    waiting[left.id].cancel()  # the last reader of that car leaves
    with pytest.raises(asyncio.CancelledError):
        await waiting[left.id]
    assert stream.topics == [f"{broker.gcid}/{kept.id}"]
    broker.drop_connections()
    await run_until(lambda: stream.connections == 2 and stream.connected, stepped, step=0.5, limit=120)
    assert stream.topics == [f"{broker.gcid}/{kept.id}"]
    unheard = broker.burst(left.id, 1)[0]
    heard = broker.burst(kept.id, 1)[0]

    def distance(payload: bytes) -> Any:
        return decode_data(json.loads(payload)["data"])[DISTANCE].value

    await until(lambda: stream.state(kept.id).value(DISTANCE) == distance(heard))
    await asyncio.sleep(0.05)
    assert stream.state(left.id).value(DISTANCE) != distance(unheard)
    assert shared.stream is stream
    assert (await waiting[kept.id]).vehicle_id == kept.id
    await streams[kept.id].aclose()
    assert shared.stream is None


async def test_a_feed_nobody_reads_keeps_the_newest_updates_and_warns_once(
    streaming_sim: Simulator, broker: CarDataBroker, stepped: SteppedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.garage")
    vin = streaming_sim.fleet.vehicles("bmw")[0].vin
    options = {"host": broker.host, "port": broker.port, "tls": False, "max_pending": 5}
    shared = SharedStream(sim_streaming_login(streaming_sim, stepped), stepped, options)
    feed = await shared.subscribe(vin)  # a car's event stream whose reader stopped reading
    try:
        stream = shared.stream
        assert stream is not None
        sent = broker.burst(vin, 12)
        newest = [decode_data(json.loads(payload)["data"])[DISTANCE].value for payload in sent]
        await until(lambda: stream.state(vin).value(DISTANCE) == newest[-1] and stream.pending() == 0)
        await asyncio.sleep(0.05)  # the last update forwarded
        assert feed.qsize() == 5
        assert shared.dropped + stream.dropped == 7
        warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
        assert [record.getMessage() for record in warnings if record.name == "carconnect.garage"] == [
            f"the BMW stream feed of {vin}: its reader is 5 items behind, dropping the oldest until it catches up "
            "(0 dropped before)"
        ]
        kept = [feed.get_nowait() for _ in range(5)]
        odometers = [item.status.odometer.value for item in kept if isinstance(item, Pushed)]
        assert [odometer.to(1000) for odometer in odometers if odometer is not None] == pytest.approx(newest[-5:])
        caught_up = caplog.records[-1].getMessage()
        assert caught_up.endswith(f"{shared.dropped} items were dropped while its reader was behind")
    finally:
        await shared.unsubscribe(vin, feed)


async def test_two_logins_of_one_account_in_a_garage_share_one_connection(
    streaming_sim: Simulator, stepped: SteppedClock, broker: CarDataBroker
) -> None:
    clients = [simulated_client("bmw", streaming_sim, streaming=True, clock=stepped) for _ in range(2)]
    async with Garage(clients, options=simulated_options(streaming_sim)) as garage:
        listed = await garage.vehicles()
        cars = [next(car for car in listed if car.adapter is adapter) for adapter in garage.adapters]
        streams = [car.events(fields=[Field.ODOMETER]) for car in cars]
        firsts = [await subscribed(stream, car) for stream, car in zip(streams, cars, strict=True)]
        shared = adapter_of(cars[0]).shared_stream
        assert shared is not None
        assert shared is adapter_of(cars[1]).shared_stream
        broker.publish_changes()
        for stream, first in zip(streams, firsts, strict=True):
            assert (await collect(stream, first, {Field.ODOMETER}))[0].source == "stream"
        assert shared.connections == 1
        for stream in streams:
            await stream.aclose()


async def test_a_refused_subscription_ends_the_events_with_a_typed_error(
    bmw_garage: Opened, broker: CarDataBroker
) -> None:
    garage = await bmw_garage()
    vehicle = (await garage.vehicles())[0]
    broker.refuse_subscriptions(vehicle.id)
    stream = vehicle.events(fields=[Field.ODOMETER])
    with pytest.raises(PermissionDeniedError, match="BMW CarData portal"):
        async with asyncio.timeout(10):
            await anext(stream)


async def test_an_error_ending_a_running_stream_reaches_its_reader(
    bmw_garage: Opened, broker: CarDataBroker, stepped: SteppedClock
) -> None:
    garage = await bmw_garage()
    vehicle = (await garage.vehicles())[0]
    stream = vehicle.events(fields=[Field.ODOMETER])
    first = await subscribed(stream, vehicle)
    broker.publish_changes()
    await collect(stream, first, {Field.ODOMETER})
    broker.refuse_subscriptions(vehicle.id)  # the data points were deselected in BMW's portal...
    broker.restart()  # ...and the stream reconnects
    following = asyncio.ensure_future(anext(stream))
    await run_until(following.done, stepped)
    with pytest.raises(PermissionDeniedError, match="BMW CarData portal"):
        following.result()
    shared = adapter_of(vehicle).shared_stream
    assert shared is not None
    assert shared.stream is None


async def test_closing_the_garage_ends_a_waiting_reader_with_a_typed_error(
    bmw_garage: Opened, broker: CarDataBroker
) -> None:
    garage = await bmw_garage()
    vehicle = (await garage.vehicles())[0]
    stream = vehicle.events(fields=[Field.ODOMETER])
    waiting = await subscribed(stream, vehicle)  # nothing published: the reader waits
    await garage.aclose()
    with pytest.raises(ClientClosedError):
        async with asyncio.timeout(5):  # before the fix it waited for ever
            await waiting
    shared = adapter_of(vehicle).shared_stream
    assert shared is not None
    assert shared.stream is None


class FaultyBackoff(Backoff):
    """A backoff that fails as no ``carconnect.core`` error would: the stream's task dies of it."""

    def delay(self, attempt: int, rng: random.Random) -> float:
        raise OverflowError("math range error")


async def test_a_stream_task_dying_of_any_exception_ends_its_readers_with_our_error(
    bmw_garage: Opened, broker: CarDataBroker, stepped: SteppedClock, streaming_sim: Simulator
) -> None:
    stream_options = {**simulated_options(streaming_sim)["bmw"]["stream_options"], "backoff": FaultyBackoff()}
    garage = await bmw_garage(stream_options=stream_options)
    vehicle = (await garage.vehicles())[0]
    stream = vehicle.events(fields=[Field.ODOMETER])
    first = await subscribed(stream, vehicle)
    broker.publish_changes()
    await collect(stream, first, {Field.ODOMETER})
    broker.drop_connections()  # the stream's reconnect fails in its own task
    following = asyncio.ensure_future(anext(stream))
    await run_until(following.done, stepped, limit=120, wall=5)
    with pytest.raises(CarConnectError, match="OverflowError") as caught:
        following.result()
    assert isinstance(caught.value.__cause__, OverflowError)
    shared = adapter_of(vehicle).shared_stream
    assert shared is not None
    assert shared.stream is None  # the next reader opens a new connection


async def test_without_streaming_credentials_events_poll_and_say_why_once(
    bmw_garage: Opened, requests: Requests, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "carconnect.garage")
    garage = await bmw_garage(streaming=False)  # an access token callback: no GCID, no id_token
    vehicle = (await garage.vehicles())[0]
    sent = requests.sent["bmw"]
    for _ in range(2):
        stream = vehicle.events(fields=[Field.ODOMETER])
        first = await anext(stream)
        await stream.aclose()
        assert first.source == "poll"
        assert first.reading.availability is Availability.KNOWN
    assert requests.sent["bmw"] > sent
    reasons = [record.getMessage() for record in caplog.records if "instead of streaming" in record.getMessage()]
    assert len(reasons) == 1
    assert "TokenManager" in reasons[0]
    assert adapter_of(vehicle).shared_stream is None


async def test_without_the_streaming_extra_events_poll(
    bmw_garage: Opened, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "carconnect.garage")
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name == "aiomqtt" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    garage = await bmw_garage()
    vehicle = (await garage.vehicles())[0]
    stream = vehicle.events(fields=[Field.ODOMETER])
    assert (await anext(stream)).source == "poll"
    await stream.aclose()
    assert "streaming extra (aiomqtt) is not installed" in caplog.text


async def test_stream_false_keeps_events_on_polling(bmw_garage: Opened) -> None:
    garage = await bmw_garage(stream=False)
    vehicle = (await garage.vehicles())[0]
    stream = vehicle.events(fields=[Field.ODOMETER])
    assert (await anext(stream)).source == "poll"
    await stream.aclose()


def test_the_stream_and_rest_share_one_mapping() -> None:
    """A streamed message (typed JSON, decoded by the catalogue) normalizes like the REST answer (text)."""
    stamp = "2026-01-01T08:00:00Z"
    rest: dict[str, dict[str, Any]] = {
        DISTANCE: {"value": "45230", "unit": "km", "timestamp": stamp},
        "vehicle.cabin.door.status": {"value": "LOCKED", "unit": None, "timestamp": stamp},
        "vehicle.drivetrain.batteryManagement.header": {"value": "72", "unit": "%", "timestamp": stamp},
        "vehicle.body.chargingPort.status": {"value": "CONNECTED", "unit": None, "timestamp": stamp},
        "vehicle.cabin.door.row1.driver.isOpen": {"value": "true", "unit": None, "timestamp": stamp},
        "vehicle.cabin.infotainment.navigation.currentLocation.latitude": {"value": "48.1", "unit": "degrees"},
        "vehicle.cabin.infotainment.navigation.currentLocation.longitude": {"value": "11.5", "unit": "degrees"},
    }
    typed: dict[str, Any] = {"45230": 45230, "72": 72, "true": True, "48.1": 48.1, "11.5": 11.5}
    streamed = {name: {**entry, "value": typed.get(entry["value"], entry["value"])} for name, entry in rest.items()}
    values = decode_data(streamed)
    found = pushed(values, values)
    assert found is not None
    fields = frozenset(found.vendor_keys)
    assert fields == {
        Field.ODOMETER, Field.LOCKED, Field.BATTERY_LEVEL, Field.PLUGGED_IN, Field.DOORS, Field.LOCATION
    }  # fmt: skip
    expected = status_from(rest, fields)
    for name, reading in found.status.readings().items():
        wanted = expected.readings()[name]
        assert reading.availability is Availability.KNOWN, (name, reading.reason)
        assert reading.timestamp == wanted.timestamp, name
        if isinstance(reading.value, Quantity):
            assert isinstance(wanted.value, Quantity)
            assert (reading.value.value, reading.value.unit) == (wanted.value.value, wanted.value.unit), name
        else:
            assert reading.value == wanted.value, name
