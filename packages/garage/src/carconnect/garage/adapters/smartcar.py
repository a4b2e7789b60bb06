"""Smartcar through the common API: Vehicles API v2 (``AsyncSmartcarClient``) and v3 webhook signals.

A status is one ``batch`` request holding exactly the endpoints of the requested fields; each item
fails on its own (not capable or not permitted: not supported; anything else: unknown). Values come
in the unit system of the answer (metric: km, litres, kPa; imperial: miles, US gallons, psi), levels
as 0..1 fractions. Capabilities are the permissions the user granted. Commands return when Smartcar
has the car's answer, which can take minutes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from carconnect.core import (
    ApiError,
    CarConnectError,
    NotCapableError,
    PermissionDeniedError,
    RateLimitError,
)

from ..model import (
    Capabilities,
    ChargingState,
    Command,
    CommandOutcome,
    Field,
    Location,
    Openings,
    Outcome,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)
from ..units import Kind, Quantity, UnitError, number, quantity
from .base import COMMAND_FAILURES, Adapter, describe, flag, logger, mapping, measured, parse_time, refused

UNITS: Mapping[str, Mapping[Kind, str]] = {
    "metric": {Kind.DISTANCE: "km", Kind.VOLUME: "l", Kind.PRESSURE: "kPa"},
    "imperial": {Kind.DISTANCE: "mi", Kind.VOLUME: "gal", Kind.PRESSURE: "psi"},
}
PATHS: Mapping[Field, tuple[str, ...]] = {
    Field.ODOMETER: ("/odometer",),
    Field.FUEL_LEVEL: ("/fuel",),
    Field.FUEL_AMOUNT: ("/fuel",),
    Field.BATTERY_LEVEL: ("/battery",),
    Field.RANGE: ("/battery", "/fuel"),
    Field.CHARGING: ("/charge",),
    Field.PLUGGED_IN: ("/charge",),
    Field.LOCATION: ("/location",),
    Field.LOCKED: ("/security",),
    Field.DOORS: ("/security",),
    Field.WINDOWS: ("/security",),
    Field.TYRE_PRESSURES: ("/tires/pressure",),
}
PERMISSIONS: Mapping[str, frozenset[Field]] = {
    "read_odometer": frozenset({Field.ODOMETER}),
    "read_fuel": frozenset({Field.FUEL_LEVEL, Field.FUEL_AMOUNT, Field.RANGE}),
    "read_battery": frozenset({Field.BATTERY_LEVEL, Field.RANGE}),
    "read_charge": frozenset({Field.CHARGING, Field.PLUGGED_IN}),
    "read_location": frozenset({Field.LOCATION}),
    "read_security": frozenset({Field.LOCKED, Field.DOORS, Field.WINDOWS}),
    "read_tires": frozenset({Field.TYRE_PRESSURES}),
}
CONTROLS: Mapping[str, frozenset[Command]] = {
    "control_security": frozenset({Command.LOCK, Command.UNLOCK}),
    "control_charge": frozenset({Command.START_CHARGING, Command.STOP_CHARGING}),
}
COMMANDS: Mapping[Command, str] = {
    Command.LOCK: "lock",
    Command.UNLOCK: "unlock",
    Command.START_CHARGING: "start_charge",
    Command.STOP_CHARGING: "stop_charge",
}
CHARGING_STATES: Mapping[str, ChargingState] = {
    "CHARGING": ChargingState.CHARGING,
    "FULLY_CHARGED": ChargingState.FULLY_CHARGED,
    "NOT_CHARGING": ChargingState.NOT_CHARGING,
}
SIDES = {"frontLeft": "front_left", "frontRight": "front_right", "backLeft": "rear_left", "backRight": "rear_right"}
GRID = {(0, 0): "front_left", (0, 1): "front_right", (1, 0): "rear_left", (1, 1): "rear_right"}
BAR_AS_KPA_ABOVE = 20.0
"""Webhook tyre pressures labelled ``bar`` above this are kilopascals (no tyre holds 20 bar)."""


# -- Vehicles API v2 bodies -> readings -------------------------------------------------------------


class Answer:
    """One endpoint's JSON body in a batch, its unit system and data age; or why there is none."""

    def __init__(
        self,
        body: Any = None,
        unit_system: str = "metric",
        age: datetime | None = None,
        missing: Reading[Any] | None = None,
    ) -> None:
        self.body, self.unit_system, self.age, self.missing = mapping(body), unit_system, age, missing

    def unit(self, kind: Kind) -> str:
        return UNITS.get(self.unit_system, UNITS["metric"])[kind]

    def quantity(self, name: str, kind: Kind, what: str) -> Reading[Quantity]:
        if self.missing is not None:
            return self.missing
        unit = "fraction" if kind is Kind.RATIO else self.unit(kind)
        return measured(kind, self.body.get(name), unit, self.age, what)


