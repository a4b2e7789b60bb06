"""Ford through the common API: FordConnect (``AsyncFordConnectClient``), with polled commands.

One ``vehicle`` read holds every status field FordConnect has (odometer in km, levels in %, ranges in
km, plug, charging, doors, position); lock state, windows and tyre pressures are not in it. Front
doors come by seat (driver, passenger): named by side when the car's ``driver_side`` is known (FordConnect
never says it), else ``front_driver`` / ``front_passenger``. Commands
answer 202 with an id; the outcome is polled with the client's own wait (its clock, deadline and poll
budget) through the handle's non-raising ``outcome()``: once Ford accepted a command, a poll that
fails leaves the outcome unknown (``timed_out``, with the command id). Capabilities come from the
vehicle list: engine type, modem and authorization. A car the user has not authorized for the
application (``vehicleAuthorizationIndicator`` 0: Ford answers 406 to its reads) is left out of the
listing, logged at INFO. A list entry without ``engineType`` has an unknown drivetrain: its battery,
charging and plug fields and its charge commands are kept, and the ``vehicle`` answer's
``engineType`` decides what its status holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from carconnect.core import CarConnectError, NotCapableError

from ..model import (
    Capabilities,
    ChargingState,
    Command,
    CommandOutcome,
    DriverSide,
    Field,
    Location,
    Openings,
    Outcome,
    Progress,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)
from ..units import Kind, Quantity, UnitError, number
from .base import (
    COMMAND_FAILURES,
    READ_ERRORS,
    Adapter,
    describe,
    logger,
    mapping,
    measured,
    newest,
    not_offered,
    refused,
    sided,
)

MAKES = {"F": "Ford", "L": "Lincoln"}
BATTERY_ONLY = {"BEV", "EV"}
ELECTRIC = {*BATTERY_ONLY, "PHEV"}
CHARGE_COMMANDS = frozenset({Command.START_CHARGING, Command.STOP_CHARGING})
BATTERY_FIELDS = frozenset({Field.BATTERY_LEVEL, Field.CHARGING, Field.PLUGGED_IN})
"""The fields of a car with a traction battery it can charge (EV, BEV, PHEV)."""
COMMANDS: Mapping[Command, str] = {
    Command.LOCK: "lock",
    Command.UNLOCK: "unlock",
    Command.START_CLIMATE: "start_engine",
    Command.STOP_CLIMATE: "stop_engine",
    Command.START_CHARGING: "start_charge",
    Command.STOP_CHARGING: "stop_charge",
}
"""Common command -> FordConnect client method (a remote start is how FordConnect conditions the cabin)."""

DOORS = {
    ("UNSPECIFIED_FRONT", "DRIVER"): "front_driver",
    ("UNSPECIFIED_FRONT", "PASSENGER"): "front_passenger",
    ("REAR_LEFT", "PASSENGER"): "rear_left",
    ("REAR_RIGHT", "PASSENGER"): "rear_right",
    ("HOOD_DOOR", "NOT_APPLICABLE"): "hood",
    ("TAILGATE", "NOT_APPLICABLE"): "tailgate",
    ("INNER_TAILGATE", "NOT_APPLICABLE"): "inner_tailgate",
}
"""(vehicleDoor, vehicleOccupantRole) -> position; the front doors by seat, named by side when it is known."""
COMPASS = {
    name: index * 45.0
    for index, name in enumerate(["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"])
}


def parse_time(value: object) -> datetime | None:
    """Ford's ``MM-DD-YYYY HH:MM:SS`` (UTC); ``None`` for null or unreadable text."""
    from carconnect.ford import parse_timestamp

    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_timestamp(value)
    except ValueError:
        return None


# -- FordConnect ``vehicle`` JSON -> readings -------------------------------------------------------


def level(item: Mapping[str, Any], what: str) -> Reading[Quantity]:
    """A ``{value, distanceToEmpty, timestamp}`` level in percent; a negative or null value is unknown."""
    value = item.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        return Reading.unknown(f"Ford sent an invalid {what} ({value})")
    return measured(Kind.RATIO, value, "%", parse_time(item.get("timestamp")), what)


