"""BMW through the common API: CarData telematics (``AsyncBmwClient``), read-only.

BMW counts every REST call against a small daily quota. A status is one ``telematicData`` call on
one container holding every descriptor below (created or found once per adapter, 1-2 calls, and again
when BMW answers that it is gone: :data:`CONTAINER_GONE`), whatever fields were asked, and nothing is read
that was not asked for. Events come from the CarData MQTT stream when the login can stream (see
:mod:`.bmw_stream`), else from polling within the account's budget: the cars polled through one
``QuotaBudget`` share half its daily calls (at most once an hour each), and no poll takes the
account below the other half, kept for the caller's own calls (see :meth:`BmwAdapter.poll_wait`).
Listing costs one call plus one ``basicData`` call per car (its ``steering`` names the doors and
windows, which CarData reports by seat). CarData has no remote commands.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from carconnect.core import ApiError

from ..model import (
    Capabilities,
    ChargingState,
    Command,
    CommandOutcome,
    DriverSide,
    Field,
    Location,
    Openings,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)
from ..units import Kind, Quantity, UnitError, number
from .base import Adapter, Feed, driver_side, flag, mapping, measured, newest, parse_time, sided

if TYPE_CHECKING:
    from .bmw_stream import SharedStream

logger = logging.getLogger("carconnect.garage")

ODOMETER = ("vehicle.vehicle.travelledDistance", "vehicle.chassis.mileage")
BATTERY = (
    "vehicle.drivetrain.batteryManagement.header",
    "vehicle.powertrain.electric.battery.stateOfCharge.displayed",
    "vehicle.powertrain.electric.battery.stateOfCharge",
)
FUEL_LEVEL = ("vehicle.drivetrain.fuelSystem.level",)
FUEL_AMOUNT = ("vehicle.drivetrain.fuelSystem.remainingFuel",)
RANGE = ("vehicle.drivetrain.lastRemainingRange", "vehicle.drivetrain.electricEngine.kombiRemainingElectricRange")
CHARGING = ("vehicle.drivetrain.electricEngine.charging.status",)
PLUG = ("vehicle.body.chargingPort.status", "vehicle.powertrain.tractionBattery.charging.port.anyPosition.isPlugged")
LATITUDE = "vehicle.cabin.infotainment.navigation.currentLocation.latitude"
LONGITUDE = "vehicle.cabin.infotainment.navigation.currentLocation.longitude"
HEADING = "vehicle.cabin.infotainment.navigation.currentLocation.heading"
LOCK = ("vehicle.cabin.door.status", "vehicle.cabin.door.lock.status")
DOORS = {
    "vehicle.cabin.door.row1.driver.isOpen": "front_driver",
    "vehicle.cabin.door.row1.passenger.isOpen": "front_passenger",
    "vehicle.cabin.door.row2.driver.isOpen": "rear_driver",
    "vehicle.cabin.door.row2.passenger.isOpen": "rear_passenger",
    "vehicle.body.trunk.isOpen": "tailgate",
}
"""Descriptor -> position; CarData names doors by seat, named by side once the steering side is known."""
WINDOWS = {
    "vehicle.cabin.window.row1.driver.status": "front_driver",
    "vehicle.cabin.window.row1.passenger.status": "front_passenger",
    "vehicle.cabin.window.row2.driver.status": "rear_driver",
    "vehicle.cabin.window.row2.passenger.status": "rear_passenger",
}
DESCRIPTORS: tuple[str, ...] = tuple(
    sorted(
        {
            *ODOMETER[:1],
            *BATTERY[:1],
            *FUEL_LEVEL,
            *FUEL_AMOUNT,
            *RANGE,
            *CHARGING,
            *PLUG[:1],
            LATITUDE,
            LONGITUDE,
            HEADING,
            *LOCK[:1],
            *DOORS,
            *WINDOWS,
        }
    )
)
"""The one container a status reads."""

CONTAINER_GONE = frozenset({"CU-105", "CU-121"})
"""BMW's answers for a container the account no longer has (deleted or deactivated, unknown, malformed id)."""

