"""The Volvo clients against the simulator over loopback: login, every endpoint, quirks, errors, limits."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from carconnect.core import (
    FakeClock,
    MemoryTokenStore,
    NotCapableError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ReauthorizationRequiredError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    Token,
)
from carconnect.sim import DEMO_CLIENTS, FaultKind, Simulator
from carconnect.volvo import ALL_SCOPES, AsyncVolvoClient, CommandResult, VolvoAuth, VolvoClient, models

DEMO = DEMO_CLIENTS["volvo"]
API_KEY = DEMO.api_key or ""
Invoke = Callable[..., Any]

READS = (
    "vehicle_details",
    "doors",
    "windows",
    "tyres",
    "odometer",
    "fuel",
    "statistics",
    "engine_status",
    "diagnostics",
    "engine_warnings",
    "brakes",
    "warnings",
    "command_accessibility",
    "commands",
    "energy_capabilities",
    "energy_state",
    "location",
)
COMMANDS = {
    "LOCK": "lock",
    "LOCK_REDUCED_GUARD": "lock_reduced_guard",
    "UNLOCK": "unlock",
    "CLIMATIZATION_START": "start_climatization",
    "CLIMATIZATION_STOP": "stop_climatization",
    "ENGINE_START": "start_engine",
    "ENGINE_STOP": "stop_engine",
    "HONK": "honk",
    "FLASH": "flash",
    "HONK_AND_FLASH": "honk_flash",
}


@pytest.fixture(scope="module")
def sim_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def running(sim_clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=sim_clock) as sim:
        yield sim


@pytest.fixture
def sim(running: Simulator) -> Iterator[Simulator]:
    yield running
    running.reset()
    running.options.update({"volvo_omit_refresh_token": False})


def volvo_auth(sim: Simulator, clock: FakeClock, scopes: Iterable[str] = ALL_SCOPES) -> VolvoAuth:
    """The simulator's demo application, logging in at the simulated Volvo ID."""
    assert DEMO.client_secret is not None
    return VolvoAuth(
        DEMO.client_id,
        DEMO.client_secret,
        redirect_uri=DEMO.redirect_uri,
        scopes=scopes,
        base_url=sim.url("volvo", "auth"),
        clock=clock,
    )


@pytest.fixture
def auth(sim: Simulator, sim_clock: FakeClock) -> Iterator[VolvoAuth]:
    with volvo_auth(sim, sim_clock) as volvo_id:
        yield volvo_id


def login(auth: VolvoAuth) -> Token:
    """Open the login URL (the simulator consents at once), follow the redirect, exchange the code."""
    request = auth.authorization_request()
    consent = httpx.get(request.url)
    assert consent.status_code == 302
    return auth.exchange_code(request, consent.headers["location"])


@pytest.fixture
def token(auth: VolvoAuth) -> str:
    """A fresh access token (a bare string: a ``Token`` would be checked against the system clock)."""
    return login(auth).access_token


@pytest.fixture
def vins(sim: Simulator) -> list[str]:
    return [vehicle.vin for vehicle in sim.fleet.vehicles("volvo")]


@pytest.fixture(params=["sync", "async"])
def invoke(request: pytest.FixtureRequest, sim: Simulator, token: str, sim_clock: FakeClock) -> Iterator[Invoke]:
    """Call client methods by name on one sync or async client (no retries: answers surface as sent)."""
    options: dict[str, Any] = {
        "api_key": API_KEY,
        "base_url": sim.url("volvo"),
        "clock": sim_clock,
        "retry": RetryPolicy.disabled(),
    }
    if request.param == "sync":
        with VolvoClient(token, **options) as volvo:
            yield lambda name, *args: getattr(volvo, name)(*args)
        return
    with asyncio.Runner() as runner:
        asynchronous = AsyncVolvoClient(token, **options)

        async def call(name: str, *args: Any) -> Any:
            return await getattr(asynchronous, name)(*args)

        yield lambda name, *args: runner.run(call(name, *args))
        runner.run(asynchronous.aclose())


# ---- login -> calls -> refresh ----------------------------------------------------------------


@pytest.mark.parametrize("omit_refresh_token", [False, True], ids=["rotating", "no-new-refresh-token"])
def test_login_calls_and_refresh(
    sim: Simulator, auth: VolvoAuth, sim_clock: FakeClock, omit_refresh_token: bool
) -> None:
    sim.options.update({"volvo_omit_refresh_token": omit_refresh_token})
    store = MemoryTokenStore(login(auth))
    manager = auth.token_manager(store)
    with VolvoClient(manager, api_key=API_KEY, base_url=sim.url("volvo"), clock=sim_clock) as volvo:
        vins = [vehicle.vin for vehicle in volvo.vehicles()]
        assert len(vins) == 3
        first = store.load()
        for _ in range(2):
            sim_clock.advance(300)  # past the 299 s access token
            assert volvo.doors(vins[0]).central_lock is not None
        assert manager.refresh_count == 2
    saved = store.load()
    assert saved is not None
    assert first is not None
    assert saved.access_token != first.access_token
    assert (saved.refresh_token == first.refresh_token) is omit_refresh_token


