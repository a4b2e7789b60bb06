"""FordConnect: every endpoint, sync and async, on respx and on the simulator; command handles."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    BadRequestError,
    CommandFailedError,
    FakeClock,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    jsonbody,
)
from carconnect.ford import (
    CONNECT_API_URL,
    CONNECT_APPLICATION_ID,
    AsyncFordConnectClient,
    CommandPendingError,
    FordConnectClient,
    WaitPolicy,
)
from carconnect.ford.models import connect
from carconnect.sim import Simulator

VEHICLE_ID = "12341234123412341234123412341234"
COMMAND_ID = "da29c19c-4a49-4ca1-8db0-20060fc05844"
V1 = f"{CONNECT_API_URL}/api/fordconnect/v1/vehicles/{VEHICLE_ID}"
V3 = f"{CONNECT_API_URL}/api/fordconnect/v3/vehicles"

LOCATION = {"latitude": "36.113439", "longitude": "-95.905261", "speed": 0, "timeStamp": "11-22-2026 04:20:07"}
READS: list[tuple[str, tuple[str, ...], str, Any, type[Any]]] = [
    ("vehicles", (), V3, {"status": "SUCCESS", "vehicles": [{"vehicleId": VEHICLE_ID}]}, connect.VehicleList),
    (
        "vehicle",
        (VEHICLE_ID,),
        f"{V3}/{VEHICLE_ID}",
        {"status": "SUCCESS", "vehicle": {"vehicleId": VEHICLE_ID}},
        connect.VehicleInfoResponse,
    ),
    ("vin", (VEHICLE_ID,), f"{V3}/{VEHICLE_ID}/vin", {"vin": "1FMCU0E10NL000000"}, connect.VinResponse),
    (
        "location",
        (VEHICLE_ID,),
        f"{V1}/location",
        {"status": "SUCCESS", "vehicleLocation": LOCATION},
        connect.LocationResponse,
    ),
    (
        "charge_schedules",
        (VEHICLE_ID,),
        f"{V1}/chargeSchedules",
        {"status": "SUCCESS"},
        connect.ChargeSchedulesResponse,
    ),
    ("departure_times", (VEHICLE_ID,), f"{V1}/departureTimes", {"status": "SUCCESS"}, connect.DepartureTimesResponse),
]
POLLED = [
    ("lock", "lock", "lock_command"),
    ("unlock", "unlock", "unlock_command"),
    ("start_engine", "startEngine", "start_engine_command"),
    ("stop_engine", "stopEngine", "stop_engine_command"),
    ("refresh_status", "status", "status_refresh"),
]
UNPOLLED = [
    ("wake", "wake"),
    ("start_charge", "startCharge"),
    ("stop_charge", "stopCharge"),
    ("refresh_location", "location"),
]
STATUS_ROUTE = {"status": "statusrefresh"}


def answer(status: str, code: int = 200) -> httpx.Response:
    return httpx.Response(code, json={"status": "SUCCESS", "commandStatus": status, "commandId": COMMAND_ID})


@pytest.mark.parametrize(("method", "args", "url", "body", "model"), READS, ids=[read[0] for read in READS])
async def test_every_read_returns_its_model(
    make: Any, run: Any, router: respx.MockRouter, method: str, args: tuple[str, ...], url: str, body: Any, model: Any
) -> None:
    route = router.get(url).respond(json=body)
    result = await run(getattr(make("connect"), method)(*args))
    assert isinstance(result, model)
    request = route.calls.last.request
    assert request.headers["Application-Id"] == CONNECT_APPLICATION_ID
    assert request.headers["Authorization"] == "Bearer access-token-1"


@pytest.mark.parametrize("size", ["thumbnail", "full"])
async def test_images_are_png_bytes(make: Any, run: Any, router: respx.MockRouter, size: str) -> None:
    route = router.get(f"{V1}/images/{size}").respond(content=b"\x89PNG-data", headers={"Content-Type": "image/png"})
    image = await run(getattr(make("connect"), f"{size}_image")(VEHICLE_ID, make="F", model="Edge", year=2020))
    assert image == b"\x89PNG-data"
    assert dict(route.calls.last.request.url.params) == {"make": "F", "model": "Edge", "year": "2020"}


@pytest.mark.parametrize(("method", "path", "lookup"), POLLED, ids=[polled[0] for polled in POLLED])
async def test_polled_commands_wait_on_their_status_route(
    make: Any, run: Any, router: respx.MockRouter, clock: FakeClock, method: str, path: str, lookup: str
) -> None:
    sent = router.post(f"{V1}/{path}").mock(return_value=answer("PENDINGRESPONSE", 202))
    status_url = f"{V1}/{STATUS_ROUTE.get(path, path)}/{COMMAND_ID}"
    done = answer("COMPLETED", 202 if path == "status" else 200)
    polls = router.get(status_url).mock(side_effect=[answer("PENDINGRESPONSE"), answer("QUEUED"), done, done])
    client = make("connect")
    handle = await run(getattr(client, method)(VEHICLE_ID))
    assert handle.can_wait
    assert handle.command_id == COMMAND_ID
    result = await run(handle.wait())
    assert result.status == "COMPLETED"
    assert result.polls == 3
    assert clock.sleeps == [2.0, 3.0, 4.5]
    assert sent.call_count == 1
    assert polls.call_count == 3
    looked_up = await run(getattr(client, lookup)(VEHICLE_ID, COMMAND_ID))
    assert looked_up.command_status is connect.CommandStatus.COMPLETED


async def test_wait_reports_every_poll_on_the_clients_clock(
    make: Any, run: Any, router: respx.MockRouter, clock: FakeClock
) -> None:
    router.post(f"{V1}/lock").mock(return_value=answer("PENDINGRESPONSE", 202))
    router.get(f"{V1}/lock/{COMMAND_ID}").mock(side_effect=[answer("QUEUED"), answer("COMPLETED")])
    handle = await run(make("connect").lock(VEHICLE_ID))
    assert handle.clock is clock
    seen: list[tuple[str, str | None]] = []
    result = await run(handle.wait(progress=lambda look: seen.append((look.outcome, look.status))))
    assert seen == [("pending", "QUEUED"), ("succeeded", "COMPLETED")]
    assert result.polls == 2
    assert clock.sleeps == [2.0, 3.0]


@pytest.mark.parametrize(("method", "path"), UNPOLLED, ids=[unpolled[0] for unpolled in UNPOLLED])
async def test_commands_without_status_route(
    make: Any, run: Any, router: respx.MockRouter, method: str, path: str
) -> None:
    router.post(f"{V1}/{path}").mock(return_value=answer("PENDINGRESPONSE", 202))
    handle = await run(getattr(make("connect"), method)(VEHICLE_ID))
    assert not handle.can_wait
    assert isinstance(handle.accepted, connect.CommandResponse)
    with pytest.raises(NotCapableError):
        await run(handle.wait())
    with pytest.raises(NotCapableError):
        await run(handle.status())


async def test_failed_is_not_pending(make: Any, run: Any, router: respx.MockRouter) -> None:
    router.post(f"{V1}/startEngine").mock(return_value=answer("PENDINGRESPONSE", 202))
    router.get(f"{V1}/startEngine/{COMMAND_ID}").mock(side_effect=[answer("PENDINGRESPONSE"), answer("FAILED")])
    handle = await run(make("connect").start_engine(VEHICLE_ID))
    with pytest.raises(CommandFailedError) as caught:
        await run(handle.wait())
    assert caught.value.code == "FAILED"
    assert caught.value.details["command_id"] == COMMAND_ID


async def test_empty_after_acceptance_is_an_unknown_outcome(make: Any, run: Any, router: respx.MockRouter) -> None:
    router.post(f"{V1}/lock").mock(return_value=answer("PENDINGRESPONSE", 202))
    router.get(f"{V1}/lock/{COMMAND_ID}").mock(return_value=answer("EMPTY"))
    handle = await run(make("connect").lock(VEHICLE_ID))
    with pytest.raises(CommandPendingError, match="no longer knows") as caught:  # the car may have acted
        await run(handle.wait())
    assert (caught.value.status, caught.value.polls) == ("EMPTY", 1)
    assert (await run(handle.status())).outcome == "unknown"


@pytest.mark.parametrize(
    ("polls", "outcome", "status", "code", "reason"),
    [
        ([answer("PENDINGRESPONSE"), answer("COMPLETED")], "succeeded", "COMPLETED", None, None),
        ([answer("FAILED")], "failed", "FAILED", "FAILED", "failed"),
        ([answer("EMPTY")], "unknown", "EMPTY", None, "no longer knows"),
        ([httpx.Response(400, json={"statusCode": 400})], "unknown", None, None, "polling its outcome failed"),
    ],
    ids=["succeeded", "failed", "forgotten", "poll-failed"],
)
async def test_outcome_reports_what_wait_would_raise(
    make: Any,
    run: Any,
    router: respx.MockRouter,
    polls: list[httpx.Response],
    outcome: str,
    status: str | None,
    code: str | None,
    reason: str | None,
) -> None:
    router.post(f"{V1}/lock").mock(return_value=answer("PENDINGRESPONSE", 202))
    router.get(f"{V1}/lock/{COMMAND_ID}").mock(side_effect=polls)
    handle = await run(make("connect", retry=RetryPolicy(max_retries=0)).lock(VEHICLE_ID))
    report = await run(handle.outcome())
    assert (report.command, report.command_id) == ("lock", COMMAND_ID)
    assert (report.outcome, report.status, report.code) == (outcome, status, code)
    if reason is None:
        assert report.reason is None
        assert report.polls == 2
        assert isinstance(report.response, connect.CommandResponse)
    else:
        assert reason in (report.reason or "")
        assert report.response is None
        assert report.polls == 1


async def test_outcome_of_a_command_without_status_route_is_unknown(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    router.post(f"{V1}/wake").mock(return_value=answer("PENDINGRESPONSE", 202))
    report = await run((await run(make("connect").wake(VEHICLE_ID))).outcome())
    assert (report.outcome, report.polls) == ("unknown", 0)
    assert "reports no outcome" in (report.reason or "")


async def test_deadline_and_poll_budget(make: Any, run: Any, router: respx.MockRouter, clock: FakeClock) -> None:
    router.post(f"{V1}/lock").mock(return_value=answer("PENDINGRESPONSE", 202))
    polls = router.get(f"{V1}/lock/{COMMAND_ID}").mock(return_value=answer("PENDINGRESPONSE"))
    handle = await run(make("connect").lock(VEHICLE_ID))
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait())
    assert caught.value.status == "PENDINGRESPONSE"
    assert caught.value.polls == polls.call_count <= 15
    assert sum(clock.sleeps) <= 300.0
    clock.sleeps.clear()
    with pytest.raises(CommandPendingError):
        await run(handle.wait(WaitPolicy(timeout=10.0, max_polls=100, first_delay=1.0, multiplier=1.0)))
    assert sum(clock.sleeps) == pytest.approx(10.0)


async def test_acceptance_failure_raises_without_polling(make: Any, run: Any, router: respx.MockRouter) -> None:
    router.post(f"{V1}/unlock").respond(
        202, json={"status": "FAILED", "commandStatus": "FAILED", "commandId": COMMAND_ID}
    )
    polls = router.get(f"{V1}/unlock/{COMMAND_ID}").mock(return_value=answer("COMPLETED"))
    handle = await run(make("connect").unlock(VEHICLE_ID))
    with pytest.raises(CommandFailedError):
        await run(handle.wait())
    assert polls.call_count == 0


async def test_acceptance_completed_is_still_polled(make: Any, run: Any, router: respx.MockRouter) -> None:
    """Ford's sandbox answers COMPLETED on acceptance before the car has acted: poll anyway."""
    router.post(f"{V1}/lock").mock(return_value=answer("COMPLETED", 202))
    polls = router.get(f"{V1}/lock/{COMMAND_ID}").mock(return_value=answer("COMPLETED"))
    handle = await run(make("connect").lock(VEHICLE_ID))
    assert (await run(handle.status())).outcome == "succeeded"
    assert (await run(handle.wait())).polls == 1
    assert polls.call_count == 2


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (httpx.Response(503, json={"statusCode": 503, "message": "Service Unavailable"}), ServerError),
        (httpx.Response(502, text="Bad Gateway"), ServerError),
        (httpx.ReadTimeout("read timed out"), RequestTimeoutError),
    ],
    ids=["503", "502", "read-timeout"],
)
async def test_commands_are_never_resent(
    make: Any, run: Any, router: respx.MockRouter, reply: Any, error: type[Exception]
) -> None:
    route = router.post(f"{V1}/lock").mock(side_effect=[reply, answer("PENDINGRESPONSE", 202)])
    with pytest.raises(error):
        await run(make("connect").lock(VEHICLE_ID))
    assert route.call_count == 1