def charging(state: Mapping[str, Any]) -> Reading[ChargingState]:
    value = state.get("value")
    if not isinstance(value, str) or not value:
        return Reading.unknown("Ford sent no charging status")
    word = value.lower()
    stamp = parse_time(state.get("timeStamp"))
    if "complete" in word or word == "fullycharged":
        return Reading.known(ChargingState.FULLY_CHARGED, stamp)
    if word.startswith("charging"):
        return Reading.known(ChargingState.CHARGING, stamp)
    if "fault" in word or "error" in word:
        return Reading.known(ChargingState.FAULT, stamp)
    if word in {"ready", "notready", "evsenotdetected", "chargescheduled", "pausedbyuser", "chargetargetreached"}:
        return Reading.known(ChargingState.NOT_CHARGING, stamp)
    return Reading.unknown(f"Ford charging status {value!r}")


def doors(items: object, driver_side: DriverSide | None = None) -> Reading[Openings]:
    found: dict[str, bool] = {}
    stamps = []
    for item in items if isinstance(items, list) else []:
        door = mapping(item)
        position = DOORS.get((str(door.get("vehicleDoor")), str(door.get("vehicleOccupantRole"))))
        value = str(door.get("value", "")).upper()
        if position and value in {"OPEN", "CLOSED"}:
            found[sided(position, driver_side)] = value == "OPEN"
            stamps.append(parse_time(door.get("timeStamp")))
    if not found:
        return Reading.unknown("Ford sent no door state")
    return Reading.known(found, newest(stamps))


def location(data: Mapping[str, Any]) -> Reading[Location]:
    try:
        position = Location(number(data.get("latitude")), number(data.get("longitude")))
    except UnitError:
        return Reading.unknown("Ford sent no position")
    heading = COMPASS.get(str(data.get("direction", "")).replace(" ", "").lower())
    return Reading.known(Location(position.latitude, position.longitude, heading), parse_time(data.get("timeStamp")))


def status_from(vehicle: Mapping[str, Any], fields: frozenset[Field], driver_side: DriverSide | None = None) -> Status:
    """A :class:`Status` from a FordConnect ``vehicle`` object (the ``vehicle`` member of the answer);
    ``driver_side`` (the car's :attr:`~carconnect.garage.VehicleInfo.driver_side`) names the front doors."""
    details, state = mapping(vehicle.get("vehicleDetails")), mapping(vehicle.get("vehicleStatus"))
    fuel, battery = mapping(details.get("fuelLevel")), mapping(details.get("batteryChargeLevel"))
    updated = parse_time(vehicle.get("lastUpdated"))
    engine = engine_type(vehicle)
    electric = engine in BATTERY_ONLY
    ranged = battery if electric else fuel
    plug = mapping(state.get("plugStatus"))
    status = Status(
        odometer=measured(Kind.DISTANCE, details.get("odometer"), "km", updated, "odometer"),
        fuel_level=level(fuel, "fuel level"),
        fuel_amount=Reading.not_supported("FordConnect reports the fuel level, not the amount"),
        battery_level=level(battery, "battery charge level"),
        range=measured(
            Kind.DISTANCE, ranged.get("distanceToEmpty"), "km", parse_time(ranged.get("timestamp")), "range"
        ),
        charging=charging(mapping(state.get("chargingStatus"))),
        charging_power=Reading.not_supported("FordConnect has no charging power"),
        plugged_in=Reading.known(plug["value"], parse_time(plug.get("timeStamp")))
        if isinstance(plug.get("value"), bool)
        else Reading.unknown("Ford sent no plug status"),
        location=location(mapping(vehicle.get("vehicleLocation"))),
        locked=Reading.not_supported("FordConnect reports no lock state"),
        doors=doors(state.get("doorStatus"), driver_side),
        windows=Reading.not_supported("FordConnect reports no window state"),
        tyre_pressures=Reading.not_supported("FordConnect reports a tyre pressure warning only"),
    )
    return replace(status, **drivetrain_refusals(engine)).only(fields)


def engine_type(vehicle: Mapping[str, Any]) -> str:
    """FordConnect's ``engineType`` (ICE, EV, BEV, PHEV) in upper case; ``""`` when it is not given."""
    value = vehicle.get("engineType")
    return value.strip().upper() if isinstance(value, str) else ""


