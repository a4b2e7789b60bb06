"""FordConnect Query: every endpoint, sync and async, on respx and on the simulator."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from carconnect.core import FakeClock, NotFoundError, RateLimitError, RetryPolicy, Token
from carconnect.ford import QUERY_API_URL, AsyncFordClient, FordAuth, FordClient
from carconnect.ford.models import query
from carconnect.sim import Simulator

Q = QUERY_API_URL

READS: list[tuple[str, str, Any, type[Any]]] = [
    ("garage", "/garage", {"vin": "3FMTK3SU0PM000001", "engineType": "BEV", "modelYear": "2023"}, query.Garage),
    ("telemetry", "/telemetry", {"updateTime": "2026-01-01T08:00:00Z", "metrics": {}}, query.Telemetry),
    (
        "health_alerts",
        "/vehicle-health/alerts",
        {"VehicleAlertList": [{"ActiveAlerts": []}]},
        query.VehicleHealthAlerts,
    ),
    ("wallbox", "/wallbox", {"chargeStationId": "cs-1"}, query.Wallbox),
    ("departure_times", "/electric/departure-times", {"departureTimes": []}, query.DepartureTimes),
    ("charge_schedules", "/electric/charge-schedules", {"chargeSchedules": []}, query.ChargeSchedules),
]


@pytest.mark.parametrize(("method", "path", "body", "model"), READS, ids=[read[0] for read in READS])
async def test_every_read_returns_its_model(
    make: Any, run: Any, router: respx.MockRouter, method: str, path: str, body: Any, model: type[Any]
) -> None:
    route = router.get(Q + path).respond(json=body)
    client = make("query")
    result = await run(getattr(client, method)())
    assert isinstance(result, model)
    request = route.calls.last.request
    assert request.headers["Authorization"] == "Bearer access-token-1"
    assert "Application-Id" not in request.headers


async def test_charging_sessions_sends_the_date_range(make: Any, run: Any, router: respx.MockRouter) -> None:
    route = router.get(Q + "/fccs").respond(json={"sessions": []})
    client = make("query")
    result = await run(client.charging_sessions(date(2026, 1, 1), "2026-01-31", charging_station_id="cs-1"))
    assert isinstance(result, query.ChargingSessions)
    request = route.calls.last.request
    assert request.url.params["startDate"] == "2026-01-01"
    assert request.url.params["endDate"] == "2026-01-31"
    assert request.headers["chargingStationId"] == "cs-1"


async def test_charging_sessions_sends_a_datetime_as_its_date(make: Any, run: Any, router: respx.MockRouter) -> None:
    """A ``datetime`` is a ``date`` too: it goes out as ``YYYY-MM-DD``, never as an ISO timestamp."""
    route = router.get(Q + "/fccs").respond(json={"sessions": []})
    client = make("query")
    await run(client.charging_sessions(datetime(2026, 1, 1, 5, 30, tzinfo=UTC), datetime(2026, 1, 31, 23, 59)))
    request = route.calls.last.request
    assert request.url.params["startDate"] == "2026-01-01"
    assert request.url.params["endDate"] == "2026-01-31"


async def test_429_is_waited_for_with_retry_after(make: Any, run: Any, router: respx.MockRouter, clock: Any) -> None:
    limited = httpx.Response(
        429, json={"statusCode": 429, "message": "Rate limit is exceeded."}, headers={"Retry-After": "31"}
    )
    route = router.get(Q + "/garage").mock(side_effect=[limited, httpx.Response(200, json={"vin": "V"})])
    garage = await run(make("query").garage())
    assert garage.vin == "V"
    assert route.call_count == 2
    assert 31.0 in clock.sleeps


async def test_429_beyond_a_minute_raises_with_retry_after(make: Any, run: Any, router: respx.MockRouter) -> None:
    body = {"statusCode": 429, "message": "Rate limit is exceeded. Try again in 120 seconds."}
    router.get(Q + "/telemetry").respond(429, json=body, headers={"Retry-After": "120"})
    with pytest.raises(RateLimitError) as caught:
        await run(make("query", retry=RetryPolicy(jitter=0.0)).telemetry())
    assert caught.value.retry_after == 120.0
    assert caught.value.code is None  # the gateway repeats the HTTP status: no code of its own


# ---- on the simulator --------------------------------------------------------------------------------


async def test_every_endpoint_on_the_simulator(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("query")
    garage = await run(client.garage())
    consented = sim.fleet.vehicle("ford", garage.vin)
    assert garage.engine_type is query.EngineType.BEV
    assert garage.model_year == str(consented.spec.year)
    telemetry = await run(client.telemetry())
    assert isinstance(telemetry.metrics.odometer, query.NumberMetric)
    assert isinstance(telemetry.metrics.door_lock_status, list)
    assert telemetry.metrics.door_lock_status[0].value is query.DoorLockState.LOCKED
    assert isinstance(await run(client.health_alerts()), query.VehicleHealthAlerts)
    assert isinstance(await run(client.wallbox()), query.Wallbox)
    assert isinstance(await run(client.departure_times()), query.DepartureTimes)
    assert isinstance(await run(client.charge_schedules()), query.ChargeSchedules)
    sessions = await run(client.charging_sessions(date(2026, 1, 1), date(2026, 1, 31)))
    assert sessions["sessions"][0]["startDate"] == "2026-01-01"


async def test_simulator_rate_limit_surfaces_retry_after(sim_client: Any, run: Any) -> None:
    client = sim_client("query", retry=RetryPolicy.disabled())
    for _ in range(30):  # the simulator allows 30 calls a minute per consent
        await run(client.garage())
    with pytest.raises(RateLimitError) as caught:
        await run(client.garage())
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 0


async def test_simulator_ev_only_data_on_a_petrol_car_is_not_found(
    kind: str, run: Any, shut: Any, sim: Simulator, query_login: tuple[FordAuth, Token], clock: FakeClock
) -> None:
    """Consent to the petrol car on the simulator's consent page, then ask for EV data."""
    auth = query_login[0]
    petrol = next(vehicle for vehicle in sim.fleet.vehicles("ford") if not vehicle.is_electric)
    sim.options.consent = "page"
    login = auth.authorization_request()
    form = {key: values[0] for key, values in parse_qs(urlsplit(login.url).query).items()}
    page = httpx.post(login.url.split("?")[0], data={**form, "decision": "approve", "vehicle": petrol.id})
    token = auth.exchange_code(login, page.headers["location"])
    cls = FordClient if kind == "sync" else AsyncFordClient
    client = cls(auth.token_manager(token), base_url=sim.endpoints("ford").apis["query"], clock=clock)
    assert (await run(client.garage())).vin == petrol.vin
    for method in ("wallbox", "departure_times", "charge_schedules"):
        with pytest.raises(NotFoundError):
            await run(getattr(client, method)())
    await shut(client)