def _range(answers: Mapping[str, Answer]) -> Reading[Quantity]:
    """The range on fuel of a car with a tank (its ``/fuel`` answer has one), else the electric range:
    a plug-in hybrid reports the same kind of range as on the other brands."""
    battery = answers.get("/battery", Answer(missing=Reading.not_supported("not asked")))
    electric = battery.quantity("range", Kind.DISTANCE, "electric range")
    if "/fuel" not in answers:
        return electric
    fuel = answers["/fuel"].quantity("range", Kind.DISTANCE, "fuel range")
    return fuel if fuel.is_known or not electric.is_known else electric


def _charging(answer: Answer) -> Reading[ChargingState]:
    if answer.missing is not None:
        return answer.missing
    found = CHARGING_STATES.get(str(answer.body.get("state")))
    return Reading.known(found, answer.age) if found else Reading.unknown(f"charge state {answer.body.get('state')!r}")


def _plugged(answer: Answer) -> Reading[bool]:
    if answer.missing is not None:
        return answer.missing
    return flag(answer.body.get("isPluggedIn"), answer.age, true=set(), false=set(), what="plug")


def _location(answer: Answer) -> Reading[Location]:
    if answer.missing is not None:
        return answer.missing
    try:
        return Reading.known(
            Location(number(answer.body.get("latitude")), number(answer.body.get("longitude"))), answer.age
        )
    except UnitError:
        return Reading.unknown("Smartcar sent no position")


def _openings(answer: Answer, name: str, what: str) -> Reading[Openings]:
    if answer.missing is not None:
        return answer.missing
    found: dict[str, bool] = {}
    for item in answer.body.get(name) or []:
        entry = mapping(item)
        position = SIDES.get(str(entry.get("type")), str(entry.get("type")))
        status = str(entry.get("status", "")).upper()
        if status in {"OPEN", "CLOSED"}:
            found[position] = status == "OPEN"
    return Reading.known(found, answer.age) if found else Reading.unknown(f"Smartcar sent no {what} state")


def _tyres(answer: Answer) -> Reading[Mapping[str, Quantity]]:
    if answer.missing is not None:
        return answer.missing
    found: dict[str, Quantity] = {}
    for side, position in SIDES.items():
        value = answer.body.get(side)
        if isinstance(value, int | float) and not isinstance(value, bool):
            found[position] = quantity(Kind.PRESSURE, value, answer.unit(Kind.PRESSURE))
    return Reading.known(found, answer.age) if found else Reading.unknown("Smartcar sent no tyre pressures")


def status_from(answers: Mapping[str, Answer], fields: frozenset[Field]) -> Status:
    """A :class:`Status` from the v2 answers by path (``/odometer``, ``/battery``, ...)."""

    def get(path: str) -> Answer:
        return answers.get(path) or Answer(missing=Reading.unknown(f"{path} was not read"))

    security = get("/security")
    locked = security.missing or flag(
        security.body.get("isLocked"), security.age, true=set(), false=set(), what="lock state"
    )
    status = Status(
        odometer=get("/odometer").quantity("distance", Kind.DISTANCE, "odometer"),
        fuel_level=get("/fuel").quantity("percentRemaining", Kind.RATIO, "fuel level"),
        fuel_amount=get("/fuel").quantity("amountRemaining", Kind.VOLUME, "fuel amount"),
        battery_level=get("/battery").quantity("percentRemaining", Kind.RATIO, "battery level"),
        range=_range(answers),
        charging=_charging(get("/charge")),
        charging_power=Reading.not_supported("Smartcar v2 has no charging power"),
        plugged_in=_plugged(get("/charge")),
        location=_location(get("/location")),
        locked=locked,
        doors=_openings(security, "doors", "door"),
        windows=_openings(security, "windows", "window"),
        tyre_pressures=_tyres(get("/tires/pressure")),
    )
    return status.only(fields)