FIELD_DESCRIPTORS: Mapping[Field, tuple[str, ...]] = {
    Field.ODOMETER: ODOMETER,
    Field.FUEL_LEVEL: FUEL_LEVEL,
    Field.FUEL_AMOUNT: FUEL_AMOUNT,
    Field.BATTERY_LEVEL: BATTERY,
    Field.RANGE: RANGE,
    Field.CHARGING: CHARGING,
    Field.PLUGGED_IN: PLUG,
    Field.LOCATION: (LATITUDE, LONGITUDE, HEADING),
    Field.LOCKED: LOCK,
    Field.DOORS: tuple(DOORS),
    Field.WINDOWS: tuple(WINDOWS),
}
"""The descriptors each field is read from (the same names :func:`status_from` reads)."""

CHARGING_STATES: Mapping[str, ChargingState] = {
    "CHARGINGACTIVE": ChargingState.CHARGING,
    "CHARGING_ACTIVE": ChargingState.CHARGING,
    "NOCHARGING": ChargingState.NOT_CHARGING,
    "NO_CHARGING": ChargingState.NOT_CHARGING,
    "CHARGINGPAUSED": ChargingState.NOT_CHARGING,
    "FINISHEDFULLYCHARGED": ChargingState.FULLY_CHARGED,
    "FULLY_CHARGED": ChargingState.FULLY_CHARGED,
    "FINISHEDNOTFULL": ChargingState.NOT_CHARGING,
    "CHARGINGERROR": ChargingState.FAULT,
}


# -- telematicData (descriptor -> {value, unit, timestamp} or null) -> readings --------------------


def _entry(data: Mapping[str, Any], names: Sequence[str], what: str) -> tuple[Reading[Any] | None, Mapping[str, Any]]:
    """The first descriptor of ``names`` with a value, or an unknown reading saying none came."""
    for name in names:
        entry = mapping(data.get(name))
        if entry.get("value") not in (None, "", "INVALID", "UNKNOWN"):
            return None, entry
    return Reading.unknown(f"BMW sent no {what}"), {}


def _quantity(data: Mapping[str, Any], names: Sequence[str], kind: Kind, what: str) -> Reading[Quantity]:
    missing, entry = _entry(data, names, what)
    if missing is not None:
        return missing
    return measured(kind, entry["value"], entry.get("unit"), parse_time(entry.get("timestamp")), what)


def charging(data: Mapping[str, Any]) -> Reading[ChargingState]:
    missing, entry = _entry(data, CHARGING, "charging status")
    if missing is not None:
        return missing
    found = CHARGING_STATES.get(str(entry["value"]).upper())
    if found is None:
        return Reading.unknown(f"BMW charging status {entry['value']!r}")
    return Reading.known(found, parse_time(entry.get("timestamp")))


def plugged_in(data: Mapping[str, Any]) -> Reading[bool]:
    missing, entry = _entry(data, PLUG, "charging port status")
    if missing is not None:
        return missing
    words = {"true": True, "connected": True, "false": False, "disconnected": False}
    return flag(
        entry["value"],
        parse_time(entry.get("timestamp")),
        true={word for word, value in words.items() if value},
        false={word for word, value in words.items() if not value},
        what="charging port status",
    )


def locked(data: Mapping[str, Any]) -> Reading[bool]:
    missing, entry = _entry(data, LOCK, "door lock status")
    if missing is not None:
        return missing
    return flag(
        entry["value"],
        parse_time(entry.get("timestamp")),
        true={"locked", "secured", "asn_locked", "asn_secured"},
        false={"unlocked", "selective-locked", "asn_unlocked", "asn_selective-locked"},
        what="door lock status",
    )