def drivetrain_refusals(engine: str) -> dict[str, Reading[Any]]:
    """The fields a car of engine type ``engine`` cannot report (none when the type is not known)."""
    if not engine:
        return {}
    said = f"FordConnect gives this car's engine type as {engine}"
    if engine not in ELECTRIC:
        return {name.value: Reading.not_supported(f"{said}: no traction battery") for name in BATTERY_FIELDS}
    if engine in BATTERY_ONLY:
        return {Field.FUEL_LEVEL.value: Reading.not_supported(f"{said}: no tank")}
    return {}


def capabilities(vehicle: Mapping[str, Any]) -> Capabilities:
    """What a Ford can report and do, from its entry in the FordConnect vehicle list.

    Without an ``engineType`` the drivetrain is not known: the car keeps the fields and commands of
    every drivetrain (its fuel level, battery, charging, plug and charge commands), and the engine
    type in its ``vehicle`` answer decides what a status holds (:func:`drivetrain_refusals`).
    """
    engine = engine_type(vehicle)
    reads = {Field.ODOMETER, Field.RANGE, Field.LOCATION, Field.DOORS}
    if engine not in BATTERY_ONLY:
        reads.add(Field.FUEL_LEVEL)
    if engine in ELECTRIC or not engine:
        reads |= BATTERY_FIELDS
    commands: set[Command] = set()
    if vehicle.get("vehicleAuthorizationIndicator") == 1 and vehicle.get("modemEnabled") is not False:
        commands = {Command.LOCK, Command.UNLOCK, Command.START_CLIMATE, Command.STOP_CLIMATE}
        if engine in ELECTRIC or not engine:
            commands |= CHARGE_COMMANDS
    source = "vehicle list (engine type, authorization)" if engine else "vehicle list (authorization; no engine type)"
    return Capabilities(frozenset(reads), frozenset(commands), source=source)


def unauthorized(vehicle: Mapping[str, Any]) -> bool:
    """Whether the list entry says the user has not authorized the car for this application
    (``vehicleAuthorizationIndicator`` 0): Ford answers 406 to every read of it."""
    return vehicle.get("vehicleAuthorizationIndicator") in (0, "0")


