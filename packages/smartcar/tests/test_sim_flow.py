"""End to end over loopback against the simulator: login, API calls, refresh, v3, webhooks, limits."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from carconnect.core import (
    Credentials,
    FakeClock,
    MemoryTokenStore,
    NotCapableError,
    PermissionDeniedError,
    RateLimitError,
    Token,
    VehicleStateError,
)
from carconnect.sim import DEMO_CLIENTS, ManualClock, Simulator
from carconnect.sim.brands.smartcar import smartcar_state, webhook_deliveries
from carconnect.smartcar import (
    AsyncSmartcarClient,
    Scope,
    SmartcarAuth,
    SmartcarClient,
    models,
    parse_webhook,
    verify_signature,
)
from carconnect.smartcar.models import v3
from carconnect.smartcar.signals import typed_body

DEMO = DEMO_CLIENTS["smartcar"]
AMT = DEMO.management_token or ""


@pytest.fixture(scope="module")
def running() -> Iterator[Simulator]:
    with Simulator(seed=0, clock=ManualClock()) as sim:
        yield sim


@pytest.fixture
def sim(running: Simulator) -> Iterator[Simulator]:
    yield running
    running.reset()


@pytest.fixture
def clock(sim: Simulator) -> FakeClock:
    """Core's clock, starting where the simulator's clock stands (advance both together)."""
    return FakeClock(start=sim.clock.now())


def advance(sim: Simulator, clock: FakeClock, seconds: float) -> None:
    sim.clock.advance(seconds)
    clock.advance(seconds)


def auth_for(sim: Simulator, clock: FakeClock) -> SmartcarAuth:
    hosts = sim.endpoints("smartcar").hosts
    scopes = [*DEMO.scopes]
    return SmartcarAuth(
        DEMO.client_id,
        DEMO.client_secret or "",
        redirect_uri=DEMO.redirect_uri,
        scopes=scopes,
        hosts=hosts,
        clock=clock,
    )


def client_for(sim: Simulator, clock: FakeClock, credentials: Credentials | None = None) -> SmartcarClient:
    return SmartcarClient(
        credentials if credentials is not None else str(sim.issue_token("smartcar")["access_token"]),
        user_id=sim.fleet.owner("smartcar").id,
        management_token=AMT,
        client_id=DEMO.client_id,
        client_secret=DEMO.client_secret,
        hosts=sim.endpoints("smartcar").hosts,
        clock=clock,
    )


def vehicle_ids(sim: Simulator) -> dict[str, str]:
    return {car.spec.powertrain: car.id for car in sim.fleet.vehicles("smartcar")}


def login(auth: SmartcarAuth) -> tuple[Token, str | None]:
    """Connect in a browser (the simulator consents at once), then the code exchange."""
    request = auth.connect_request()
    with httpx.Client() as browser:
        redirect = browser.get(request.url).headers["location"]
    return auth.exchange_code(request, redirect), SmartcarAuth.user_id_of(redirect)


def test_login_calls_and_refresh_end_to_end(sim: Simulator, clock: FakeClock) -> None:
    auth = auth_for(sim, clock)
    token, user_id = login(auth)
    assert user_id == sim.fleet.owner("smartcar").id
    store = MemoryTokenStore(token)
    manager = auth.token_manager(store)
    bev = vehicle_ids(sim)["BEV"]
    with client_for(sim, clock, manager) as client:
        assert client.user().id == user_id
        assert bev in client.vehicles().vehicles
        odometer = client.odometer(bev)
        assert odometer.data.distance > 0
        assert odometer.meta.unit_system == models.UnitSystem.METRIC
        assert odometer.meta.data_age is not None
        assert client.odometer(bev, unit_system="imperial").data.distance < odometer.data.distance
        assert client.unlock(bev).status == models.ActionStatus.SUCCESS
        advance(sim, clock, 7200)
        assert client.lock_status(bev).data.is_locked is False
        assert manager.refresh_count == 1
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != token.refresh_token, "the rotated refresh token was stored"
    assert sim.deliveries.count("smartcar", bev, "unlock") == 1
    auth.close()


async def test_async_login_and_calls(sim: Simulator, clock: FakeClock) -> None:
    auth = auth_for(sim, clock)
    request = auth.connect_request(single_select_vin=sim.fleet.vehicles("smartcar")[2].vin)
    async with httpx.AsyncClient() as browser:
        redirect = (await browser.get(request.url)).headers["location"]
    token = await auth.aexchange_code(request, redirect)
    ice = vehicle_ids(sim)["ICE"]
    async with AsyncSmartcarClient(
        auth.token_manager(token), hosts=sim.endpoints("smartcar").hosts, clock=clock
    ) as client:
        assert (await client.vehicles()).vehicles == [ice], "single select limited the grant"
        assert (await client.fuel(ice)).data.percent_remaining is not None
        assert [vehicle async for vehicle in client.iter_vehicles(page_size=1)] == [ice]
        assert (await client.lock(ice)).status == models.ActionStatus.SUCCESS
    await auth.aclose()


async def test_v3_with_an_application_token(sim: Simulator, clock: FakeClock) -> None:
    auth = auth_for(sim, clock)
    source = auth.app_token_source()
    bev = vehicle_ids(sim)["BEV"]
    async with AsyncSmartcarClient(
        app_token=source, user_id=sim.fleet.owner("smartcar").id, hosts=sim.endpoints("smartcar").hosts, clock=clock
    ) as client:
        vehicle = await client.v3.vehicle(bev)
        assert vehicle.attributes.powertrain_type == v3.PowertrainType.BEV
        signals = await client.v3.signals(bev)
        assert {signal.id for signal in signals.data} >= {"odometer-traveleddistance", "tractionbattery-stateofcharge"}
        odometer = await client.v3.signal(bev, v3.SignalCode.ODOMETER_TRAVELEDDISTANCE)
        assert odometer.attributes.body is not None
        metric = typed_body(odometer)
        assert isinstance(metric, v3.NumberSignalBody)
        assert metric.unit == "kilometers"
        imperial = typed_body(await client.v3.signal(bev, "odometer-traveleddistance", unit_system="imperial"))
        assert isinstance(imperial, v3.NumberSignalBody)
        assert imperial.unit == "miles", "sc-unit-system: imperial"
        assert isinstance(imperial.value, float)
        assert isinstance(metric.value, float)
        assert abs(imperial.value * 1.609344 - metric.value) < 0.2
        locked = await client.v3.lock(bev)
        assert (locked.finished, locked.succeeded) == (True, True)
        sim.fleet.set_asleep("smartcar", bev)
        woken = await client.v3.unlock(bev)
        assert woken.finished is False, "202: Smartcar woke the car first"
        schedule = await client.v3.set_daily_charge_schedule(
            bev, latitude=37.7, longitude=-122.4, start_time="01:00", stop_time="05:00"
        )
        assert isinstance(schedule.execution.attributes.schedule_id, str)
        assert [c.id async for c in client.v3.iter_connections(page_size=2)].__len__() == 3
        with pytest.raises(NotCapableError):
            await client.v3.signal(vehicle_ids(sim)["ICE"], "tractionbattery-stateofcharge")
    assert source.fetch_count == 1
    await auth.aclose()


def test_batch_with_partial_failures(sim: Simulator, clock: FakeClock) -> None:
    token = sim.issue_token("smartcar", scopes=[Scope.READ_ODOMETER, Scope.READ_FUEL, Scope.READ_VEHICLE_INFO])
    phev, bev = vehicle_ids(sim)["PHEV"], vehicle_ids(sim)["BEV"]
    with client_for(sim, clock, token["access_token"]) as client:
        result = client.batch(phev, ["/odometer", "/fuel", "/", "/battery"])
        assert result.get("/odometer", models.Odometer).data.distance > 0
        assert result.reading("/").data.make == "TOYOTA"
        assert result.reading("/fuel").meta.unit_system == models.UnitSystem.METRIC
        assert isinstance(result.errors["/battery"], PermissionDeniedError)
        assert isinstance(client.batch(bev, ["/fuel"]).errors["/fuel"], NotCapableError)


def test_commands_are_not_re_sent_and_reads_are_retried(sim: Simulator, clock: FakeClock) -> None:
    bev = vehicle_ids(sim)["BEV"]
    command_fault = sim.faults.add(
        "rate_limit", brand="smartcar", method="POST", path="/v2.0/vehicles/*/security", retry_after=1
    )
    read_fault = sim.faults.add(
        "rate_limit", brand="smartcar", path="/v2.0/vehicles/*/odometer", retry_after=2, times=1
    )
    upstream_fault = sim.faults.add("error", brand="smartcar", path="/v2.0/vehicles/*/location", status=502, times=1)
    with client_for(sim, clock) as client:
        with pytest.raises(RateLimitError) as caught:
            client.lock(bev)
        assert caught.value.retry_after == 1
        with pytest.raises(RateLimitError) as refused:
            client.odometer(bev)  # within the vehicle's Retry-After: refused locally
        assert refused.value.details["local"] is True
        advance(sim, clock, 1)
        with pytest.raises(RateLimitError) as limited:
            client.odometer(bev)
        assert (limited.value.code, limited.value.retry_after) == ("VEHICLE", 2), "the caller decides when to ask again"
        advance(sim, clock, 2)
        assert client.odometer(bev).data.distance > 0
        assert isinstance(client.location(bev).data.latitude, float)
    assert command_fault.fired == 1, "the command went out once"
    assert (read_fault.fired, upstream_fault.fired) == (1, 1)
    assert len(clock.sleeps) == 1, "only the gateway error was waited out and retried"


def test_vehicle_rate_limit_and_vehicle_state(sim: Simulator, clock: FakeClock) -> None:
    bev = vehicle_ids(sim)["BEV"]
    smartcar_state(sim.state).vehicle_limit = 1
    with client_for(sim, clock) as client:
        client.odometer(bev)
        with pytest.raises(RateLimitError) as limited:
            client.odometer(bev)
        assert (limited.value.code, limited.value.details["type"]) == ("VEHICLE", "RATE_LIMIT")
        assert limited.value.retry_after == 61, "longer than the retry cap: handed to the caller"
        advance(sim, clock, 61)
        sim.fleet.set_asleep("smartcar", bev)
        with pytest.raises(VehicleStateError) as asleep:
            client.location(bev)
        assert asleep.value.code == "ASLEEP"


def test_webhooks_management_and_compatibility(sim: Simulator, clock: FakeClock) -> None:
    bev = vehicle_ids(sim)["BEV"]
    with client_for(sim, clock) as client:
        assert client.subscribe(bev, "hook").webhook_id == "hook"
        delivery = webhook_deliveries(sim.state)[0]
        assert verify_signature(delivery.body, delivery.headers["SC-Signature"], AMT)
        event = parse_webhook(delivery.body)
        assert isinstance(event, v3.VehicleStateEvent)
        assert event.data.vehicle.id == bev
        assert client.unsubscribe(bev, "hook").status == models.ActionStatus.SUCCESS
        assert webhook_deliveries(sim.state) == []
        assert len(list(client.management.iter_connections(page_size=1))) == 3
        assert client.management.delete_connections(vehicle_id=bev).connections[0].vehicle_id == bev
        assert bev not in client.vehicles().vehicles
        vin = sim.fleet.vehicle("smartcar", vehicle_ids(sim)["ICE"]).vin
        compatibility = client.compatibility(vin, [Scope.READ_FUEL, Scope.READ_BATTERY])
        found = [(capability.endpoint, capability.capable) for capability in compatibility.capabilities or []]
        assert found == [
            ("/fuel", True),
            ("/battery", False),
            ("/battery/capacity", False),
            ("/battery/nominal_capacity", False),
        ], "one capability per endpoint"
        assert "CHEVROLET" in client.compatibility_matrix("US").additional_keys