def openings(
    data: Mapping[str, Any], names: Mapping[str, str], what: str, side: DriverSide | None = None
) -> Reading[Openings]:
    """The open state of each position in ``names``, the seat names named by ``side`` when it is known."""
    found: dict[str, bool] = {}
    stamps = []
    for descriptor, position in names.items():
        entry = mapping(data.get(descriptor))
        value = str(entry.get("value", "")).strip().lower()
        if value in {"true", "open", "intermediate", "false", "closed"}:
            found[sided(position, side)] = value in {"true", "open", "intermediate"}
            stamps.append(parse_time(entry.get("timestamp")))
    if not found:
        return Reading.unknown(f"BMW sent no {what} state")
    return Reading.known(found, newest(stamps))


def location(data: Mapping[str, Any]) -> Reading[Location]:
    latitude, longitude = mapping(data.get(LATITUDE)), mapping(data.get(LONGITUDE))
    try:
        position = Location(number(latitude.get("value")), number(longitude.get("value")))
    except UnitError:
        return Reading.unknown("BMW sent no position")
    heading = mapping(data.get(HEADING)).get("value")
    if heading not in (None, ""):
        with contextlib.suppress(UnitError):
            position = Location(position.latitude, position.longitude, number(heading))
    return Reading.known(position, parse_time(latitude.get("timestamp")))


def status_from(
    telematic: Mapping[str, Any], fields: frozenset[Field], driver_side: DriverSide | None = None
) -> Status:
    """A :class:`Status` from the ``telematicData`` map of one container; ``driver_side`` (the car's
    :attr:`~carconnect.garage.VehicleInfo.driver_side`) names the doors and windows by side."""
    status = Status(
        odometer=_quantity(telematic, ODOMETER, Kind.DISTANCE, "travelled distance"),
        fuel_level=_quantity(telematic, FUEL_LEVEL, Kind.RATIO, "fuel level"),
        fuel_amount=_quantity(telematic, FUEL_AMOUNT, Kind.VOLUME, "remaining fuel"),
        battery_level=_quantity(telematic, BATTERY, Kind.RATIO, "battery state of charge"),
        range=_quantity(telematic, RANGE, Kind.DISTANCE, "remaining range"),
        charging=charging(telematic),
        charging_power=Reading.not_supported("BMW CarData has no charging power"),
        plugged_in=plugged_in(telematic),
        location=location(telematic),
        locked=locked(telematic),
        doors=openings(telematic, DOORS, "door", driver_side),
        windows=openings(telematic, WINDOWS, "window", driver_side),
        tyre_pressures=Reading.not_supported("BMW CarData has no tyre pressures"),
    )
    return status.only(fields)


def capabilities(basic: Mapping[str, Any]) -> Capabilities:
    """What a BMW can report (from its propulsion type in ``basicData``); CarData has no commands."""
    propulsion = str(basic.get("propulsionType") or basic.get("driveTrain") or "").upper()
    reads = {Field.ODOMETER, Field.RANGE, Field.LOCATION, Field.LOCKED, Field.DOORS, Field.WINDOWS}
    if propulsion != "BEV":
        reads |= {Field.FUEL_LEVEL, Field.FUEL_AMOUNT}
    if propulsion in {"BEV", "PHEV"} or propulsion.startswith("PHEV"):
        reads |= {Field.BATTERY_LEVEL, Field.CHARGING, Field.PLUGGED_IN}
    if not basic.get("isTelematicsCapable", True):
        reads = set()
    return Capabilities(reads=frozenset(reads), commands=frozenset(), source="basic data, telematics catalogue")


def _year(basic: Mapping[str, Any]) -> int | None:
    built = str(basic.get("constructionDate") or "")
    return int(built[:4]) if built[:4].isdigit() else None


