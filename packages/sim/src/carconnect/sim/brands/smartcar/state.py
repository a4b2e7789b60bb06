"""What the Smartcar API remembers in one simulator run: rate limits, connections, subscriptions."""

from __future__ import annotations

import collections
import dataclasses
import threading
import weakref
from datetime import datetime
from typing import TYPE_CHECKING

from ...fleet import Fleet
from .errors import Payload

if TYPE_CHECKING:
    from ...state import SimState

APP_BUCKET = 120
APP_REFILL_PER_MINUTE = 2.0
VEHICLE_REQUESTS_PER_MINUTE = 60


@dataclasses.dataclass
class SmartcarState:
    """What the Smartcar API remembers in one simulator run (limits, connections, subscriptions)."""

    started: datetime
    app_capacity: int = APP_BUCKET
    app_refill_per_minute: float = APP_REFILL_PER_MINUTE
    vehicle_limit: int = VEHICLE_REQUESTS_PER_MINUTE
    app_tokens: float = APP_BUCKET
    app_checked: datetime | None = None
    vehicle_calls: dict[str, collections.deque[datetime]] = dataclasses.field(default_factory=dict)
    disconnected: set[tuple[str, str]] = dataclasses.field(default_factory=set)
    subscriptions: dict[tuple[str, str], datetime] = dataclasses.field(default_factory=dict)
    schedules: dict[str, dict[str, Payload]] = dataclasses.field(default_factory=dict)
    destinations: dict[str, tuple[float, float]] = dataclasses.field(default_factory=dict)
    charge_port_open: dict[str, bool] = dataclasses.field(default_factory=dict)
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock, repr=False)

    def take_app(self, now: datetime) -> int | None:
        """Spend one request of the application's bucket; seconds to wait when it is empty."""
        with self.lock:
            if self.app_checked is not None:
                minutes = max((now - self.app_checked).total_seconds(), 0) / 60
                self.app_tokens = min(self.app_capacity, self.app_tokens + minutes * self.app_refill_per_minute)
            self.app_checked = now
            if self.app_tokens < 1:
                return max(int((1 - self.app_tokens) * 60 / self.app_refill_per_minute) + 1, 1)
            self.app_tokens -= 1
            return None

    def take_vehicle(self, vehicle_id: str, now: datetime) -> int | None:
        """Count one request against the vehicle's minute; seconds to wait when it is full."""
        with self.lock:
            calls = self.vehicle_calls.setdefault(vehicle_id, collections.deque())
            while calls and (now - calls[0]).total_seconds() >= 60:
                calls.popleft()
            if len(calls) >= self.vehicle_limit:
                return max(int(60 - (now - calls[0]).total_seconds()) + 1, 1)
            calls.append(now)
            return None

    def connected(self, user_id: str, vehicle_id: str) -> bool:
        return (user_id, vehicle_id) not in self.disconnected


_STATES: weakref.WeakKeyDictionary[Fleet, SmartcarState] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def smartcar_state(state: SimState) -> SmartcarState:
    """The Smartcar state of a simulator run (``sim.state``); ``sim.reset()`` starts a fresh one."""
    with _STATES_LOCK:
        found = _STATES.get(state.fleet)
        if found is None:
            found = _STATES[state.fleet] = SmartcarState(started=state.clock.now())
        return found
