"""Every command the simulator received, counted per (brand, vehicle, command)."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from datetime import datetime


@dataclasses.dataclass(frozen=True)
class Delivery:
    brand: str
    vehicle_id: str
    command: str
    at: datetime
    ok: bool
    reason: str | None


class Deliveries:
    """A thread-safe log of command deliveries, for "delivered exactly once" assertions."""

    def __init__(self) -> None:
        self._log: list[Delivery] = []
        self._lock = threading.Lock()

    def record(self, delivery: Delivery) -> None:
        with self._lock:
            self._log.append(delivery)

    def log(self) -> list[Delivery]:
        with self._lock:
            return list(self._log)

    def count(self, brand: str | None = None, vehicle_id: str | None = None, command: str | None = None) -> int:
        """How many deliveries match every given filter (vehicle ids compare case-insensitively)."""
        wanted_vehicle = vehicle_id.lower() if vehicle_id else None
        return sum(
            1
            for item in self.log()
            if (brand is None or item.brand == brand)
            and (wanted_vehicle is None or item.vehicle_id.lower() == wanted_vehicle)
            and (command is None or item.command == command)
        )

    def counts(self) -> Counter[tuple[str, str, str]]:
        """Deliveries per (brand, vehicle id, command)."""
        return Counter((item.brand, item.vehicle_id, item.command) for item in self.log())

    def clear(self) -> None:
        with self._lock:
            self._log.clear()
