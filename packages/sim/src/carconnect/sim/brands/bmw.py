"""BMW CarData on api-cardata.bmwgroup.com, read-only, on the shared fleet.

Every call needs ``x-version: v1`` and a GCDM access token with ``cardata:api:read`` (the profile's
style answers token problems with ``CU-100``..``CU-103``). Every authenticated call counts against
the account's daily quota (50 calls, refilled at midnight UTC); beyond it BMW answers HTTP 403
``CU-429``, never 429. Errors carry BMW's ids: ``CU-120`` malformed VIN, ``CU-104`` VIN not mapped
(or mapped as SECONDARY: listed, no data), ``CU-121``/``CU-105``/``CU-122``/``CU-124`` for container
id format, unknown container, double delete and the limit of 10 containers, ``CU-125`` expired page
token, ``CU-126`` no image (the combustion car), ``CU-127`` no charging settings (the combustion car).

Quirks, as BMW sends them: mappings as a JSON array, telematic values as strings (``"true"``,
``"12034"``), ``null`` entries for descriptors the car never sent, charging-history paging by
``next_token`` in the body but ``nextToken`` everywhere else, ``MileageUnits.KM``, epoch-second
times, numbers as strings in basic data, and deleted containers listed as ``DELETED`` for 29 days.

Tests reach the per-run state (quota limit, containers) with :func:`cardata_state`.
"""

from __future__ import annotations

import dataclasses
import random
import re
import struct
import threading
import weakref
import zlib
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..fleet import Fleet, Vehicle
from ..oauth.bearer import Principal
from ..profiles.bmw import cardata_error
from . import Answer, BrandContext, BrandPlugin, answering

if TYPE_CHECKING:
    from ..state import SimState

API_SCOPE = "cardata:api:read"
DAILY_QUOTA = 50
MAX_CONTAINERS = 10
DELETED_KEPT = timedelta(days=29)
PAGE_TOKEN_TTL = timedelta(minutes=10)
HISTORY_PAGE_SIZE = 5
SETTINGS_PAGE_SIZE = 2
HISTORY_DAYS = 90

VEHICLES = "/customers/vehicles"
CONTAINERS = "/customers/containers"
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_CONTAINER_ID = re.compile(r"^[a-z0-9]{13}$")
_DESCRIPTOR = re.compile(r"^vehicle(\.[A-Za-z0-9_]+)+$")

Payload = dict[str, Any]


# ---- errors ------------------------------------------------------------------------------------


class CarDataError(Answer):
    """Answer with BMW's error body ``{exveErrorId, exveErrorRef, exveErrorMsg, exveNote}``."""

    def __init__(self, status: int, error_id: str, message: str, note: str) -> None:
        super().__init__(JSONResponse(cardata_error(error_id, message, note), status_code=status))
        self.status, self.error_id, self.message, self.note = status, error_id, message, note

    def __str__(self) -> str:
        return f"{self.error_id}: {self.note}"


# ---- per-run state -----------------------------------------------------------------------------


@dataclasses.dataclass
class Container:
    container_id: str
    name: str
    purpose: str
    descriptors: list[str]
    created: datetime
    deleted_at: datetime | None = None

    def summary(self) -> Payload:
        return {
            "containerId": self.container_id,
            "name": self.name,
            "purpose": self.purpose,
            "state": "DELETED" if self.deleted_at else "ACTIVE",
            "created": stamp(self.created),
        }

    def details(self) -> Payload:
        return {**self.summary(), "technicalDescriptors": list(self.descriptors)}


@dataclasses.dataclass(frozen=True)
class Cursor:
    """Where a page token continues: the query it belongs to and the next offset."""

    query: tuple[str, ...]
    offset: int
    expires_at: datetime