async def test_async_login_calls_and_refresh(sim: Simulator, auth: VolvoAuth, sim_clock: FakeClock) -> None:
    request = auth.authorization_request()
    async with httpx.AsyncClient() as browser:
        consent = await browser.get(request.url)
    manager = auth.token_manager(await auth.aexchange_code(request, consent.headers["location"]))
    async with AsyncVolvoClient(manager, api_key=API_KEY, base_url=sim.url("volvo"), clock=sim_clock) as volvo:
        vin = (await volvo.vehicles())[0].vin
        sim_clock.advance(300)
        assert isinstance(await volvo.odometer(vin), models.Odometer)
    assert manager.refresh_count == 1
    await auth.aclose()


def test_revoked_login_must_log_in_again(sim: Simulator, auth: VolvoAuth) -> None:
    token = login(auth)
    assert token.refresh_token is not None
    auth.revoke(token.refresh_token)
    with pytest.raises(ReauthorizationRequiredError):
        auth.refresh(token)


# ---- every endpoint ----------------------------------------------------------------------------


def test_every_endpoint(invoke: Invoke, vins: list[str]) -> None:
    assert [vehicle.vin for vehicle in invoke("vehicles")] == vins
    for vin in vins:
        for name in READS:
            assert invoke(name, vin) is not None
        offered = {COMMANDS[str(item.command)] for item in invoke("commands", vin)}
        for name in COMMANDS.values():
            if name in offered:
                outcome = invoke(name, vin)
                assert isinstance(outcome, CommandResult)
                assert outcome.succeeded, (vin, name, outcome)
            else:
                with pytest.raises(NotCapableError):
                    invoke(name, vin)


def test_commands_reach_the_car(sim: Simulator, invoke: Invoke, vins: list[str]) -> None:
    diesel = vins[2]
    assert invoke("unlock", diesel).ready_to_unlock is True
    assert invoke("doors", diesel).central_lock.value == models.LockStatus.UNLOCKED
    lock = invoke("lock", diesel)
    assert (lock.invoke_status, lock.succeeded) == ("DELIVERED", True)
    invoke("start_engine", diesel, 5)
    assert invoke("engine_status", diesel).engine_status.value == models.EngineState.RUNNING
    assert sim.deliveries.count("volvo", command="engine_start") == 1


# ---- quirks ------------------------------------------------------------------------------------


def test_quirks_parse(sim: Simulator, invoke: Invoke, vins: list[str]) -> None:
    electric, hybrid, diesel = vins
    tyres = invoke("tyres", diesel)
    assert tyres.front_left.value == models.TyrePressureWarning.UNSPECIFIED
    assert invoke("windows", diesel).sunroof.value == models.OpenStatus.UNSPECIFIED
    doors = invoke("doors", electric)
    assert doors.central_lock.unit is None
    fuel = invoke("fuel", hybrid)
    assert isinstance(fuel.fuel_amount.value, float)  # sent as a string
    assert isinstance(fuel.battery_charge_level.value, float)
    accessibility = invoke("command_accessibility", electric).availability_status
    assert isinstance(accessibility.timestamp, datetime)  # seven fractional digits
    assert accessibility.timestamp.utcoffset() is not None
    assert isinstance(invoke("odometer", electric).odometer.timestamp, datetime)  # microseconds
    assert invoke("diagnostics", diesel).service_trigger is None
    state = invoke("energy_state", electric)
    assert isinstance(state.charging_power, models.EnergyPropertyError)
    assert state.charging_power.code == models.EnergyPropertyErrorCode.PROPERTY_NOT_FOUND
    hybrid_state = invoke("energy_state", hybrid)
    assert isinstance(hybrid_state.electric_range, models.EnergyPropertyError)
    assert isinstance(hybrid_state.charging_status, models.ChargingStatusValue)
    assert invoke("energy_capabilities", diesel).is_supported is False


def test_a_sleeping_car_answers_vehicle_in_sleep(sim: Simulator, invoke: Invoke, vins: list[str]) -> None:
    sim.fleet.set_asleep("volvo", vins[0])
    outcome = invoke("honk", vins[0])
    assert (outcome.invoke_status, outcome.succeeded) == ("VEHICLE_IN_SLEEP", False)
    status = invoke("command_accessibility", vins[0]).availability_status
    assert status.unavailable_reason == models.UnavailableReason.POWER_SAVING_MODE


def test_unknown_enum_values_and_nulls_do_not_break_parsing(sim: Simulator, invoke: Invoke, vins: list[str]) -> None:
    sim.faults.add("unknown_enum", brand="volvo", path="/connected-vehicle/v2/vehicles/{vin}/doors", times=1)
    hood = invoke("doors", vins[0]).hood
    assert isinstance(hood.value, models.OpenStatus)
    assert not hood.value.is_known
    sim.faults.add("null_fields", brand="volvo", path="/connected-vehicle/v2/vehicles/{vin}/windows", times=1)
    assert invoke("windows", vins[0]) is not None


