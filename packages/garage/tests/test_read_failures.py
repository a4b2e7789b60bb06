"""One read that fails costs only its own fields: a Volvo login without the restricted ``location:read``
scope still reads the rest of a status, events and fleet statuses; capabilities follow the login's
scopes where they are known; a car's own rate limit (Smartcar) leaves its fields unknown without calls."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from carconnect.core import AccessTokenCallback, FakeClock, NotCapableError, PermissionDeniedError, ServerError, Token
from carconnect.garage import Availability, Command, Field, Garage, Update
from carconnect.sim import DEMO_CLIENTS, Simulator

from .conftest import BRANDS, Requests, client_of

Clients = Callable[..., Any]


def needs(brand: str) -> None:
    if brand not in BRANDS:
        pytest.skip(f"carconnect-{brand} is not installed")


class Paths:
    """The paths a client's requests went to (an ``event_hooks`` request hook)."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.sent.append(request.url.path)

    def to(self, suffix: str) -> int:
        return sum(path.endswith(suffix) for path in self.sent)


def volvo_without_location(sim: Simulator, clock: FakeClock, paths: Paths, *, scopes_known: bool) -> Any:
    """A Volvo client whose login has Volvo's default scopes (no ``location:read``, ``conve:lock``,
    ``conve:unlock``); its token source knows them (a ``Token``) or not (a token callback)."""
    from carconnect.volvo import DEFAULT_SCOPES, AsyncVolvoClient

    scopes = [str(scope) for scope in DEFAULT_SCOPES]

    async def token() -> str:
        return str(sim.issue_token("volvo", scopes=scopes)["access_token"])

    credentials: Any = AccessTokenCallback(aget=token)
    if scopes_known:
        credentials = Token(sim.issue_token("volvo", scopes=scopes)["access_token"], scopes=tuple(scopes))
    return AsyncVolvoClient(
        credentials,
        api_key=DEMO_CLIENTS["volvo"].api_key or "",
        base_url=sim.url("volvo"),
        clock=clock,
        event_hooks={"request": [paths]},
    )


async def test_a_volvo_login_without_location_read_still_reads_every_other_field(
    sim: Simulator, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    needs("volvo")
    paths = Paths()
    caplog.set_level(logging.DEBUG, logger="carconnect.garage")
    async with Garage([volvo_without_location(sim, clock, paths, scopes_known=False)]) as garage:
        cars = await garage.vehicles()
        car = cars[0]
        assert Field.LOCATION in car.capabilities.reads  # the callback's scopes are not known
        first = await car.status()
        second = await car.status()
        fleet = [result async for result in garage.statuses(cars)]
    for status in (first, second):
        assert status.odometer.is_known
        assert status.locked.is_known
        assert status.location.availability is Availability.NOT_SUPPORTED
        assert "location:read" in (status.location.reason or "")
        assert "request id" not in (status.location.reason or "")
    assert first.location == second.location  # the same refusal is the same reading
    assert all(result.ok and result.value is not None for result in fleet)
    assert all(result.value.location.availability is Availability.NOT_SUPPORTED for result in fleet if result.value)
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1  # once, however often the read is refused
    assert "location" in warnings[0].getMessage()


async def test_volvo_events_poll_on_without_location_read(sim: Simulator, clock: FakeClock) -> None:
    needs("volvo")
    async with Garage([volvo_without_location(sim, clock, Paths(), scopes_known=False)]) as garage:
        car = (await garage.vehicles())[0]
        stream = car.events(fields=[Field.ODOMETER, Field.LOCATION])
        updates: list[Update] = [await anext(stream), await anext(stream)]
        sim.fleet.vehicle("volvo", car.id).odometer_km += 5
        later = await anext(stream)
        await stream.aclose()
    by_field = {update.field: update.reading for update in updates}
    assert by_field[Field.ODOMETER].is_known
    assert by_field[Field.LOCATION].availability is Availability.NOT_SUPPORTED
    assert later.field is Field.ODOMETER  # the unchanged refusal is not reported again


async def test_known_scopes_leave_location_and_the_lock_commands_out_of_a_volvos_capabilities(
    sim: Simulator, clock: FakeClock
) -> None:
    needs("volvo")
    paths = Paths()
    async with Garage([volvo_without_location(sim, clock, paths, scopes_known=True)]) as garage:
        car = (await garage.vehicles())[0]
        status = await car.status()
        with pytest.raises(NotCapableError):
            await car.lock()
    assert Field.LOCATION not in car.capabilities.reads
    assert {Command.LOCK, Command.UNLOCK}.isdisjoint(car.capabilities.commands)
    assert Command.START_CLIMATE in car.capabilities.commands  # its scope is granted
    assert "scopes" in car.capabilities.source
    assert status.location.availability is Availability.NOT_SUPPORTED
    assert status.odometer.is_known
    assert paths.to("/location") == 0
    assert paths.to("/commands/lock") == 0


async def test_a_failing_volvo_read_leaves_its_fields_unknown_and_the_others_read(
    clients: Clients, sim: Simulator
) -> None:
    needs("volvo")
    async with clients("volvo") as found, Garage(found.values()) as garage:
        car = (await garage.vehicles())[0]
        sim.faults.add("error", brand="volvo", method="GET", path="**/location", status=500)
        sim.faults.add("error", brand="volvo", method="GET", path="**/windows", status=404)
        status = await car.status()
        with pytest.raises(ServerError):
            await car.status([Field.LOCATION])  # nothing was read: the error is the answer
        alone = await car.status([Field.WINDOWS])  # only a read the car does not offer
    assert status.odometer.is_known
    assert status.doors.is_known
    assert status.location.availability is Availability.UNKNOWN
    assert "500" in (status.location.reason or "")
    assert status.windows.availability is Availability.NOT_SUPPORTED
    assert alone.windows.availability is Availability.NOT_SUPPORTED


async def test_a_throttled_smartcar_reads_unknown_without_calls_until_its_retry_after(
    sim: Simulator, clock: FakeClock, requests: Requests
) -> None:
    needs("smartcar")
    async with Garage([client_of("smartcar", sim, clock, requests)]) as garage:
        car = (await garage.vehicles())[0]
        throttled = None
        for _ in range(60):  # Smartcar's 60 requests a vehicle a minute, each batch path counted
            status = await car.status()
            if "VEHICLE" in (status.odometer.reason or ""):
                throttled = status
                break
        assert throttled is not None, "the simulated car was never throttled"
        sent = requests.sent["smartcar"]
        later = [await car.status() for _ in range(3)]
        assert requests.sent["smartcar"] == sent  # refused locally, unsent
        clock.advance(61)
        recovered = await car.status()
    assert throttled.odometer.availability is Availability.UNKNOWN
    for status in later:
        assert status.odometer.availability is Availability.UNKNOWN
        assert "refused locally" in (status.odometer.reason or "")
    assert recovered.odometer.is_known


async def test_a_rejected_volvo_api_key_is_raised_not_read_as_unsupported_fields(
    clients: Clients, sim: Simulator
) -> None:
    needs("volvo")
    rejected = {"status": 401, "error": {"message": "Access denied due to invalid VCC-API-KEY."}}
    async with clients("volvo") as found, Garage(found.values()) as garage:
        car = (await garage.vehicles())[0]
        sim.faults.add("error", brand="volvo", method="GET", path="**", status=401, body=rejected)
        with pytest.raises(PermissionDeniedError) as raised:
            await car.status([Field.ODOMETER, Field.LOCATION])
    assert raised.value.code == "invalid_api_key"