class CarDataState:
    """What BMW remembers per account during one simulator run: quota use, containers, page tokens."""

    def __init__(self, seed: int) -> None:
        self.quota_limit = DAILY_QUOTA
        self.calls: dict[str, list[datetime]] = {}
        self.containers: dict[str, list[Container]] = {}
        self.cursors: dict[str, Cursor] = {}
        self.lock = threading.Lock()
        self._rng = random.Random(f"carconnect-sim:{seed}:bmw-cardata")

    def spend(self, account: str, now: datetime) -> bool:
        """Count a call for ``account`` today (UTC), or ``False`` when the quota is used up."""
        midnight = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        with self.lock:
            today = [call for call in self.calls.get(account, []) if call >= midnight]
            if len(today) >= self.quota_limit:
                self.calls[account] = today
                return False
            self.calls[account] = [*today, now]
            return True

    def used(self, account: str, now: datetime) -> int:
        midnight = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return sum(1 for call in self.calls.get(account, []) if call >= midnight)

    def new_id(self, length: int = 13) -> str:
        return "".join(self._rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(length))

    def visible_containers(self, account: str, now: datetime) -> list[Container]:
        """The account's containers, without deleted ones older than 29 days (purged)."""
        kept = [c for c in self.containers.get(account, []) if not c.deleted_at or now - c.deleted_at < DELETED_KEPT]
        self.containers[account] = kept
        return kept

    def issue_cursor(self, query: tuple[str, ...], offset: int, now: datetime) -> str:
        token = self.new_id(24)
        self.cursors[token] = Cursor(query, offset, now + PAGE_TOKEN_TTL)
        return token

    def take_cursor(self, token: str, query: tuple[str, ...], now: datetime) -> int:
        cursor = self.cursors.get(token)
        if cursor is None or cursor.query != query or now >= cursor.expires_at:
            raise CarDataError(400, "CU-125", "pagination token expired", "The pagination token is expired.")
        return cursor.offset


_STATES: weakref.WeakKeyDictionary[Fleet, CarDataState] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def cardata_state(state: SimState) -> CarDataState:
    """The CarData state of a simulator run (``sim.state``); ``sim.reset()`` starts a fresh one."""
    with _STATES_LOCK:
        found = _STATES.get(state.fleet)
        if found is None:
            found = _STATES[state.fleet] = CarDataState(state.seed)
        return found


# ---- formatting --------------------------------------------------------------------------------