VEHICLE_LIMITS = frozenset({("RATE_LIMIT", "VEHICLE"), ("BILLING", "VEHICLE_REQUEST_LIMIT")})
"""Smartcar's limits of one car (``type``, ``code``): its calls are refused until they pass, the others' are not."""


def _limit_of(error: ApiError) -> tuple[str, str]:
    """Smartcar's ``type`` and ``code`` of an error, upper case (``""`` where missing)."""
    kind, code = error.details.get("type"), error.code
    return (kind.upper() if isinstance(kind, str) else ""), (code.upper() if isinstance(code, str) else "")


def missing_reason(error: ApiError) -> Reading[Any]:
    """A failed batch item as a reading: not supported when the car or the grant cannot, else unknown."""
    text = f"Smartcar {error.code or error.status_code}: {error.message}"
    if isinstance(error, NotCapableError | PermissionDeniedError):
        return Reading.not_supported(text)
    return Reading.unknown(text)


# -- v3 webhook signals -> readings -----------------------------------------------------------------


def _signal_time(signal: Mapping[str, Any]) -> datetime | None:
    meta = mapping(signal.get("meta"))
    return parse_time(meta.get("oemUpdatedAt")) or parse_time(meta.get("retrievedAt"))


def signal_quantity(signal: Mapping[str, Any], kind: Kind, default_unit: str) -> Reading[Quantity]:
    """A ``{value, unit}`` signal body; a missing unit is the documented default (km, or a 0..1 level)."""
    body = mapping(signal.get("body"))
    value, unit = body.get("value"), body.get("unit") or default_unit
    if kind is Kind.RATIO and "unit" not in body and isinstance(value, int | float) and value > 1:
        unit = "percent"
    return measured(kind, value, unit, _signal_time(signal), str(signal.get("code")))


def signal_tyres(signal: Mapping[str, Any]) -> Reading[Mapping[str, Quantity]]:
    body = mapping(signal.get("body"))
    unit = str(body.get("unit") or "kPa")
    found: dict[str, Quantity] = {}
    for item in body.get("values") or []:
        wheel = mapping(item)
        position = GRID.get((wheel.get("row"), wheel.get("column")))  # type: ignore[arg-type]
        value = wheel.get("tirePressure")
        if position and isinstance(value, int | float) and not isinstance(value, bool):
            found[position] = quantity(
                Kind.PRESSURE, value, "kPa" if unit.lower() == "bar" and value > BAR_AS_KPA_ABOVE else unit
            )
    return Reading.known(found, _signal_time(signal)) if found else Reading.unknown("no tyre pressures")


def _signal_openings(signal: Mapping[str, Any]) -> Reading[Openings]:
    found = {
        GRID[(entry.get("row"), entry.get("column"))]: bool(entry.get("isOpen"))  # type: ignore[index]
        for entry in map(mapping, mapping(signal.get("body")).get("values") or [])
        if (entry.get("row"), entry.get("column")) in GRID and isinstance(entry.get("isOpen"), bool)
    }
    return Reading.known(found, _signal_time(signal)) if found else Reading.unknown("no opening states")


def _signal_flag(signal: Mapping[str, Any]) -> Reading[bool]:
    return flag(mapping(signal.get("body")).get("value"), _signal_time(signal), true=set(), false=set(), what="signal")


def _signal_location(signal: Mapping[str, Any]) -> Reading[Location]:
    body = mapping(signal.get("body"))
    try:
        heading = body.get("heading")
        position = Location(
            number(body.get("latitude")), number(body.get("longitude")), None if heading is None else number(heading)
        )
    except UnitError:
        return Reading.unknown("no position")
    return Reading.known(position, _signal_time(signal))