class BmwAdapter(Adapter):
    """``stream=False`` keeps events on polling; ``stream_options`` are ``CarDataStream`` keyword
    arguments (``host``, ``port``, ``tls``, ``clock``...; the clock defaults to the client's), whose
    ``max_pending`` also bounds the updates each car's event stream keeps for a reader that falls behind."""

    brand = "bmw"
    max_concurrency = 1
    poll_interval = 3600.0
    min_poll_interval = 3600.0
    daily_calls = 50

    def __init__(self, client: Any, *, stream: bool = True, stream_options: Mapping[str, Any] | None = None) -> None:
        super().__init__(client)
        self._paused_until: str | None = None
        """When polls wait for the account's budget: until when (as logged once), else ``None``."""
        self._container: str | None = None
        self._container_lock = asyncio.Lock()
        self._stream_wanted = stream
        self._stream_options = dict(stream_options or {})
        self._shared: SharedStream | None = None
        self._polling_reason: str | None = None

    @property
    def shared_stream(self) -> SharedStream | None:
        """The CarData stream of this login's GCID (shared by the garage's logins of that GCID), once
        an event stream has used it."""
        return self._shared

    async def subscribe(self, vehicle: VehicleInfo) -> Feed | None:
        """The car's feed on the login's shared CarData stream; ``None`` (events poll) when it cannot stream."""
        if self._shared is None:
            from .bmw_stream import why_not_streaming

            reason = "turned off (stream=False)" if not self._stream_wanted else why_not_streaming(self.client)
            if reason is not None:
                if self._polling_reason is None:
                    logger.info("bmw events poll within the account's budget instead of streaming: %s", reason)
                self._polling_reason = reason
                return None
            self._shared = self._stream_of_account()
        return await self._shared.subscribe(vehicle.id, vehicle.driver_side)

    def _stream_of_account(self) -> SharedStream:
        """The garage's stream of this login's GCID and broker, made on first use."""
        from carconnect.bmw.auth import gcid_of

        from .bmw_stream import SharedStream

        tokens = self.client.auth.token_source
        options = self._stream_options
        key = ("bmw-stream", gcid_of(tokens.token), options.get("host"), options.get("port"))
        found = self.shared.get(key)
        if not isinstance(found, SharedStream):
            found = self.shared[key] = SharedStream(tokens, self.clock, options)
        return found

    @property
    def quota(self) -> Any:
        """The client's ``QuotaBudget`` (BMW counts calls per account), ``None`` if it has none."""
        return getattr(self.client, "quota", None)

    def poll_key(self) -> Hashable:
        """BMW's daily calls are the account's, counted in the client's ``QuotaBudget``: the cars
        polled through every client sharing that budget share its calls."""
        return ("bmw-polls", self.quota) if self.quota is not None else super().poll_key()

    def daily_limit(self) -> int | None:
        """The client's budget's limit (BMW's 50 calls a day unless configured otherwise)."""
        limit = getattr(self.quota, "limit", None)
        return limit if isinstance(limit, int) else self.daily_calls

    def reserve(self) -> int:
        """The calls of the account's day that polls never take: what :attr:`poll_share` leaves."""
        limit = self.daily_limit() or self.daily_calls or 0
        return limit - int(limit * self.poll_share)

    async def poll_wait(self) -> float:
        """Seconds until a poll may go out without taking the account's remaining calls below
        :meth:`reserve` (the caller's own calls keep them): ``0`` while more remain, else until the
        budget frees calls (its ``resets_at``: BMW's day, or the call the budget counts longest),
        at least a minute. Logged at INFO once per pause."""
        quota = self.quota
        if quota is None:
            return 0.0
        status = await asyncio.to_thread(quota.status) if quota.blocking else quota.status()
        if status.remaining > self.reserve():
            self._paused_until = None
            return 0.0
        now = self.clock.now()
        wait = max((status.resets_at - now).total_seconds(), 60.0) if status.resets_at is not None else 3600.0
        until = status.resets_at.isoformat(timespec="seconds") if status.resets_at is not None else "in an hour"
        if self._paused_until != until:
            self._paused_until = until
            logger.info(
                "bmw polls wait until %s: %d of the account's %d daily calls are left, kept for your own calls",
                until,
                status.remaining,
                status.limit,
            )
        return wait

    async def unsubscribe(self, vehicle: VehicleInfo, feed: Feed) -> None:
        if self._shared is not None:
            await self._shared.unsubscribe(vehicle.id, feed)

    async def aclose(self) -> None:
        """Close the CarData stream (for every login of the GCID sharing it) and the client."""
        self.closed.set()
        if self._shared is not None:
            await self._shared.aclose()
        await super().aclose()

    async def vehicles(self) -> list[VehicleInfo]:
        """The vehicles mapped as PRIMARY: CarData serves no data of another mapping, so no call is spent on one."""
        found = []
        for mapped in await self.client.vehicle_mappings():
            kind = mapped.mapping_type
            if isinstance(kind, str) and kind != "PRIMARY":
                logger.info(
                    "bmw %s: skipped, mapped to this user as %s (CarData serves PRIMARY only)", mapped.vin, kind
                )
                continue
            basic = (await self.client.basic_data(mapped.vin)).to_dict()
            found.append(
                VehicleInfo(
                    brand=self.brand,
                    id=mapped.vin,
                    vin=mapped.vin,
                    make=basic.get("brand"),
                    model=basic.get("modelName"),
                    year=_year(basic),
                    capabilities=capabilities(basic),
                    driver_side=driver_side(basic.get("steering")),
                )
            )
        return found

    async def container_id(self) -> str:
        """The id of the status container, found or created on first use (and again once BMW says it is gone)."""
        async with self._container_lock:
            if self._container is None:
                self._container = (await self.client.ensure_container(DESCRIPTORS)).container_id
            return self._container

    async def _forget_container(self, gone: str) -> None:
        """Forget ``gone`` as the status container, unless another read already replaced it."""
        async with self._container_lock:
            if self._container == gone:
                self._container = None

    async def status(self, vehicle: VehicleInfo, fields: frozenset[Field]) -> Status:
        """One ``telematicData`` call on the status container. When BMW answers that the container is
        gone (:data:`CONTAINER_GONE`: deleted, deactivated or unknown), the container is found or
        created again and read once more (at most once per call)."""
        container = await self.container_id()
        try:
            answer = await self.client.telematic_data(vehicle.id, container)
        except ApiError as error:
            if error.code not in CONTAINER_GONE:
                raise
            logger.info("bmw status container %s is gone (%s): finding or creating it again", container, error.code)
            await self._forget_container(container)
            answer = await self.client.telematic_data(vehicle.id, await self.container_id())
        data = answer.to_dict().get("telematicData")
        return status_from(mapping(data), fields, vehicle.driver_side)

    async def _command(
        self, vehicle: VehicleInfo, command: Command, progress: ProgressCallback, wait: float
    ) -> CommandOutcome:
        raise AssertionError("BMW CarData has no commands; Adapter.command refuses them first")


