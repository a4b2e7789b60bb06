"""Commands the simulator accepted (FordConnect and FordPass), and calls per minute per key."""

from __future__ import annotations

import dataclasses
import uuid
from collections import deque
from datetime import datetime, timedelta
from typing import Any

from ...fleet import Command, CommandOutcome, Fleet, Vehicle
from .. import BrandContext

PENDING_SECONDS = 4
"""Simulated seconds a command stays pending before its outcome shows."""


@dataclasses.dataclass
class SentCommand:
    """A command the simulator accepted: when, what the vehicle did, and what Ford reports meanwhile."""

    id: str
    name: str
    vehicle_id: str
    issued: datetime
    outcome: CommandOutcome | None

    def state(self, now: datetime) -> str:
        """``pending``, ``succeeded`` or ``failed`` at ``now``."""
        if now < self.issued + timedelta(seconds=PENDING_SECONDS):
            return "pending"
        return "failed" if self.outcome is not None and not self.outcome.ok else "succeeded"


class Commands:
    """Sent commands by id (case-insensitive), forgotten when the simulator is reset."""

    def __init__(self, ctx: BrandContext) -> None:
        self.ctx = ctx
        self._fleet: Fleet = ctx.fleet
        self._sent: dict[str, SentCommand] = {}
        self._calls: dict[str, deque[float]] = {}

    def _fresh(self) -> None:
        if self._fleet is not self.ctx.fleet:
            self._fleet, self._sent, self._calls = self.ctx.fleet, {}, {}

    def send(self, vehicle: Vehicle, name: str, command: Command | None, **params: Any) -> SentCommand:
        self._fresh()
        outcome = self.ctx.execute(vehicle.id, command, **params) if command is not None else None
        sent = SentCommand(str(uuid.uuid4()), name, vehicle.id, self.ctx.clock.now(), outcome)
        self._sent[sent.id.lower()] = sent
        return sent

    def find(self, command_id: str) -> SentCommand | None:
        self._fresh()
        return self._sent.get(command_id.lower())

    def latest(self, vehicle_id: str, name: str) -> SentCommand | None:
        self._fresh()
        matching = [sent for sent in self._sent.values() if sent.vehicle_id == vehicle_id and sent.name == name]
        return matching[-1] if matching else None

    def over_limit(self, key: str, per_minute: int) -> int | None:
        """Seconds until the next call is allowed when ``key`` made ``per_minute`` calls in the last minute."""
        self._fresh()
        now = self.ctx.clock.now().timestamp()
        calls = self._calls.setdefault(key, deque())
        while calls and calls[0] <= now - 60:
            calls.popleft()
        if len(calls) >= per_minute:
            return max(int(calls[0] + 60 - now) + 1, 1)
        calls.append(now)
        return None
