"""The Smartcar webhook app: signatures, the verification challenge, and deliveries feeding a car's stream."""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

pytest.importorskip("carconnect.smartcar")

from carconnect.core import FakeClock
from carconnect.garage import (
    Availability,
    BlockingGarage,
    EventHub,
    Field,
    Garage,
    Kind,
    Quantity,
    Reading,
    Status,
    Update,
    quantity,
)
from carconnect.garage.queues import DEFAULT_MAX_PENDING
from carconnect.garage.webhooks import SmartcarWebhookApp
from carconnect.sim import Simulator
from carconnect.sim.vendor_fixtures import fixture_file
from carconnect.smartcar.webhooks import SIGNATURE_HEADER, hmac_sha256_hex

from .conftest import Requests, client_of

MANAGEMENT_TOKEN = "test-management-token"


def delivery(name: str, vehicle_id: str | None = None) -> bytes:
    body = json.loads(fixture_file(__file__, f"smartcar/{name}").read_text())
    if vehicle_id is not None:
        body["data"]["vehicle"]["id"] = vehicle_id
    return json.dumps(body).encode()


def signed(body: bytes) -> dict[str, str]:
    return {SIGNATURE_HEADER: hmac_sha256_hex(MANAGEMENT_TOKEN, body), "content-type": "application/json"}


def webhook_client(hub: EventHub) -> httpx.AsyncClient:
    app = SmartcarWebhookApp(MANAGEMENT_TOKEN, hub)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1")


async def test_the_verification_challenge_is_answered() -> None:
    body = delivery("v3-webhook-verify.json")
    async with webhook_client(EventHub()) as client:
        answer = await client.post("/webhooks/smartcar", content=body)
    challenge = json.loads(body)["data"]["challenge"]
    assert answer.status_code == 200
    assert answer.json() == {"challenge": hmac_sha256_hex(MANAGEMENT_TOKEN, challenge)}


async def test_the_simulators_verification_challenge_is_answered() -> None:
    from carconnect.sim import ManualClock, Simulator
    from carconnect.sim.brands.smartcar import challenge_answer, verify_delivery

    verify = verify_delivery(Simulator(seed=0, clock=ManualClock()).state, "hook")
    async with webhook_client(EventHub()) as client:
        answer = await client.post("/", content=verify.body, headers=verify.headers)
    challenge = json.loads(verify.body)["data"]["challenge"]
    assert answer.status_code == 200
    assert answer.json() == {"challenge": challenge_answer(challenge, MANAGEMENT_TOKEN)}


def verify_event(challenge: str, version: str) -> bytes:
    if version == "4.0":
        return json.dumps({"eventType": "VERIFY", "data": {"challenge": challenge}}).encode()
    payload = {"challenge": challenge}
    return json.dumps({"version": "2.0", "webhookId": "w", "eventName": "verify", "payload": payload}).encode()


@pytest.mark.parametrize("version", ["4.0", "2.0"])
async def test_a_challenge_that_is_not_a_short_token_is_not_signed(version: str) -> None:
    """Its answer would be SC-Signature for a body of the caller's choosing: a forged delivery."""
    hub = EventHub()
    inbox = hub.subscribe("smartcar", "875d9333-bbbb-4444-aaaa-17be22ebe970")
    forged = delivery("v3-webhook-vehicle-state-polestar2.json")
    async with webhook_client(hub) as client:
        oracle = await client.post("/", content=verify_event(forged.decode(), version))
        signature = str(oracle.json().get("challenge"))
        replayed = await client.post("/", content=forged, headers={SIGNATURE_HEADER: signature})
        for challenge in [" " + forged.decode(), "a" * 257, "token with spaces", "tök", "1\n"]:
            answer = await client.post("/", content=verify_event(challenge, version))
            assert (answer.status_code, answer.json()) == (
                400,
                {"error": "the verification challenge is not a short token: not answered"},
            )
        fine = await client.post("/", content=verify_event("A-z_0.9~+/=" * 23, version))
    assert (oracle.status_code, replayed.status_code) == (400, 401)
    assert inbox.empty()
    assert fine.json() == {"challenge": hmac_sha256_hex(MANAGEMENT_TOKEN, "A-z_0.9~+/=" * 23)}


async def test_a_delivery_with_a_wrong_signature_is_refused_and_not_published() -> None:
    hub = EventHub()
    inbox = hub.subscribe("smartcar", "875d9333-bbbb-4444-aaaa-17be22ebe970")
    body = delivery("v3-webhook-vehicle-state-polestar2.json")
    async with webhook_client(hub) as client:
        answer = await client.post("/", content=body, headers={SIGNATURE_HEADER: "0" * 64})
        unsigned = await client.post("/", content=body)
    assert (answer.status_code, unsigned.status_code) == (401, 401)
    assert inbox.empty()
    assert MANAGEMENT_TOKEN not in answer.text + repr(SmartcarWebhookApp(MANAGEMENT_TOKEN, hub))


