"""The vehicle-state model: a seeded fleet per brand whose state commands and simulated time change."""

from __future__ import annotations

import dataclasses
import random
import threading
from typing import Any

from ..clock import SimClock
from .catalog import CATALOGS, build_vehicles, owner_id
from .deliveries import Deliveries, Delivery
from .vehicle import Command, CommandOutcome, Vehicle, VehicleModel

__all__ = ["Command", "CommandOutcome", "Deliveries", "Delivery", "Fleet", "Owner", "Vehicle", "VehicleModel"]


@dataclasses.dataclass(frozen=True)
class Owner:
    """The demo account that owns a brand's fleet (every login in the simulator is this user)."""

    brand: str
    id: str
    name: str
    email: str


class Fleet:
    """Every brand's vehicles and owner, deterministic for a given seed and clock."""

    def __init__(self, seed: int, clock: SimClock) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self.deliveries = Deliveries()
        self._owners: dict[str, Owner] = {}
        self._vehicles: dict[str, list[Vehicle]] = {}
        now = clock.now()
        for brand, catalog in CATALOGS.items():
            rng = random.Random(f"carconnect-sim:{seed}:{brand}")
            first = catalog.owner_name.split()[0].lower()
            self._owners[brand] = Owner(brand, owner_id(brand, rng), catalog.owner_name, f"{first}@example.com")
            self._vehicles[brand] = build_vehicles(brand, rng, now)

    @property
    def brands(self) -> tuple[str, ...]:
        return tuple(self._vehicles)

    def owner(self, brand: str) -> Owner:
        return self._owners[brand]

    def vehicles(self, brand: str) -> list[Vehicle]:
        return list(self._vehicles[brand])

    def find(self, brand: str, key: str) -> Vehicle | None:
        """The vehicle whose id or VIN is ``key`` (case-insensitive), or None."""
        wanted = key.lower()
        for vehicle in self._vehicles.get(brand, []):
            if wanted in (vehicle.id.lower(), vehicle.vin.lower()):
                return vehicle
        return None

    def vehicle(self, brand: str, key: str) -> Vehicle:
        """Like :meth:`find` but raises ``KeyError``."""
        found = self.find(brand, key)
        if found is None:
            raise KeyError(f"no {brand} vehicle {key!r}")
        return found

    def execute(self, brand: str, key: str, command: Command | str, **params: Any) -> CommandOutcome:
        """Deliver ``command`` to a vehicle: record the delivery, then change its state."""
        vehicle = self.vehicle(brand, key)
        wanted = Command(command)
        with self._lock:
            now = self._clock.now()
            outcome = vehicle.apply(wanted, now, params)
            self.deliveries.record(Delivery(brand, vehicle.id, wanted.value, now, outcome.ok, outcome.reason))
        return outcome

    def plug_in(self, brand: str, key: str, plugged: bool = True) -> None:
        """Connect or disconnect the charging cable (unplugging stops a charge)."""
        vehicle = self.vehicle(brand, key)
        with self._lock:
            if not plugged:
                vehicle.settle_charge(self._clock.now())
                vehicle.charging = False
                vehicle.charge_since = None
            vehicle.plugged_in = plugged

    def set_asleep(self, brand: str, key: str, asleep: bool = True) -> None:
        """Put a vehicle into deep sleep: every command but WAKE fails with DEEP_SLEEP."""
        vehicle = self.vehicle(brand, key)
        with self._lock:
            vehicle.asleep = asleep

    def snapshot(self, brand: str) -> list[dict[str, Any]]:
        now = self._clock.now()
        return [vehicle.snapshot(now) for vehicle in self._vehicles[brand]]