def stamp(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.000Z``, BMW's timestamp form."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_instant(value: str | None, name: str) -> datetime:
    try:
        if value is None:
            raise ValueError(name)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except ValueError:
        raise CarDataError(
            400, "CU-401", "parameter invalid", f"Query parameter {name} is missing or invalid."
        ) from None


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain-coloured PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# ---- what each car reports ---------------------------------------------------------------------

SERIES = {"i4": ("G26", "4", "GRAN COUPE"), "330e": ("G20", "3", "LIMOUSINE"), "X3": ("G01", "X3", "SAV")}
DRIVE_TRAIN = {"BEV": "BEV", "PHEV": "PHEV", "ICE": "COMBUSTION"}


def basic_data(vehicle: Vehicle) -> Payload:
    spec = vehicle.spec
    code, series, body = SERIES.get(spec.model.split()[0], ("G00", spec.model, "LIMOUSINE"))
    electric = vehicle.is_electric
    return {
        "vin": vehicle.vin,
        "brand": "BMWi" if spec.powertrain == "BEV" else "BMW",
        "isTelematicsCapable": True,
        "puStep": "0723",
        "modelRange": code,
        "series": series,
        "modelName": spec.model,
        "modelKey": f"{code}{spec.year % 100:02d}",
        "bodyType": body,
        "numberOfDoors": 4,
        "hasNavi": True,
        "headUnit": "MGU",
        "hasSunRoof": spec.powertrain == "ICE",
        "countryCodeISO": "DE",
        "steering": "LEFT",
        "engine": "electric" if spec.powertrain == "BEV" else spec.fuel,
        "driveTrain": DRIVE_TRAIN[spec.powertrain],
        "chargingModes": ["AC_TYPE2", "DC_CCS"] if spec.powertrain == "BEV" else ["AC_TYPE2"] if electric else [],
        "propulsionType": spec.powertrain,
        "colourCode": vehicle.color[:3].upper(),
        "colourCodeRaw": vehicle.color,
        "constructionDate": f"{spec.year - 1}-11-15T00:00:00.000Z",
        "fullSAList": "$1CA,$2VB,$302,$4GQ,$5AC",
        "hvsMaxEnergyAbsolute": f"{spec.battery_kwh:.1f}" if spec.battery_kwh else None,
        "reessNominalCapacityGross": f"{spec.battery_kwh * 1.05:.1f}" if spec.battery_kwh else None,
        "simStatus": "ACTIVE",
    }


def telematic_values(vehicle: Vehicle, now: datetime) -> dict[str, tuple[str, str | None] | None]:
    """Latest value (text) and unit of every descriptor the simulated car sends; ``None``: never sent."""
    soc = vehicle.battery_level(now)
    electric_range = vehicle.electric_range_km(now)
    fuel_range = vehicle.fuel_range_km()
    litres = vehicle.fuel_litres()

    def number(value: float | int | None, unit: str | None) -> tuple[str, str | None] | None:
        return None if value is None else (f"{value:g}", unit)

    return {
        "vehicle.vehicle.travelledDistance": (str(round(vehicle.odometer_km)), "km"),
        "vehicle.cabin.door.status": ("LOCKED" if vehicle.locked else "UNLOCKED", None),
        "vehicle.cabin.door.row1.driver.isOpen": (str(vehicle.doors_open["front_left"]).lower(), None),
        "vehicle.body.trunk.isOpen": (str(vehicle.doors_open["tailgate"]).lower(), None),
        "vehicle.cabin.hvac.preconditioning.status.isExteriorMirrorHeatingActive": ("false", None),
        "vehicle.cabin.infotainment.navigation.currentLocation.latitude": (f"{vehicle.latitude:.6f}", "degrees"),
        "vehicle.cabin.infotainment.navigation.currentLocation.longitude": (f"{vehicle.longitude:.6f}", "degrees"),
        "vehicle.drivetrain.batteryManagement.header": number(soc, "%"),
        "vehicle.drivetrain.electricEngine.kombiRemainingElectricRange": number(electric_range, "km"),
        "vehicle.drivetrain.electricEngine.charging.status": (
            ("CHARGINGACTIVE" if vehicle.charging_status(now) == "CHARGING" else "NOCHARGING"),
            None,
        )
        if vehicle.is_electric
        else None,
        "vehicle.body.chargingPort.status": (("CONNECTED" if vehicle.plugged_in else "DISCONNECTED"), None)
        if vehicle.is_electric
        else None,
        "vehicle.drivetrain.fuelSystem.level": number(vehicle.fuel_percent, "%"),
        "vehicle.drivetrain.fuelSystem.remainingFuel": number(litres, "l"),
        "vehicle.drivetrain.lastRemainingRange": number(
            (electric_range or 0) + (fuel_range or 0) if electric_range or fuel_range else None, "km"
        ),
    }


DEDICATED = frozenset(
    {
        "vehicle.look.image",
        "vehicle.chassis.axle.wheel.tire.diagnosis",
        "vehicle.powertrain.electric.battery.charging.history.sessionsList",
        "vehicle.powertrain.electric.battery.charging.settingsList",
    }
)
"""Descriptors served by their own endpoint: accepted in containers, never in telematic data."""


NEVER_SENT: Payload = {"value": None, "unit": None, "timestamp": None}
"""A descriptor the car never sent: BMW still answers an entry object, its members null."""


def telematic_data(vehicle: Vehicle, descriptors: list[str], now: datetime) -> Payload:
    known = telematic_values(vehicle, now)
    data: dict[str, Payload] = {}
    for descriptor in descriptors:
        if descriptor in DEDICATED:
            continue
        value = known.get(descriptor)
        data[descriptor] = (
            NEVER_SENT
            if value is None
            else {"value": value[0], "unit": value[1], "timestamp": stamp(vehicle.updated_at)}
        )
    return {"telematicData": data}


def charging_sessions(vehicle: Vehicle, seed: int) -> list[Payload]:
    """The car's charging sessions over the 90 days before the fleet was built, newest first."""
    if not vehicle.is_electric or vehicle.spec.battery_kwh is None:
        return []
    rng = random.Random(f"carconnect-sim:{seed}:{vehicle.vin}:charging")
    capacity, power = vehicle.spec.battery_kwh, vehicle.spec.charge_kw
    sessions, moment = [], vehicle.updated_at - timedelta(hours=rng.uniform(6, 30))
    mileage = round(vehicle.odometer_km)
    earliest = vehicle.updated_at - timedelta(days=HISTORY_DAYS)
    while moment > earliest:
        start_soc = rng.randint(10, 55)
        end_soc = rng.choice((80, 90, 100))
        kwh = capacity * (end_soc - start_soc) / 100
        seconds = round(kwh / power * 3600)
        start = int(moment.timestamp())
        middle = start + seconds // 2
        public = rng.random() < 0.3
        session: Payload = {
            "startTime": start,
            "endTime": start + seconds,
            "displayedStartSoc": start_soc,
            "displayedSoc": end_soc,
            "totalChargingDurationSec": seconds,
            "energyConsumedFromPowerGridKwh": round(kwh * 1.08, 2),
            "energyDecreaseHvbKwh": None,
            "energyDischargedKwh": round(rng.uniform(0, 0.4), 2),
            "isPreconditioningActivated": rng.random() < 0.2,
            "mileage": mileage,
            "mileageUnits": "MileageUnits.KM",
            "timeZone": "Europe/Berlin",
            "chargingLocation": {
                "municipality": "München",
                "formattedAddress": "Petuelring 130, 80809 München" if not public else "Leopoldstraße 50, München",
                "streetAddress": "Petuelring 130" if not public else "Leopoldstraße 50",
                "mapMatchedLatitude": round(vehicle.latitude + rng.uniform(-0.01, 0.01), 6),
                "mapMatchedLongitude": round(vehicle.longitude + rng.uniform(-0.01, 0.01), 6),
            },
            "chargingBlocks": [
                {"startTime": start, "endTime": middle, "averagePowerGridKw": round(power * 1.05, 2)},
                {"startTime": middle, "endTime": start + seconds, "averagePowerGridKw": round(power * 0.9, 2)},
            ],
            "publicChargingPoint": {
                "potentialChargingPointMatches": [
                    {
                        "providerName": "Stadtwerke",
                        "streetAddress": "Leopoldstraße 50",
                        "postalCode": "80802",
                        "city": "München",
                    }
                ]
            }
            if public
            else None,
            "businessErrors": [],
        }
        sessions.append(session)
        mileage -= rng.randint(60, 400)
        moment -= timedelta(hours=rng.uniform(30, 80))
    return sessions


def charging_settings(vehicle: Vehicle, owner_id: str) -> list[Payload]:
    places = (
        ("HOME", 0.0, 120, "IMMEDIATE_CHARGING"),
        ("WORK", 0.03, 38, "DELAYED_CHARGING"),
        ("GYM", -0.02, 5, "NO_ACTION"),
    )
    settings = []
    for index, (place, offset, visits, mode) in enumerate(places):
        settings.append(
            {
                "id": f"{vehicle.vin[-6:]}-{place.lower()}",
                "lastUpdated": stamp(vehicle.updated_at - timedelta(days=index * 3)),
                "clusterLocationId": f"cluster-{index + 1}",
                "latitude": round(vehicle.latitude + offset, 6),
                "longitude": round(vehicle.longitude - offset, 6),
                "lastVisit": stamp(vehicle.updated_at - timedelta(days=index)),
                "visits": visits,
                "chargingMode": mode,
                "optimizedChargingPreference": "CHARGING_WINDOW" if mode == "DELAYED_CHARGING" else "NONE",
                "startChargingTimePeriodHour": 22,
                "startChargingTimePeriodMinute": 0,
                "stopChargingTimePeriodHour": 6,
                "stopChargingTimePeriodMinute": 30,
                "vehicleIdWithGcid": f"{vehicle.vin}_{owner_id}",
                "chargingTimeWindows": [
                    {
                        "startChargingTimePeriodHour": 22,
                        "startChargingTimePeriodMinute": 0,
                        "stopChargingTimePeriodHour": 6,
                        "stopChargingTimePeriodMinute": 30,
                    }
                ],
                "acCurrentLimitFlag": "ENABLED" if index == 0 else "DISABLED",
                "acCurrentLimit": 16.0 if index == 0 else None,
                "acousticLimit": "UNLIMITED",
                "flapLock": "AUTOMATIC",
                "chargingPlug": "TYPE_2",
            }
        )
    return settings


def _tyre(vehicle: Vehicle, position: str, season: str, wear_mm: float, mounted: bool) -> Payload:
    status = "OK" if wear_mm >= 3 else "WARNING"
    color = "GREEN" if wear_mm >= 3 else "YELLOW"
    return {
        "label": position,
        "dimension": {
            "label": "Dimension",
            "value": "245/45 R18 100Y",
            "sectionWidth": 245,
            "aspectRatio": 45,
            "constructionType": "R",
            "rimDiameter": 18,
            "loadIndex": 100,
            "speedRating": "Y",
        },
        "mountingDate": {
            "label": "Mounted",
            "mountingDate": f"{vehicle.spec.year}-04-02",
            "value": f"{vehicle.spec.year}-04-02",
        },
        "optimizedForOem": {"label": "Approved by BMW", "optimizedForOem": "STAR", "value": "Yes"},
        "partNumber": {"label": "Part number", "partNumber": "2459145", "value": "2459145"},
        "qualityStatus": {"label": "Quality", "qualityStatus": "GOOD", "value": "Good"},
        "runFlat": {"label": "Run-flat", "runFlat": vehicle.spec.powertrain != "BEV", "value": "Yes"},
        "season": {"label": "Season", "season": season, "value": season.title()},
        "tread": {
            "label": "Tread",
            "value": "Primacy 4",
            "manufacturer": "Michelin",
            "treadDesign": "Primacy 4",
            "carcass": "RADIAL",
        },
        "tyreDefect": {"label": "Defects", "value": "None", "status": "NO_DEFECT", "statusColor": "GREEN"},
        "tyreProductionDate": {"label": "Produced", "value": f"{vehicle.spec.year - 1}-W42", "statusColor": "GREEN"},
        "tyreWear": {
            "label": "Tread depth",
            "value": f"{wear_mm:.1f} mm",
            "status": status,
            "statusColor": color if mounted else "GREY",
            "dueMileage": round(wear_mm * 8000) if mounted else None,
            "unit": "KILOMETER",
        },
    }


def tyre_diagnosis(vehicle: Vehicle) -> Payload:
    rng = random.Random(f"{vehicle.vin}:tyres")

    def tyre_set(season: str, mounted: bool) -> Payload:
        wheels = {
            key: _tyre(vehicle, label, season, round(rng.uniform(2.6, 7.5), 1), mounted)
            for key, label in (
                ("frontLeft", "Front left"),
                ("frontRight", "Front right"),
                ("rearLeft", "Rear left"),
                ("rearRight", "Rear right"),
            )
        }
        return {
            "label": "Mounted tyres" if mounted else "Stored tyres",
            "aggregatedQualityStatus": {"label": "Overall", "qualityStatus": "GOOD", "value": "Good"},
            **wheels,
        }

    stored = tyre_set("WINTER", mounted=False) if vehicle.spec.powertrain != "ICE" else None
    return {"passengerCar": {"mountedTyres": tyre_set("SUMMER", mounted=True), "unmountedTyres": stored}, "errors": []}


# ---- the gateway -------------------------------------------------------------------------------


class Gateway:
    """What CarData checks before an operation runs, in order: version header, token, quota, VIN."""

    def __init__(self, ctx: BrandContext) -> None:
        self.ctx = ctx

    @property
    def data(self) -> CarDataState:
        return cardata_state(self.ctx.state)

    def principal(self, request: Request) -> tuple[Principal, str]:
        if request.headers.get("x-version") != "v1":
            raise CarDataError(400, "CU-400", "bad request", "Header x-version must be v1.")
        principal = self.ctx.authenticate(request, scopes=(API_SCOPE,))
        account = principal.user_id or principal.client_id
        if not self.data.spend(account, self.ctx.clock.now()):
            raise CarDataError(403, "CU-429", "API rate limit reached", "The daily limit of API calls is reached.")
        return principal, account

    def vehicle(self, request: Request) -> tuple[Vehicle, str]:
        """The VIN's vehicle and the calling account, after every check."""
        principal, account = self.principal(request)
        vin = request.path_params["vin"]
        if not _VIN.match(vin):
            raise CarDataError(400, "CU-120", "invalid vin", "The VIN must have 17 upper-case characters.")
        vehicle = self.ctx.find_vehicle(vin)
        if vehicle is None or not principal.may_access(vehicle.id) or vehicle.secondary_mapping:
            raise CarDataError(403, "CU-104", "no permission", "No permission for this VIN.")
        return vehicle, account

    def container(self, request: Request, account: str, container_id: str) -> Container:
        if not _CONTAINER_ID.match(container_id):
            raise CarDataError(400, "CU-121", "invalid containerId", "The containerId must have 13 characters.")
        for container in self.data.visible_containers(account, self.ctx.clock.now()):
            if container.container_id == container_id:
                return container
        raise CarDataError(403, "CU-105", "no permission", "No permission for this containerId.")


async def json_body(request: Request) -> Payload:
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise CarDataError(400, "CU-400", "bad request", "The body must be a JSON object.")
    return body


def created_container(body: Payload, container_id: str, now: datetime) -> Container:
    name, purpose, descriptors = body.get("name"), body.get("purpose"), body.get("technicalDescriptors")
    if not isinstance(name, str) or not isinstance(purpose, str) or not name.strip():
        raise CarDataError(400, "CU-400", "bad request", "name and purpose are required.")
    if not isinstance(descriptors, list) or not descriptors:
        raise CarDataError(400, "CU-400", "bad request", "technicalDescriptors must list at least one descriptor.")
    invalid = [item for item in descriptors if not isinstance(item, str) or not _DESCRIPTOR.match(item)]
    if invalid:
        raise CarDataError(400, "CU-402", "invalid telematic key", f"Unknown technical descriptor {invalid[0]!r}.")
    return Container(container_id, name, purpose, list(dict.fromkeys(descriptors)), now)


def page(items: list[Payload], offset: int, size: int) -> tuple[list[Payload], int | None]:
    chunk = items[offset : offset + size]
    following = offset + size
    return chunk, following if following < len(items) else None


def _mapping_type(car: Vehicle) -> str:
    return "SECONDARY" if car.secondary_mapping else "PRIMARY"


def routes(ctx: BrandContext) -> dict[str, list[BaseRoute]]:
    """Every spec'd CarData operation, on the ``api`` host."""
    gateway = Gateway(ctx)

    def now() -> datetime:
        return ctx.clock.now()

    @answering
    async def mappings(request: Request) -> Response:
        principal, _ = gateway.principal(request)
        mapped_since = stamp(datetime(2024, 5, 1, 9, 30, tzinfo=UTC))
        cars = [car for car in ctx.vehicles() if principal.may_access(car.id)]
        return JSONResponse(
            [{"vin": car.vin, "mappedSince": mapped_since, "mappingType": _mapping_type(car)} for car in cars]
        )

    @answering
    async def basic(request: Request) -> Response:
        vehicle, _ = gateway.vehicle(request)
        return JSONResponse(basic_data(vehicle))

    @answering
    async def image(request: Request) -> Response:
        vehicle, _ = gateway.vehicle(request)
        if not vehicle.is_electric:
            raise CarDataError(404, "CU-126", "no image", "No vehicle image is available for this VIN.")
        shade = sum(vehicle.color.encode()) % 200
        return Response(png(64, 32, (shade, 80, 255 - shade)), media_type="image/png")

    @answering
    async def list_containers(request: Request) -> Response:
        _, account = gateway.principal(request)
        with gateway.data.lock:
            listed = [c.summary() for c in gateway.data.visible_containers(account, now())]
        return JSONResponse({"containers": listed})

    @answering
    async def create_container(request: Request) -> Response:
        _, account = gateway.principal(request)
        body = await json_body(request)
        data = gateway.data
        with data.lock:
            container = created_container(body, data.new_id(), now())
            owned = data.visible_containers(account, now())
            if sum(1 for c in owned if c.deleted_at is None) >= MAX_CONTAINERS:
                raise CarDataError(400, "CU-124", "container limit", f"At most {MAX_CONTAINERS} containers per user.")
            owned.append(container)
        return JSONResponse(container.details(), status_code=201)

    @answering
    async def get_container(request: Request) -> Response:
        _, account = gateway.principal(request)
        with gateway.data.lock:
            container = gateway.container(request, account, request.path_params["container_id"])
        return JSONResponse(container.details())

    @answering
    async def delete_container(request: Request) -> Response:
        _, account = gateway.principal(request)
        with gateway.data.lock:
            container = gateway.container(request, account, request.path_params["container_id"])
            if container.deleted_at is not None:
                raise CarDataError(400, "CU-122", "already deleted", "The container is already set for deletion.")
            container.deleted_at = now()
        return Response(status_code=204)

    @answering
    async def telematics(request: Request) -> Response:
        vehicle, account = gateway.vehicle(request)
        container_id = request.query_params.get("containerId")
        if not container_id:
            raise CarDataError(400, "CU-401", "parameter invalid", "Query parameter containerId is required.")
        with gateway.data.lock:
            container = gateway.container(request, account, container_id)
        if container.deleted_at is not None:
            raise CarDataError(403, "CU-105", "no permission", "The container is not active.")
        return JSONResponse(telematic_data(vehicle, container.descriptors, now()))

    @answering
    async def charging_history(request: Request) -> Response:
        vehicle, _ = gateway.vehicle(request)
        params = request.query_params
        start, end = parse_instant(params.get("from"), "from"), parse_instant(params.get("to"), "to")
        query = ("history", vehicle.vin, params["from"], params["to"])
        token = params.get("nextToken")
        with gateway.data.lock:
            offset = gateway.data.take_cursor(token, query, now()) if token else 0
            sessions = [
                session
                for session in charging_sessions(vehicle, ctx.state.seed)
                if start.timestamp() <= session["startTime"] <= end.timestamp()
            ]
            chunk, following = page(sessions, offset, HISTORY_PAGE_SIZE)
            body: Payload = {"data": chunk}
            if following is not None:
                body["next_token"] = gateway.data.issue_cursor(query, following, now())
        return JSONResponse(body)

    @answering
    async def settings(request: Request) -> Response:
        vehicle, _ = gateway.vehicle(request)
        if not vehicle.is_electric:
            raise CarDataError(404, "CU-127", "no data", "No location based charging settings for this VIN.")
        query = ("settings", vehicle.vin)
        token = request.query_params.get("nextToken")
        with gateway.data.lock:
            offset = gateway.data.take_cursor(token, query, now()) if token else 0
            chunk, following = page(charging_settings(vehicle, ctx.owner.id), offset, SETTINGS_PAGE_SIZE)
            cursor = gateway.data.issue_cursor(query, following, now()) if following is not None else None
        return JSONResponse({"data": chunk, "nextToken": cursor})

    @answering
    async def tyres(request: Request) -> Response:
        vehicle, _ = gateway.vehicle(request)
        return JSONResponse(tyre_diagnosis(vehicle))

    api: list[BaseRoute] = [
        Route(f"{VEHICLES}/mappings", mappings, methods=["GET"]),
        Route(f"{VEHICLES}/{{vin}}/basicData", basic, methods=["GET"]),
        Route(f"{VEHICLES}/{{vin}}/image", image, methods=["GET"]),
        Route(CONTAINERS, list_containers, methods=["GET"]),
        Route(CONTAINERS, create_container, methods=["POST"]),
        Route(f"{CONTAINERS}/{{container_id}}", get_container, methods=["GET"]),
        Route(f"{CONTAINERS}/{{container_id}}", delete_container, methods=["DELETE"]),
        Route(f"{VEHICLES}/{{vin}}/telematicData", telematics, methods=["GET"]),
        Route(f"{VEHICLES}/{{vin}}/chargingHistory", charging_history, methods=["GET"]),
        Route(f"{VEHICLES}/{{vin}}/locationBasedChargingSettings", settings, methods=["GET"]),
        Route(f"{VEHICLES}/{{vin}}/smartMaintenanceTyreDiagnosis", tyres, methods=["GET"]),
    ]
    return {"api": api}


PLUGIN = BrandPlugin(routes=routes)


def quota_used(state: SimState, account: str) -> int:
    """Calls ``account`` (a gcid) has spent today, for tests and the admin view."""
    return cardata_state(state).used(account, state.clock.now())


__all__ = ["PLUGIN", "CarDataError", "CarDataState", "cardata_state", "quota_used"]