async def test_a_signed_delivery_publishes_normalized_readings() -> None:
    hub = EventHub()
    inbox = hub.subscribe("smartcar", "875d9333-bbbb-4444-aaaa-17be22ebe970")
    body = delivery("v3-webhook-vehicle-state-polestar2.json")
    async with webhook_client(hub) as client:
        answer = await client.post("/", content=body, headers=signed(body))
    assert answer.status_code == 200
    updates: dict[Field, Update] = {}
    while not inbox.empty():
        update = inbox.get_nowait()
        updates[update.field] = update
    assert {Field.ODOMETER, Field.RANGE, Field.LOCKED, Field.DOORS, Field.WINDOWS} <= set(updates)
    odometer = updates[Field.ODOMETER].reading
    assert isinstance(odometer.value, Quantity)
    assert odometer.value.value == pytest.approx(42_506_300)
    assert odometer.value.original_unit == "km"
    assert odometer.timestamp is not None
    assert odometer.timestamp.year >= 2025
    assert updates[Field.LOCKED].reading.value is True
    assert all(update.source == "webhook" for update in updates.values())


async def test_a_malformed_delivery_is_a_400_and_other_methods_a_405() -> None:
    async with webhook_client(EventHub()) as client:
        bad = await client.post("/", content=b"not json")
        other = await client.get("/")
    assert (bad.status_code, other.status_code) == (400, 405)


def test_deliveries_log_at_debug_and_refusals_warn_at_most_once_a_minute(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect.garage")
    clock = FakeClock()
    app = SmartcarWebhookApp(MANAGEMENT_TOKEN, EventHub(), clock=clock)
    body = delivery("v3-webhook-vehicle-state-polestar2.json")
    assert app.handle(body, signed(body)[SIGNATURE_HEADER])[0] == 200
    assert app.handle(b"not json", None)[0] == 400
    assert {record.levelname for record in caplog.records} == {"DEBUG"}
    assert "smartcar webhook for" in caplog.records[-2].getMessage()
    assert "malformed" in caplog.records[-1].getMessage()
    caplog.clear()
    for _ in range(5):  # a burst of forged deliveries
        assert app.handle(body, "0" * 64)[0] == 401
        clock.advance(10)
    assert [record.levelname for record in caplog.records] == ["WARNING"] + ["DEBUG"] * 4
    assert "1 refused since the last such warning" in caplog.records[0].getMessage()
    caplog.clear()
    clock.advance(20)  # a minute after the warning
    assert app.handle(body, None)[0] == 401
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "5 refused since the last such warning" in caplog.records[0].getMessage()
    assert MANAGEMENT_TOKEN not in caplog.text


async def test_a_webhook_delivery_reaches_the_stream_of_its_car(clients: Callable[..., Any]) -> None:
    hub = EventHub()
    async with clients("smartcar") as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        stream = vehicle.events(poll=False, hub=hub, fields=[Field.ODOMETER])
        waiting = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0)  # the stream subscribes when it is first read
        body = delivery("v3-webhook-vehicle-state-byd-seal.json", vehicle_id=vehicle.id)
        async with webhook_client(hub) as client:
            answer = await client.post("/", content=body, headers=signed(body))
        first = await asyncio.wait_for(waiting, 5)
        with pytest.raises(TimeoutError):  # the delivery's other signals were not asked for
            await asyncio.wait_for(anext(stream), 0.05)
        await stream.aclose()
    assert answer.status_code == 200
    assert (first.brand, first.vehicle_id, first.source) == ("smartcar", vehicle.id, "webhook")
    assert first.field is Field.ODOMETER
    assert first.reading.availability is Availability.KNOWN
    assert isinstance(first.reading.value, Quantity)
    assert first.reading.value.value == pytest.approx(10_321_000)


def odometer_delivery(kilometres: float) -> bytes:
    body = json.loads(delivery("v3-webhook-vehicle-state-polestar2.json"))
    for signal in body["data"]["signals"]:
        if signal["code"] == "odometer-traveleddistance":
            signal["body"]["value"] = kilometres
    return json.dumps(body).encode()