async def test_in_body_failure_of_a_200_is_an_error(make: Any, run: Any, router: respx.MockRouter) -> None:
    body = {"status": "FAILED", "error": {"code": 4002, "title": "Resource not found", "statusCode": "NOT_FOUND"}}
    router.get(f"{V1}/location").respond(200, json=body)
    with pytest.raises(NotFoundError) as caught:
        await run(make("connect").location(VEHICLE_ID))
    assert caught.value.code == "4002"


async def test_a_success_body_is_decoded_once_and_not_kept(
    make: Any, run: Any, router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoded: list[bytes] = []

    def counting(content: bytes) -> Any:
        decoded.append(content)
        return json.loads(content)

    monkeypatch.setattr(jsonbody, "fast_loads", counting)
    router.get(V3).respond(json={"status": "SUCCESS", "vehicles": []})
    kept = len(jsonbody._documents)
    listed = await run(make("connect").vehicles())
    assert listed.vehicles == []
    assert len(decoded) == 1, "the in-body check and the typed parse share one decoding"
    assert len(jsonbody._documents) <= kept, "nothing is kept once the answer is parsed"


async def test_application_id_can_be_replaced(make: Any, run: Any, router: respx.MockRouter) -> None:
    route = router.get(V3).respond(json={"status": "SUCCESS", "vehicles": []})
    await run(make("connect", application_id="OTHER").vehicles())
    assert route.calls.last.request.headers["Application-Id"] == "OTHER"


# ---- on the simulator --------------------------------------------------------------------------------


async def test_every_endpoint_on_the_simulator(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("connect")
    listed = await run(client.vehicles())
    assert [vehicle.engine_type for vehicle in listed.vehicles] == [
        connect.EngineType.BEV,
        connect.EngineType.PHEV,
        connect.EngineType.ICE,
    ]
    ev = listed.vehicles[0]
    info = await run(client.vehicle(ev.vehicle_id))
    assert info.vehicle.vehicle_status.deep_sleep_in_progress is False
    assert (await run(client.vin(ev.vehicle_id))).vin == sim.fleet.vehicle("ford", ev.vehicle_id).vin
    location = await run(client.location(ev.vehicle_id))
    assert isinstance(location.vehicle_location.latitude, str)
    assert (await run(client.charge_schedules(ev.vehicle_id))).charge_schedules
    assert (await run(client.departure_times(ev.vehicle_id))).departure_times.day_of_week is connect.DayOfWeek.MONDAY
    png = await run(client.thumbnail_image(ev.vehicle_id, make="F", model=ev.model_name, year=ev.model_year))
    assert png.startswith(b"\x89PNG")
    assert (await run(client.full_image(ev.vehicle_id, make="F", model=ev.model_name, year=ev.model_year))) == png
    for method, _, _ in POLLED:
        handle = await run(getattr(client, method)(ev.vehicle_id))
        progress = await run(handle.status())
        assert progress.outcome == "pending"
        outcome = "failed" if "engine" in method else "succeeded"  # an electric car has no engine
        if outcome == "failed":
            with pytest.raises(CommandFailedError):
                await run(handle.wait())
        else:
            assert (await run(handle.wait())).status == "COMPLETED"
    for method, _ in UNPOLLED:
        assert not (await run(getattr(client, method)(ev.vehicle_id))).can_wait


async def test_lock_is_delivered_once_and_changes_the_car(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("connect")
    petrol = next(vehicle for vehicle in sim.fleet.vehicles("ford") if not vehicle.is_electric)
    handle = await run(client.unlock(petrol.id))
    await run(handle.wait())
    assert petrol.locked is False
    assert sim.deliveries.count("ford", petrol.id, "unlock") == 1
    refreshed = await run((await run(client.refresh_status(petrol.id))).wait())
    assert refreshed.response.vehiclestatus.lock_status.value is connect.LockState.UNLOCKED


async def test_deep_sleep_fails_the_command_and_wake_helps(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("connect")
    car = sim.fleet.vehicles("ford")[1]
    sim.fleet.set_asleep("ford", car.id)
    assert (await run(client.vehicle(car.id))).vehicle.vehicle_status.deep_sleep_in_progress is True
    with pytest.raises(CommandFailedError):
        await run((await run(client.lock(car.id))).wait())
    await run(client.wake(car.id))
    assert (await run((await run(client.lock(car.id))).wait())).status == "COMPLETED"


async def test_simulator_errors_are_typed(
    sim_client: Any, run: Any, sim: Simulator, clock: FakeClock, connect_login: Any
) -> None:
    client = sim_client("connect")
    petrol = next(vehicle for vehicle in sim.fleet.vehicles("ford") if not vehicle.is_electric)
    with pytest.raises(NotCapableError):
        await run(client.start_charge(petrol.id))
    with pytest.raises(NotCapableError):
        await run(client.departure_times(petrol.id))
    with pytest.raises(NotFoundError):
        await run(client.vehicle("f" * 32))
    with pytest.raises(BadRequestError):
        await run(client.vehicle("short"))
    handle = await run(client.lock(petrol.id))
    clock.advance(121)
    with pytest.raises(CommandPendingError, match="no longer knows"):  # an expired command id (Ford answers 401)
        await run(handle.status())
    access_token = connect_login[1].access_token
    wrong_key = sim_client("connect", credentials=access_token, application_id="00000000-0000-0000-0000-000000000000")
    with pytest.raises(PermissionDeniedError) as caught:
        await run(wrong_key.vehicles())
    assert caught.value.code == "invalid_subscription_key"


async def test_simulator_deadline_while_still_pending(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("connect")
    car = sim.fleet.vehicles("ford")[2]
    handle = await run(client.lock(car.id))
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait(WaitPolicy(timeout=1.5, first_delay=0.5)))  # the simulator needs a few seconds
    assert caught.value.status == "PENDINGRESPONSE"
    assert (await run(handle.wait())).status == "COMPLETED"  # waiting again reads the same command
    assert sim.deliveries.count("ford", car.id, "lock") == 1


def _answering_alice_only(seen: list[str | None]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Authorization"))
        if request.headers.get("Authorization") != "Bearer alice-token":
            return httpx.Response(401, json={"error": "invalid_token", "error_description": "not alice"})
        accepted = request.method == "POST"
        body = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE" if accepted else "COMPLETED"}
        return httpx.Response(202 if accepted else 200, json={**body, "commandId": COMMAND_ID})

    return httpx.MockTransport(answer)


def test_a_handle_from_a_user_view_polls_for_that_user() -> None:
    seen: list[str | None] = []
    client = FordConnectClient("owner-token", transport=_answering_alice_only(seen), clock=FakeClock())
    handle = client.for_user("alice-token", key="alice").lock(VEHICLE_ID)
    assert handle.wait().status == "COMPLETED"
    assert seen == ["Bearer alice-token", "Bearer alice-token"]


async def test_an_async_handle_from_a_user_view_polls_for_that_user() -> None:
    seen: list[str | None] = []
    client = AsyncFordConnectClient("owner-token", transport=_answering_alice_only(seen), clock=FakeClock())
    handle = await client.for_user("alice-token", key="alice").lock(VEHICLE_ID)
    assert (await handle.wait()).status == "COMPLETED"
    assert seen == ["Bearer alice-token", "Bearer alice-token"]


def _expires_after_acceptance() -> httpx.MockTransport:
    """Ford accepts the lock, then answers the status poll 404: the command id expired."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": COMMAND_ID}
            return httpx.Response(202, json=body)
        gone = {"error": {"code": 4002, "title": "Resource not found", "statusCode": "NOT_FOUND"}, "status": "FAILED"}
        return httpx.Response(404, json={**gone, "commandStatus": "EMPTY"})

    return httpx.MockTransport(answer)


def test_a_command_id_ford_no_longer_knows_is_an_unknown_outcome() -> None:
    client = FordConnectClient("token", transport=_expires_after_acceptance(), clock=FakeClock())
    with pytest.raises(CommandPendingError, match="no longer knows") as unknown:
        client.lock(VEHICLE_ID).wait()
    assert unknown.value.status == "EMPTY"
    with pytest.raises(CommandPendingError):
        client.lock(VEHICLE_ID).status()


async def test_an_async_command_id_ford_no_longer_knows_is_an_unknown_outcome() -> None:
    client = AsyncFordConnectClient("token", transport=_expires_after_acceptance(), clock=FakeClock())
    handle = await client.lock(VEHICLE_ID)
    with pytest.raises(CommandPendingError, match="no longer knows"):
        await handle.wait()
    with pytest.raises(CommandPendingError):
        await handle.status()
