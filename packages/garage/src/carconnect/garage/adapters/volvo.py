"""Volvo through the common API: Connected Vehicle v2, Energy v2 and Location v1 (``AsyncVolvoClient``).

Capabilities come from Volvo's own answers: the drivetrain (``fuelType``) in the vehicle details, the
command list, command accessibility and the Energy API's capabilities; the vehicle details also give
the steering side (``driver_side``), though Volvo names doors and windows by side itself. A status
reads only the endpoints that hold the requested fields; the range follows the drivetrain (see
:func:`remaining_range`), the battery level comes from the Energy API, else Connected Vehicle ``/fuel``
(see :func:`battery_level`). Commands answer in their own request with Volvo's ``invokeStatus`` (see
:mod:`.volvo_outcomes`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from carconnect.core import (
    ApiError,
    CarConnectError,
    NotCapableError,
    PermissionDeniedError,
)

from ..model import (
    Capabilities,
    ChargingState,
    Command,
    CommandOutcome,
    Field,
    Location,
    Openings,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)
from ..units import Kind, Quantity
from .base import (
    COMMAND_FAILURES,
    READ_ERRORS,
    Adapter,
    describe,
    driver_side,
    failed_read,
    flag,
    logger,
    mapping,
    measured,
    newest,
    not_offered,
    parse_time,
    refused,
)
from .volvo_outcomes import outcome_of

COMMANDS: Mapping[Command, tuple[str, str]] = {
    Command.LOCK: ("LOCK", "lock"),
    Command.UNLOCK: ("UNLOCK", "unlock"),
    Command.START_CLIMATE: ("CLIMATIZATION_START", "start_climatization"),
    Command.STOP_CLIMATE: ("CLIMATIZATION_STOP", "stop_climatization"),
    Command.HONK_FLASH: ("HONK_AND_FLASH", "honk_flash"),
}
"""Common command -> (Volvo's command name in its command list, the client method)."""

COMMAND_SCOPES: Mapping[Command, str] = {
    Command.LOCK: "conve:lock",
    Command.UNLOCK: "conve:unlock",
    Command.START_CLIMATE: "conve:climatization_start_stop",
    Command.STOP_CLIMATE: "conve:climatization_start_stop",
    Command.HONK_FLASH: "conve:honk_flash",
}
"""The scope each command needs (Volvo answers 403 without it)."""

READ_SCOPES: Mapping[Field, str] = {Field.LOCATION: "location:read"}
"""Restricted scopes a field's read needs: Volvo grants them to an application on request only, so
a login often lacks them (Volvo answers 403). A field the login's known scopes lack is left out of
the car's capabilities."""

API_KEY_REFUSED = "invalid_api_key"
"""The code of Volvo's 403 for an API key it does not accept (carconnect-volvo's): the application's
configuration, not a read the login or car lacks."""

DAILY_CALLS = 10_000
"""Volvo's daily call volume per application (its 403 "Out of call volume quota" beyond)."""

ENERGY_READS: Mapping[str, Field] = {
    "batteryChargeLevel": Field.BATTERY_LEVEL,
    "electricRange": Field.RANGE,
    "chargerConnectionStatus": Field.PLUGGED_IN,
    "chargingSystemStatus": Field.CHARGING,
    "chargingStatus": Field.CHARGING,
    "chargingPower": Field.CHARGING_POWER,
}
"""Energy API capability names -> the field each one makes readable."""

ELECTRIFIED = "ELECTRIC"
"""In the ``fuelType`` of every car with a traction battery (``ELECTRIC``, ``PETROL/ELECTRIC``,
``DIESEL/ELECTRIC``; the EX30's ``NONE`` too, see :data:`BATTERY_ELECTRIC`): Connected Vehicle
``/fuel`` carries its ``batteryChargeLevel`` where Volvo has it, whatever the Energy API supports."""

CALLS: Mapping[Field, str] = {
    Field.ODOMETER: "odometer",
    Field.FUEL_AMOUNT: "fuel",
    Field.BATTERY_LEVEL: "energy_state",
    Field.RANGE: "energy_state",
    Field.CHARGING: "energy_state",
    Field.CHARGING_POWER: "energy_state",
    Field.PLUGGED_IN: "energy_state",
    Field.LOCATION: "location",
    Field.LOCKED: "doors",
    Field.DOORS: "doors",
    Field.WINDOWS: "windows",
}
"""Which client read holds each field (one call per distinct read)."""

BATTERY_ELECTRIC = frozenset({"ELECTRIC", "NONE"})
"""``fuelType`` values (vehicle details) of a battery-electric Volvo: no tank (the EX30 reports ``NONE``).
Every other value (``PETROL``, ``DIESEL``, the plug-in hybrids' ``PETROL/ELECTRIC`` and ``DIESEL/ELECTRIC``)
is a car with a tank."""

CHARGING_STATES: Mapping[str, ChargingState] = {
    "CHARGING": ChargingState.CHARGING,
    "DONE": ChargingState.FULLY_CHARGED,
    "IDLE": ChargingState.NOT_CHARGING,
    "SCHEDULED": ChargingState.NOT_CHARGING,
    "SMART_CHARGING": ChargingState.NOT_CHARGING,
    "DISCHARGING": ChargingState.DISCHARGING,
    "FAULT": ChargingState.FAULT,
    "ERROR": ChargingState.FAULT,
}

DOORS = {
    "frontLeftDoor": "front_left",
    "frontRightDoor": "front_right",
    "rearLeftDoor": "rear_left",
    "rearRightDoor": "rear_right",
    "hood": "hood",
    "tailgate": "tailgate",
}
WINDOWS = {
    "frontLeftWindow": "front_left",
    "frontRightWindow": "front_right",
    "rearLeftWindow": "rear_left",
    "rearRightWindow": "rear_right",
    "sunroof": "sunroof",
}


# -- Volvo JSON (without the ``data`` envelope) -> readings ---------------------------------------


def value_reading(kind: Kind, item: object, what: str) -> Reading[Quantity]:
    """A Connected Vehicle ``{value, unit, timestamp}`` object."""
    found = mapping(item)
    if not found:
        return Reading.unknown(f"Volvo sent no {what}")
    return measured(kind, found.get("value"), found.get("unit"), parse_time(found.get("timestamp")), what)


def energy_item(state: Mapping[str, Any], name: str) -> tuple[Reading[Any] | None, Mapping[str, Any]]:
    """An Energy v2 ``{status, value, unit, updatedAt}`` item: a reading when it has no value, else the item."""
    item = mapping(state.get(name))
    if not item:
        return Reading.unknown(f"Volvo sent no {name}"), item
    if item.get("status") != "OK":
        code = str(item.get("code") or "ERROR")
        message = f"Volvo: {name} {code}" + (f" ({item['message']})" if item.get("message") else "")
        if code == "NOT_SUPPORTED":
            return Reading.not_supported(message), item
        return Reading.unknown(message), item
    return None, item


def energy_quantity(state: Mapping[str, Any], name: str, kind: Kind) -> Reading[Quantity]:
    missing, item = energy_item(state, name)
    if missing is not None:
        return missing
    return measured(kind, item.get("value"), item.get("unit"), parse_time(item.get("updatedAt")), name)


def charging(state: Mapping[str, Any]) -> Reading[ChargingState]:
    missing, item = energy_item(state, "chargingStatus")
    if missing is not None:
        return missing
    found = CHARGING_STATES.get(str(item.get("value")))
    if found is None:
        return Reading.unknown(f"Volvo charging status {item.get('value')!r}")
    return Reading.known(found, parse_time(item.get("updatedAt")))


def plugged_in(state: Mapping[str, Any]) -> Reading[bool]:
    missing, item = energy_item(state, "chargerConnectionStatus")
    if missing is not None:
        return missing
    stamp = parse_time(item.get("updatedAt"))
    return flag(item.get("value"), stamp, true={"connected"}, false={"disconnected"}, what="charger connection")


def openings(data: Mapping[str, Any], names: Mapping[str, str], what: str) -> Reading[Openings]:
    found: dict[str, bool] = {}
    stamps = []
    for key, position in names.items():
        item = mapping(data.get(key))
        value = str(item.get("value", "")).upper()
        if value in {"OPEN", "AJAR"} or value == "CLOSED":
            found[position] = value != "CLOSED"
            stamps.append(parse_time(item.get("timestamp")))
    if not found:
        return Reading.unknown(f"Volvo reported no {what} state")
    return Reading.known(found, newest(stamps))


def locked(doors: Mapping[str, Any]) -> Reading[bool]:
    item = mapping(doors.get("centralLock"))
    stamp = parse_time(item.get("timestamp"))
    return flag(item.get("value"), stamp, true={"locked"}, false={"unlocked"}, what="central lock")


def location(feature: Mapping[str, Any]) -> Reading[Location]:
    coordinates = mapping(feature.get("geometry")).get("coordinates")
    properties = mapping(feature.get("properties"))
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        return Reading.unknown("Volvo sent no position")
    heading = properties.get("heading")
    try:
        bearing = float(heading) if heading not in (None, "") else None
    except (TypeError, ValueError):
        bearing = None
    position = Location(latitude=float(coordinates[1]), longitude=float(coordinates[0]), heading=bearing)
    return Reading.known(position, parse_time(properties.get("timestamp")))


def battery_level(energy: Mapping[str, Any], fuel: Mapping[str, Any] | None) -> Reading[Quantity]:
    """The Energy API's ``batteryChargeLevel``, else Connected Vehicle ``/fuel``'s (``fuel``: its body,
    ``None`` when not read), the only one older plug-in hybrids report."""
    found = energy_quantity(energy, "batteryChargeLevel", Kind.RATIO)
    if found.is_known or fuel is None:
        return found
    fallback = value_reading(Kind.RATIO, fuel.get("batteryChargeLevel"), "battery charge level")
    if fallback.is_known:
        return fallback
    return Reading.unknown(f"{fallback.reason} in /fuel; Energy API: {found.reason}")


def remaining_range(energy: Mapping[str, Any], statistics: Mapping[str, Any], *, electric: bool) -> Reading[Quantity]:
    """The distance the car says it can still drive, by its drivetrain.

    ``electric`` (a battery-electric car): its electric range, the Energy API's ``electricRange``, else
    the statistics' ``distanceToEmptyBattery``. Otherwise (a combustion car or a plug-in hybrid) the
    statistics' ``distanceToEmptyTank``, the range on fuel: never a hybrid's electric range, even
    when the Energy API was read too.
    """
    if electric:
        found = energy_quantity(energy, "electricRange", Kind.DISTANCE)
        if found.is_known or not statistics:
            return found
        return value_reading(Kind.DISTANCE, statistics.get("distanceToEmptyBattery"), "distance to empty")
    return value_reading(Kind.DISTANCE, statistics.get("distanceToEmptyTank"), "distance to empty (tank)")


def status_from(answers: Mapping[str, Any], fields: frozenset[Field], *, electric: bool = False) -> Status:
    """A :class:`Status` from the JSON bodies of the reads (``odometer``, ``energy_state``, ...) that were made.

    ``electric``: the car is battery-electric (no tank), which decides the range (see :func:`remaining_range`).
    The battery level is the Energy API's, else the one in ``fuel`` (see :func:`battery_level`).
    """
    energy = mapping(answers.get("energy_state"))
    doors = mapping(answers.get("doors"))
    statistics = mapping(answers.get("statistics"))
    status = Status(
        odometer=value_reading(Kind.DISTANCE, mapping(answers.get("odometer")).get("odometer"), "odometer"),
        fuel_level=Reading.not_supported("Volvo reports the amount of fuel, not the level"),
        fuel_amount=value_reading(Kind.VOLUME, mapping(answers.get("fuel")).get("fuelAmount"), "fuel amount"),
        battery_level=battery_level(energy, mapping(answers["fuel"]) if "fuel" in answers else None),
        range=remaining_range(energy, statistics, electric=electric),
        charging=charging(energy),
        charging_power=energy_quantity(energy, "chargingPower", Kind.POWER),
        plugged_in=plugged_in(energy),
        location=location(mapping(answers.get("location"))),
        locked=locked(doors),
        doors=openings(doors, DOORS, "door"),
        windows=openings(mapping(answers.get("windows")), WINDOWS, "window"),
        tyre_pressures=Reading.not_supported("Volvo reports tyre pressure warnings, not pressures"),
    )
    return status.only(fields)


# -- the adapter ----------------------------------------------------------------------------------


def _json(model: Any) -> Any:
    return model.to_dict() if hasattr(model, "to_dict") else model


class VolvoAdapter(Adapter):
    brand = "volvo"
    max_concurrency = 4
    poll_interval = 300.0
    min_poll_interval = 60.0
    daily_calls = DAILY_CALLS

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self._refusals_logged: set[tuple[str, str]] = set()
        """(read, error class) of the refusals already logged at WARNING (later ones at DEBUG)."""

    def poll_key(self) -> Hashable:
        """Volvo counts calls per application: the streams of the clients sharing one rate limiter
        (one account and application) share :data:`DAILY_CALLS`."""
        limiter = getattr(self.client, "rate_limiter", None)
        return ("volvo-polls", limiter) if limiter is not None else super().poll_key()

    def poll_cost(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> int:
        """The reads of a status of ``fields``, and the fallback reads it may need (see :meth:`status`)."""
        plan = read_plan(vehicle, fields)
        return len(plan.reads) + len(plan.fallbacks)

    async def vehicles(self) -> list[VehicleInfo]:
        references = await self.client.vehicles()
        granted = granted_scopes(self.client)
        return list(await asyncio.gather(*(self._info(reference.vin, granted) for reference in references)))

    async def _info(self, vin: str, granted: frozenset[str] | None) -> VehicleInfo:
        details, commands, accessibility, energy = await asyncio.gather(
            self.client.vehicle_details(vin),
            _optional(lambda: self.client.commands(vin), []),
            _optional(lambda: self.client.command_accessibility(vin), None),
            _optional(lambda: self.client.energy_capabilities(vin), None),
        )
        data = _json(details)
        descriptions = mapping(data.get("descriptions"))
        return VehicleInfo(
            brand=self.brand,
            id=vin,
            vin=vin,
            make="Volvo",
            model=descriptions.get("model"),
            year=data.get("modelYear"),
            capabilities=capabilities(
                data,
                [_json(item) for item in commands],
                _json(accessibility),
                _json(energy) if energy else {},
                granted=granted,
            ),
            driver_side=driver_side(descriptions.get("steering")),
        )

    async def status(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> Status:
        """The reads holding ``fields``. The range follows the drivetrain (``fuelType``), which
        :func:`capabilities` records as the fuel amount being readable (a tank): a battery-electric
        car's comes from the Energy API (else its statistics), any other car's from its statistics.
        A battery level the Energy API does not give comes from ``/fuel``, read for it if not read yet.

        Each read stands on its own: one that fails costs only its fields, which become not supported
        when Volvo says the car or the login does not offer it (a 403 for a missing scope, a 404,
        :class:`~carconnect.core.NotCapableError`) and unknown for any other error, the error in the
        reading's reason. When no read answered at all, the first error that is not such a refusal is
        raised instead (a spent quota, an outage, a rejected login)."""
        plan = read_plan(vehicle, fields)
        answers: dict[str, Any] = {}
        failures: dict[str, CarConnectError] = {}
        await self._read_all(vehicle.id, plan.reads, answers, failures)
        energy = mapping(answers.get("energy_state"))
        later: list[str] = []
        if "statistics" in plan.fallbacks and not energy_quantity(energy, "electricRange", Kind.DISTANCE).is_known:
            later.append("statistics")
        battery = energy_quantity(energy, "batteryChargeLevel", Kind.RATIO)
        if "fuel" in plan.fallbacks and not battery.is_known:
            later.append("fuel")
        await self._read_all(vehicle.id, later, answers, failures)
        if not answers:
            raised = next((error for error in failures.values() if not refused_read(error)), None)
            if raised is not None:
                raise raised
        status = status_from(answers, fields, electric=plan.electric)
        return replace(status, **self._failed_fields(vehicle, status, fields, plan, failures))

    async def _read_all(
        self, vin: str, reads: list[str], answers: dict[str, Any], failures: dict[str, CarConnectError]
    ) -> None:
        """Make ``reads`` at once: each body into ``answers``, each read error into ``failures``."""

        async def one(read: str) -> Any:
            try:
                return _json(await getattr(self.client, read)(vin))
            except READ_ERRORS as error:
                return error

        for read, found in zip(reads, await asyncio.gather(*(one(read) for read in reads)), strict=True):
            if isinstance(found, CarConnectError):
                failures[read] = found
            else:
                answers[read] = found

    def _failed_fields(
        self,
        vehicle: VehicleInfo,
        status: Status,
        fields: frozenset[Field],
        plan: ReadPlan,
        failures: Mapping[str, CarConnectError],
    ) -> dict[str, Reading[Any]]:
        """The readings of the fields whose own read failed and that got no value from a fallback (a
        battery level from ``/fuel`` after the Energy API failed is kept). A fallback that fails leaves
        the reading its own read gave."""
        replaced: dict[str, Reading[Any]] = {}
        for name in sorted(fields):
            read = plan.calls.get(name)
            if read is not None and read in failures and not status.reading(name).is_known:
                error = failures[read]
                replaced[name.value] = failed_read("Volvo", read, error, refused=refused_read(error))
        for read, error in failures.items():
            self._log_failure(vehicle, read, error)
        return replaced

    def _log_failure(self, vehicle: VehicleInfo, read: str, error: CarConnectError) -> None:
        """A refused read at WARNING once per read and kind of refusal (the login or car will not
        change by itself), at DEBUG afterwards; any other failure at INFO."""
        what = describe(error)
        if not refused_read(error):
            logger.info("volvo %s of %s failed: %s; its fields are unknown", read, vehicle.id, what)
            return
        seen = (read, type(error).__name__)
        if seen in self._refusals_logged:
            logger.debug("volvo %s of %s refused: %s", read, vehicle.id, what)
            return
        self._refusals_logged.add(seen)
        why = "the login lacks its scope" if isinstance(error, PermissionDeniedError) else "the car does not offer it"
        logger.warning(
            "volvo %s of %s refused (%s): %s; its fields are not supported (logged once)",
            read,
            vehicle.id,
            why,
            what,
        )

    async def _command(
        self, vehicle: VehicleInfo, command: Command, progress: ProgressCallback, wait: float
    ) -> CommandOutcome:
        method = getattr(self.client, COMMANDS[command][1])
        try:
            async with self.limit:
                result = await self.send(method(vehicle.id), vehicle, command, wait)
        except COMMAND_FAILURES as error:
            return refused(command, error)
        return outcome_of(command, result)


@dataclass(frozen=True)
class ReadPlan:
    """The client reads a status of some fields makes (``reads``), and those it may add (``fallbacks``)."""

    reads: list[str]
    fallbacks: list[str]
    electric: bool
    """The car is battery-electric (no tank): its range comes from the Energy API, else its statistics."""
    calls: Mapping[Field, str]
    """The read holding each field."""


def read_plan(vehicle: VehicleInfo, fields: frozenset[Field]) -> ReadPlan:
    """What a status of ``fields`` reads for ``vehicle``: one read per endpoint holding them, the range
    by the drivetrain (a car whose capabilities have no fuel amount is battery-electric), and the
    fallbacks (an electric range from the statistics, a battery level from ``/fuel``)."""
    electric = Field.FUEL_AMOUNT not in vehicle.capabilities.reads
    calls = {**CALLS, Field.RANGE: "energy_state" if electric else "statistics"}
    reads = sorted({calls[name] for name in fields if name in calls})
    fallbacks = []
    if Field.RANGE in fields and electric:
        fallbacks.append("statistics")
    if Field.BATTERY_LEVEL in fields and "fuel" not in reads:
        fallbacks.append("fuel")
    return ReadPlan(reads, fallbacks, electric, calls)


def refused_read(error: CarConnectError) -> bool:
    """Whether Volvo's ``error`` says the car or the login does not offer a read (a missing scope,
    a 404, :class:`~carconnect.core.NotCapableError`): not a 403 refusing the application's API key."""
    return not_offered(error) and getattr(error, "code", None) != API_KEY_REFUSED


def granted_scopes(client: Any) -> frozenset[str] | None:
    """The scopes of the login's token where its token source holds one that names them (a
    ``TokenManager``); ``None`` when they are not known (a token callback, a token store that fails)."""
    source = getattr(getattr(client, "auth", None), "token_source", None)
    try:
        token = getattr(source, "token", None)
    except CarConnectError as error:
        logger.debug("volvo: the login's scopes are not known: %s", describe(error))
        return None
    scopes = getattr(token, "scopes", None)
    return frozenset(str(scope) for scope in scopes) if scopes else None


def capabilities(
    details: Mapping[str, Any],
    commands: list[Any],
    accessibility: Any,
    energy: Mapping[str, Any],
    *,
    granted: frozenset[str] | None = None,
) -> Capabilities:
    """What a Volvo can report and do, from its details, command list, accessibility and energy capabilities.

    A car with a tank (``fuelType`` not in :data:`BATTERY_ELECTRIC`) reports its fuel amount and its
    range (the statistics' distance to empty); a battery-electric car its range where the Energy API has it.
    A car with a traction battery (see :data:`ELECTRIFIED`) reports its battery level, from the Energy
    API where it supports it, else from ``/fuel``. ``granted``: the login's scopes where they are
    known; a read or command whose restricted scope (:data:`READ_SCOPES`, :data:`COMMAND_SCOPES`)
    is not among them is left out.
    """
    listed = {str(mapping(item).get("command")) for item in commands}
    reads = {Field.ODOMETER, Field.LOCATION, Field.LOCKED, Field.DOORS, Field.WINDOWS}
    fuel_type = str(details.get("fuelType") or "").upper()
    if fuel_type not in BATTERY_ELECTRIC:
        reads |= {Field.FUEL_AMOUNT, Field.RANGE}
    if fuel_type in BATTERY_ELECTRIC or ELECTRIFIED in fuel_type:
        reads.add(Field.BATTERY_LEVEL)
    if energy.get("isSupported"):
        reads |= {field for name, field in ENERGY_READS.items() if mapping(energy.get(name)).get("isSupported")}
    found = {command for command, (name, _) in COMMANDS.items() if name in listed}
    source = "vehicle details, commands, command-accessibility, energy capabilities"
    if granted is not None:
        reads -= {field for field, scope in READ_SCOPES.items() if scope not in granted}
        found -= {command for command, scope in COMMAND_SCOPES.items() if scope not in granted}
        source += ", the login's scopes"
    status = mapping(mapping(accessibility).get("availabilityStatus")).get("value")
    return Capabilities(
        reads=frozenset(reads),
        commands=frozenset(found),
        source=source,
        commands_reachable=None if status is None else status == "AVAILABLE",
    )


async def _optional(read: Callable[[], Awaitable[Any]], default: Any) -> Any:
    """A read the car or the login may not offer: ``default`` when Volvo says it is not there, or
    that the login lacks its scope (an application may ask for fewer scopes)."""
    try:
        return await read()
    except NotCapableError:
        return default
    except PermissionDeniedError as error:
        logger.info("an optional Volvo read was refused (%s): reading the car without it", error.message)
        return default
    except ApiError as error:
        if error.status_code in {404, 501}:
            return default
        raise


def adapt(client: Any) -> VolvoAdapter:
    """The adapter of an ``AsyncVolvoClient``."""
    return VolvoAdapter(client)


def simulated_client(sim: Any, **options: Any) -> Any:
    """An ``AsyncVolvoClient`` on a running simulator (see :mod:`carconnect.garage.testing`)."""
    from carconnect.sim import DEMO_CLIENTS
    from carconnect.volvo import AsyncVolvoClient

    from ..testing import sim_login

    api_key = DEMO_CLIENTS["volvo"].api_key or ""
    return AsyncVolvoClient(sim_login(sim, "volvo"), api_key=api_key, base_url=sim.url("volvo"), **options)