def test_an_inbox_nobody_reads_keeps_the_newest_updates_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.garage")
    vehicle_id = "875d9333-bbbb-4444-aaaa-17be22ebe970"
    hub = EventHub(max_pending=20)
    app = SmartcarWebhookApp(MANAGEMENT_TOKEN, hub, clock=FakeClock())
    inbox = hub.subscribe("smartcar", vehicle_id)  # a stream whose reader stopped reading
    deliveries = [odometer_delivery(1000.0 + number) for number in range(10)]
    for body in deliveries:
        assert app.handle(body, signed(body)[SIGNATURE_HEADER])[0] == 200
    per_delivery = (inbox.qsize() + hub.dropped) // len(deliveries)
    assert per_delivery >= 5
    assert inbox.qsize() == 20
    assert hub.dropped == len(deliveries) * per_delivery - 20
    warnings = [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert f"the webhook inbox of smartcar {vehicle_id}" in warnings[0]
    kept = [inbox.get_nowait() for _ in range(20)]
    odometers = [update.reading.value for update in kept if update.field is Field.ODOMETER]
    newest = [odometer.to(1000) for odometer in odometers if odometer is not None]
    assert newest == pytest.approx([1008.0, 1009.0])  # the two newest deliveries: 20 of ~10 readings each
    assert f"{hub.dropped} items were dropped" in caplog.records[-1].getMessage()  # the reader caught up
    caplog.clear()
    for body in deliveries:  # behind again: a second episode, a second warning
        app.handle(body, signed(body)[SIGNATURE_HEADER])
    warnings = [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert f"({len(deliveries) * per_delivery - 20} dropped before)" in warnings[0]


def test_inboxes_are_bounded_by_default() -> None:
    assert EventHub().subscribe("smartcar", "a-car").maxsize == DEFAULT_MAX_PENDING
    assert EventHub(max_pending=None).subscribe("smartcar", "a-car").maxsize == 0
    with pytest.raises(ValueError, match="max_pending"):
        EventHub(max_pending=0)


class WatchedHub(EventHub):
    """An :class:`EventHub` that says when a stream has subscribed (it does when first read)."""

    def __init__(self) -> None:
        super().__init__()
        self.subscribed = threading.Event()

    def subscribe(self, brand: str, vehicle_id: str) -> asyncio.Queue[Update]:
        inbox = super().subscribe(brand, vehicle_id)
        self.subscribed.set()
        return inbox


def test_a_delivery_on_the_web_servers_loop_reaches_a_blocking_garages_stream(
    sim: Simulator, clock: FakeClock, requests: Requests
) -> None:
    """The web server's loop (another thread) publishes; the reader waits on the garage's private loop."""
    hub = WatchedHub()
    got: queue.Queue[Update | BaseException] = queue.Queue()
    with BlockingGarage([client_of("smartcar", sim, clock, requests)]) as garage:
        vehicle = garage.vehicles()[0]
        events = vehicle.events(poll=False, hub=hub, fields=[Field.ODOMETER])

        def read() -> None:
            try:
                got.put(next(events))
            except BaseException as error:  # what ended the read, to look at
                got.put(error)

        threading.Thread(target=read, daemon=True).start()
        assert hub.subscribed.wait(5)
        body = delivery("v3-webhook-vehicle-state-byd-seal.json", vehicle_id=vehicle.id)
        answers: list[int] = []

        async def post() -> None:  # as uvicorn runs the ASGI app: on its own loop, in its own thread
            async with webhook_client(hub) as client:
                answers.append((await client.post("/", content=body, headers=signed(body))).status_code)

        server = threading.Thread(target=asyncio.run, args=(post(),), daemon=True)
        server.start()
        server.join(5)
        first = got.get(timeout=5)  # the old hub queued it on the garage's loop without waking the reader
        events.close()
    assert answers == [200]
    assert isinstance(first, Update), first
    assert (first.vehicle_id, first.field, first.source) == (vehicle.id, Field.ODOMETER, "webhook")
    assert isinstance(first.reading.value, Quantity)
    assert first.reading.value.value == pytest.approx(10_321_000)


def test_publishing_skips_and_forgets_the_inbox_of_a_closed_loop() -> None:
    hub = EventHub()

    async def subscribe() -> asyncio.Queue[Update]:
        return hub.subscribe("smartcar", "a-car")

    stale = asyncio.run(subscribe())  # its loop is closed once asyncio.run returns
    live = hub.subscribe("smartcar", "a-car")  # no loop runs: published into at once
    status = Status(odometer=Reading.known(quantity(Kind.DISTANCE, 1, "km"), None))
    assert hub.publish("smartcar", "a-car", status) == 1
    assert hub.publish("smartcar", "a-car", status) == 1
    assert live.qsize() == 2
    assert stale.empty()