def adapt(client: Any, *, stream: bool = True, stream_options: Mapping[str, Any] | None = None) -> BmwAdapter:
    """The adapter of an ``AsyncBmwClient`` (options: see :class:`BmwAdapter`)."""
    return BmwAdapter(client, stream=stream, stream_options=stream_options)


def simulated_client(sim: Any, *, streaming: bool = False, **options: Any) -> Any:
    """An ``AsyncBmwClient`` on a running simulator (see :mod:`carconnect.garage.testing`).

    ``streaming``: signed in through a ``TokenManager`` holding the demo account's GCID and id_token
    (renewed by the simulator), so that events can come from the simulator's CarData broker.
    """
    from carconnect.bmw import AsyncBmwClient

    from ..testing import sim_login, sim_streaming_login

    credentials = sim_streaming_login(sim, options.get("clock")) if streaming else sim_login(sim, "bmw")
    return AsyncBmwClient(credentials, base_url=sim.url("bmw"), **options)


def simulated_options(sim: Any) -> dict[str, Any]:
    """Adapter options that point the CarData stream at the simulator's broker (started if need be)."""
    broker = sim.mqtt()
    if broker.tls:
        raise ValueError("the simulator's broker uses TLS: pass stream_options with a tls= context trusting its CA")
    return {"stream_options": {"host": broker.host, "port": broker.port, "tls": False}}