def _signal_charging(signal: Mapping[str, Any]) -> Reading[ChargingState]:
    value = str(mapping(signal.get("body")).get("value"))
    found = CHARGING_STATES.get(value)
    return Reading.known(found, _signal_time(signal)) if found else Reading.unknown(f"charging status {value!r}")


def status_from_signals(signals: list[Any]) -> Status:
    """The fields a webhook delivery's signals hold; fields it does not carry stay not requested."""
    readings: dict[str, Reading[Any]] = {}
    for signal in map(mapping, signals):
        code = str(signal.get("code", "")).lower()
        if mapping(signal.get("status")).get("value", "SUCCESS") != "SUCCESS" or signal.get("body") is None:
            continue
        reading = _signal_reading(code, signal)
        if reading is not None:
            readings[reading[0].value] = reading[1]
    return Status(**readings)


def _signal_reading(code: str, signal: Mapping[str, Any]) -> tuple[Field, Reading[Any]] | None:
    if code == "odometer-traveleddistance":
        return Field.ODOMETER, signal_quantity(signal, Kind.DISTANCE, "km")
    if code == "tractionbattery-stateofcharge":
        return Field.BATTERY_LEVEL, signal_quantity(signal, Kind.RATIO, "fraction")
    if code in {"tractionbattery-range", "internalcombustionengine-range"}:
        return Field.RANGE, signal_quantity(signal, Kind.DISTANCE, "km")
    if code == "internalcombustionengine-fuellevel":
        return Field.FUEL_LEVEL, signal_quantity(signal, Kind.RATIO, "fraction")
    if code == "internalcombustionengine-amountremaining":
        return Field.FUEL_AMOUNT, signal_quantity(signal, Kind.VOLUME, "l")
    if code == "charge-wattage":
        return Field.CHARGING_POWER, signal_quantity(signal, Kind.POWER, "W")
    if code == "charge-detailedchargingstatus":
        return Field.CHARGING, _signal_charging(signal)
    if code == "charge-ischargingcableconnected":
        return Field.PLUGGED_IN, _signal_flag(signal)
    if code == "closure-islocked":
        return Field.LOCKED, _signal_flag(signal)
    if code == "closure-doors":
        return Field.DOORS, _signal_openings(signal)
    if code == "closure-windows":
        return Field.WINDOWS, _signal_openings(signal)
    if code == "location-preciselocation":
        return Field.LOCATION, _signal_location(signal)
    if code == "wheel-tires":
        return Field.TYRE_PRESSURES, signal_tyres(signal)
    return None


# -- the adapter ----------------------------------------------------------------------------------


def capabilities(permissions: list[str], capable: list[str] | None = None) -> Capabilities:
    """What the user let this application read and do on the car (Smartcar's permissions), narrowed
    to what the car is capable of when Smartcar's compatibility answer is there."""
    granted = set(permissions) if capable is None else set(permissions) & set(capable)
    reads = frozenset().union(*(fields for name, fields in PERMISSIONS.items() if name in granted))
    commands = frozenset().union(*(found for name, found in CONTROLS.items() if name in granted))
    source = "permissions" if capable is None else "permissions, compatibility"
    return Capabilities(reads=reads, commands=commands, source=source)


