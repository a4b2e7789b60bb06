"""Ford through the common API: FordConnect (``AsyncFordConnectClient``), with polled commands.

One ``vehicle`` read holds every status field FordConnect has (odometer in km, levels in %, ranges in
km, plug, charging, doors, position); lock state, windows and tyre pressures are not in it. Front
doors come by seat (driver, passenger): named by side when the car's ``driver_side`` is known (FordConnect
never says it), else ``front_driver`` / ``front_passenger``. Commands
answer 202 with an id; the outcome is polled with the client's own wait (its clock, deadline and poll
budget) through the handle's non-raising ``outcome()``: once Ford accepted a command, a poll that
fails leaves the outcome unknown (``timed_out``, with the command id). Capabilities come from the
vehicle list: engine type, modem and authorization.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

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
from .base import COMMAND_FAILURES, Adapter, mapping, measured, newest, refused, sided

MAKES = {"F": "Ford", "L": "Lincoln"}
BATTERY_ONLY = {"BEV", "EV"}
ELECTRIC = {*BATTERY_ONLY, "PHEV"}
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
    electric = str(vehicle.get("engineType", "")).upper() in BATTERY_ONLY
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
    return status.only(fields)


def capabilities(vehicle: Mapping[str, Any]) -> Capabilities:
    """What a Ford can report and do, from its entry in the FordConnect vehicle list."""
    engine = str(vehicle.get("engineType", "")).upper()
    reads = {Field.ODOMETER, Field.RANGE, Field.LOCATION, Field.DOORS}
    if engine not in BATTERY_ONLY:
        reads.add(Field.FUEL_LEVEL)
    if engine in ELECTRIC:
        reads |= {Field.BATTERY_LEVEL, Field.CHARGING, Field.PLUGGED_IN}
    commands: set[Command] = set()
    if vehicle.get("vehicleAuthorizationIndicator") == 1 and vehicle.get("modemEnabled") is not False:
        commands = {Command.LOCK, Command.UNLOCK, Command.START_CLIMATE, Command.STOP_CLIMATE}
        if engine in ELECTRIC:
            commands |= {Command.START_CHARGING, Command.STOP_CHARGING}
    return Capabilities(frozenset(reads), frozenset(commands), source="vehicle list (engine type, authorization)")


class FordAdapter(Adapter):
    brand = "ford"
    max_concurrency = 2
    poll_interval = 600.0
    min_poll_interval = 300.0

    async def vehicles(self) -> list[VehicleInfo]:
        listed = (await self.client.vehicles()).to_dict().get("vehicles") or []
        vins = await asyncio.gather(*(self.client.vin(mapping(item)["vehicleId"]) for item in listed))
        return [self._info(mapping(item), answer.vin) for item, answer in zip(listed, vins, strict=True)]

    def _info(self, vehicle: Mapping[str, Any], vin: str) -> VehicleInfo:
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
        answer = (await self.client.vehicle(vehicle.id)).to_dict()
        return status_from(mapping(answer.get("vehicle")), fields, vehicle.driver_side)

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