# ---- errors ------------------------------------------------------------------------------------


def test_error_mapping(sim: Simulator, invoke: Invoke, vins: list[str]) -> None:
    with pytest.raises(NotFoundError, match="YV1UNKNOWNVIN0000 not found") as unknown:
        invoke("doors", "YV1UNKNOWNVIN0000")
    assert not isinstance(unknown.value, NotCapableError)
    with pytest.raises(NotCapableError, match="not supported by this vehicle"):
        invoke("start_engine", vins[0])
    sim.faults.add("rate_limit", brand="volvo", host="api", times=1, retry_after=30)
    with pytest.raises(RateLimitError) as limited:
        invoke("odometer", vins[0])
    assert limited.value.retry_after == 30
    sim.faults.add("error", brand="volvo", host="api", times=1, status=500)
    with pytest.raises(ServerError):
        invoke("energy_state", vins[0])
    quota_fault = sim.faults.add("quota", brand="volvo", host="api", retry_after=3600)
    with pytest.raises(QuotaExceededError) as quota:
        invoke("odometer", vins[0])
    assert quota.value.retry_after == 3600
    with pytest.raises(QuotaExceededError) as refused:
        invoke("doors", vins[0])  # the application's quota is spent: refused locally
    assert refused.value.details["local"] is True
    assert quota_fault.fired == 1


def test_bad_api_key_and_missing_scope(sim: Simulator, auth: VolvoAuth, sim_clock: FakeClock, vins: list[str]) -> None:
    token = login(auth).access_token
    with (
        VolvoClient(token, api_key="wrong", base_url=sim.url("volvo"), clock=sim_clock) as volvo,
        pytest.raises(PermissionDeniedError, match="VCC-API-KEY") as bad_key,
    ):
        volvo.doors(vins[0])
    assert bad_key.value.code == "invalid_api_key"
    with (
        volvo_auth(sim, sim_clock, ["conve:doors_status", "conve:lock_status"]) as narrow,
        VolvoClient(login(narrow).access_token, api_key=API_KEY, base_url=sim.url("volvo"), clock=sim_clock) as volvo,
    ):
        assert volvo.doors(vins[0]) is not None
        with pytest.raises(PermissionDeniedError):
            volvo.location(vins[0])


# ---- commands are delivered once ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "status", "error"),
    [("non_json", 502, ServerError), ("non_json", 503, ServerError), ("non_json", 504, ServerError),
     ("truncate", None, ResponseParseError)],
)  # fmt: skip
def test_a_command_that_reached_the_car_is_not_sent_again(
    sim: Simulator, token: str, vins: list[str], kind: FaultKind, status: int | None, error: type[Exception]
) -> None:
    """The car honked, then the answer broke on the way back: the caller hears of it, the car honks once."""
    fault = sim.faults.add(kind, brand="volvo", method="POST", path="**/commands/honk", status=status)
    with VolvoClient(token, api_key=API_KEY, base_url=sim.url("volvo")) as volvo, pytest.raises(error):
        volvo.honk(vins[0])
    assert fault.fired == 1
    assert sim.deliveries.count("volvo", command="honk") == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_failed_command_is_not_sent_again(sim: Simulator, token: str, vins: list[str], status: int) -> None:
    fault = sim.faults.add("error", brand="volvo", method="POST", path="**/commands/lock", status=status)
    with VolvoClient(token, api_key=API_KEY, base_url=sim.url("volvo")) as volvo, pytest.raises(ServerError):
        volvo.lock(vins[0])
    assert fault.fired == 1
    assert sim.deliveries.count("volvo") == 0


# ---- limits ------------------------------------------------------------------------------------


def test_a_polling_loop_never_earns_a_429(sim: Simulator, token: str, sim_clock: FakeClock, vins: list[str]) -> None:
    """Client and simulator share one clock: waiting for the limiter moves Volvo's windows too."""
    started = sim_clock.monotonic()
    with VolvoClient(
        token, api_key=API_KEY, base_url=sim.url("volvo"), clock=sim_clock, retry=RetryPolicy.disabled()
    ) as volvo:
        for _ in range(120):
            volvo.odometer(vins[0])
        for _ in range(11):
            assert volvo.flash(vins[0]).succeeded
    assert sim.deliveries.count("volvo", command="flash") == 11
    assert sim_clock.monotonic() - started >= 61


def test_without_the_limiter_volvo_answers_429(
    sim: Simulator, token: str, sim_clock: FakeClock, vins: list[str]
) -> None:
    with VolvoClient(
        token,
        api_key=API_KEY,
        base_url=sim.url("volvo"),
        clock=sim_clock,
        retry=RetryPolicy.disabled(),
        rate_limit=False,
    ) as volvo:
        for _ in range(100):
            volvo.odometer(vins[0])
        with pytest.raises(RateLimitError) as refused:
            volvo.odometer(vins[0])
    assert refused.value.status_code == 429
    assert refused.value.retry_after is not None