class FordAdapter(Adapter):
    brand = "ford"
    max_concurrency = 2
    poll_interval = 600.0
    min_poll_interval = 300.0

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self._engines: dict[str, str] = {}
        """Vehicle id -> the engine type its last ``vehicle`` answer gave (cars listed without one)."""

    async def vehicles(self) -> list[VehicleInfo]:
        """The cars of the vehicle list the user authorized for this application, each with its VIN
        (one ``/vin`` call per car).

        An entry with ``vehicleAuthorizationIndicator`` 0 is left out without a call (INFO log):
        FordConnect answers its reads with 406. A car whose ``/vin`` read fails is listed without a
        VIN (WARNING), or left out (INFO) when Ford answers that it will not serve it (406, 404,
        403); one car's failure never drops the others. When no ``/vin`` read succeeded and one failed
        for another reason (an outage, a spent quota), that error is raised.
        """
        listed = [mapping(item) for item in (await self.client.vehicles()).to_dict().get("vehicles") or []]
        readable = []
        for item in listed:
            if unauthorized(item):
                logger.info(
                    "ford %s: skipped, not authorized for this application (vehicleAuthorizationIndicator 0)",
                    item.get("vehicleId"),
                )
            else:
                readable.append(item)
        found = await asyncio.gather(*(self._vin(str(item["vehicleId"])) for item in readable))
        failed = [answer for answer in found if isinstance(answer, CarConnectError)]
        if readable and len(failed) == len(readable):
            raised = next((error for error in failed if not not_offered(error)), None)
            if raised is not None:
                raise raised
        return [
            self._info(item, None if isinstance(answer, CarConnectError) else answer)
            for item, answer in zip(readable, found, strict=True)
            if not (isinstance(answer, CarConnectError) and not_offered(answer))
        ]

    async def _vin(self, vehicle_id: str) -> str | CarConnectError:
        """The car's VIN, or the error its ``/vin`` read failed with (logged)."""
        try:
            answer = await self.client.vin(vehicle_id)
        except READ_ERRORS as error:
            if not_offered(error):
                logger.info("ford %s: skipped, Ford will not serve it to this login: %s", vehicle_id, describe(error))
            else:
                logger.warning(
                    "ford %s: its VIN could not be read (%s); listed without it", vehicle_id, describe(error)
                )
            return error
        return str(answer.vin)

    def _info(self, vehicle: Mapping[str, Any], vin: str | None) -> VehicleInfo:
        year = str(vehicle.get("modelYear", ""))
        return VehicleInfo(
            brand=self.brand,
            id=str(vehicle["vehicleId"]),
            vin=vin,
            make=MAKES.get(str(vehicle.get("make")), vehicle.get("make")),
            model=vehicle.get("modelName"),
            year=int(year) if year.isdigit() else None,
            capabilities=capabilities(vehicle),
        )

    async def status(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> Status:
        """One ``vehicle`` read; its engine type is remembered for a car listed without one."""
        found = mapping((await self.client.vehicle(vehicle.id)).to_dict().get("vehicle"))
        engine = engine_type(found)
        if engine:
            self._engines[vehicle.id] = engine
        return status_from(found, fields, vehicle.driver_side)

    async def command(
        self, vehicle: VehicleInfo, command: Command, *, progress: ProgressCallback | None, wait: float
    ) -> CommandOutcome:
        """As :meth:`Adapter.command`; a charge command for a car listed without an engine type is
        refused before any call once a status answer said it has no traction battery."""
        engine = self._engines.get(vehicle.id, "")
        if command in CHARGE_COMMANDS and engine and engine not in ELECTRIC:
            raise NotCapableError(
                f"ford vehicle {vehicle.id} cannot {command.value.replace('_', ' ')}: its engine type is {engine}"
            )
        return await super().command(vehicle, command, progress=progress, wait=wait)

    async def _command(
        self, vehicle: VehicleInfo, command: Command, progress: ProgressCallback, wait: float
    ) -> CommandOutcome:
        try:
            async with self.limit:  # the polls that follow take no slot: reads go on meanwhile
                handle = await getattr(self.client, COMMANDS[command])(vehicle.id)
        except COMMAND_FAILURES as error:
            return refused(command, error)
        progress(Progress(command, "accepted", handle.command_id))
        return await self._outcome(handle, command, progress, wait)

    async def _outcome(self, handle: Any, command: Command, progress: ProgressCallback, wait: float) -> CommandOutcome:
        """Poll an accepted command within ``wait``: it succeeded or failed as Ford says; anything else
        (no status route, not waited for, still pending, a poll that failed) leaves it unknown."""
        if wait <= 0:
            return CommandOutcome(
                command, Outcome.TIMED_OUT, "accepted", "not waited for", command_id=handle.command_id
            )
        report = await handle.outcome(
            replace(handle.policy, timeout=min(wait, handle.policy.timeout)),  # the client's polls, id lifetime
            progress=lambda step: progress(Progress(command, "pending", step.status)),
        )
        outcome = {"succeeded": Outcome.SUCCEEDED, "failed": Outcome.FAILED}.get(report.outcome, Outcome.TIMED_OUT)
        status = report.code if outcome is Outcome.FAILED else report.status or "accepted"
        return CommandOutcome(command, outcome, status, report.reason, command_id=handle.command_id)


def adapt(client: Any) -> FordAdapter:
    """The adapter of an ``AsyncFordConnectClient`` (FordConnect Query's ``AsyncFordClient`` has no vehicle ids)."""
    if type(client).__name__ != "AsyncFordConnectClient":
        raise TypeError(f"the garage reads Ford through AsyncFordConnectClient, not {type(client).__name__}")
    return FordAdapter(client)


def simulated_client(sim: Any, **options: Any) -> Any:
    """An ``AsyncFordConnectClient`` on a running simulator (see :mod:`carconnect.garage.testing`)."""
    from carconnect.ford import AsyncFordConnectClient

    from ..testing import sim_login

    return AsyncFordConnectClient(sim_login(sim, "ford-connect"), base_url=sim.url("ford", "mps"), **options)