class SmartcarAdapter(Adapter):
    brand = "smartcar"
    max_concurrency = 4
    poll_interval = 900.0
    min_poll_interval = 300.0

    async def vehicles(self) -> list[VehicleInfo]:
        ids = [vehicle_id async for vehicle_id in self.client.iter_vehicles()]
        return list(await asyncio.gather(*(self._info(vehicle_id) for vehicle_id in ids)))

    async def _info(self, vehicle_id: str) -> VehicleInfo:
        attributes, vin, granted = await asyncio.gather(
            self.client.attributes(vehicle_id),
            self.client.vin(vehicle_id),
            self._granted(vehicle_id),
        )
        capable = await self._capable(vin.data.vin, granted)
        return VehicleInfo(
            brand=self.brand,
            id=vehicle_id,
            vin=vin.data.vin,
            make=attributes.data.make,
            model=attributes.data.model,
            year=attributes.data.year,
            capabilities=capabilities(granted, capable),
        )

    async def _granted(self, vehicle_id: str) -> list[str]:
        return [str(getattr(item, "value", item)) async for item in self.client.iter_permissions(vehicle_id)]

    async def _capable(self, vin: str, granted: list[str]) -> list[str] | None:
        """The granted permissions Smartcar's compatibility check says the car is capable of.

        ``None`` when the client has no ``client_id``/``client_secret`` (the check needs them) or it fails.
        """
        try:
            answer = (await self.client.compatibility(vin, granted)).to_dict()
        except CarConnectError as error:
            logger.debug("smartcar compatibility of %s not checked: %s", vin, type(error).__name__)
            return None
        found = [mapping(item) for item in answer.get("capabilities") or []]
        if not found:
            return None
        return [str(item.get("permission")) for item in found if item.get("capable")]

    async def status(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> Status:
        """One ``batch`` request for the paths of ``fields``; each failed item costs its own fields.

        While the car's own limit holds (``RATE_LIMIT:VEHICLE`` until its ``Retry-After``,
        ``BILLING:VEHICLE_REQUEST_LIMIT``: the client refuses its calls locally, unsent), every field
        is unknown with that limit as its reason, as when a batch item reported it; any other error
        of the batch request is raised."""
        paths = sorted({path for name in fields for path in PATHS.get(name, ())})
        answers: dict[str, Answer] = {}
        if paths:
            requested = _unit_name(self.client.unit_system) or "metric"
            try:
                batch = await self.client.batch(vehicle.id, paths, unit_system=requested)
            except RateLimitError as limited:  # QuotaExceededError too
                if _limit_of(limited) not in VEHICLE_LIMITS:
                    raise
                logger.debug("smartcar %s: %s", vehicle.id, describe(limited))
                return status_from({path: Answer(missing=missing_reason(limited)) for path in paths}, fields)
            for item in batch:
                error = item.error
                # an item without its own sc-unit-system header is in the units the batch asked for
                unit_system = _unit_name(item.meta.unit_system) or requested
                answers[item.path] = (
                    Answer(missing=missing_reason(error))
                    if error is not None
                    else Answer(item.body, unit_system, item.meta.data_age)
                )
        return status_from(answers, fields)

    async def _command(
        self, vehicle: VehicleInfo, command: Command, progress: ProgressCallback, wait: float
    ) -> CommandOutcome:
        try:
            async with self.limit:
                result = await self.send(getattr(self.client, COMMANDS[command])(vehicle.id), vehicle, command, wait)
        except COMMAND_FAILURES as error:
            return refused(command, error)
        status = str(getattr(result.status, "value", result.status))
        message = result.message if isinstance(result.message, str) else None
        outcome = Outcome.SUCCEEDED if status.lower() == "success" else Outcome.FAILED
        return CommandOutcome(command, outcome, vendor_status=status, reason=message)


def _unit_name(unit_system: Any) -> str | None:
    """``metric`` or ``imperial`` from a ``UnitSystem`` or a string; ``None`` when none was given."""
    if not unit_system:
        return None
    return str(getattr(unit_system, "value", unit_system)).lower()


def adapt(client: Any) -> SmartcarAdapter:
    """The adapter of an ``AsyncSmartcarClient`` signed with a user's token."""
    return SmartcarAdapter(client)


def simulated_client(sim: Any, **options: Any) -> Any:
    """An ``AsyncSmartcarClient`` on a running simulator, with the demo app's client id and secret so that
    compatibility is checked (see :mod:`carconnect.garage.testing`)."""
    from carconnect.sim import DEMO_CLIENTS
    from carconnect.smartcar import AsyncSmartcarClient

    from ..testing import sim_login

    app = DEMO_CLIENTS["smartcar"]
    return AsyncSmartcarClient(
        sim_login(sim, "smartcar"),
        hosts=dict(sim.endpoints("smartcar").hosts),
        client_id=app.client_id,
        client_secret=app.client_secret,
        **options,
    )
