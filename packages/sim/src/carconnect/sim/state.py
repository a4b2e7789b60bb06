"""Everything one simulator run remembers, shared by the HTTP app, the transports and Python callers."""

from __future__ import annotations

import secrets

from .clock import SimClock, WallClock
from .faults import FaultRegistry
from .fleet import Fleet
from .oauth.store import OAuthStore
from .options import SimOptions


class SimState:
    """Seeded, clock-driven state: fleet, OAuth store, faults, options."""

    def __init__(self, seed: int = 0, clock: SimClock | None = None, options: SimOptions | None = None) -> None:
        self.seed = seed
        self.clock: SimClock = clock if clock is not None else WallClock()
        self.options = options if options is not None else SimOptions()
        self.options.check()
        self.fleet = Fleet(seed, self.clock)
        self.oauth = OAuthStore()
        self.faults = FaultRegistry(seed)
        self.signing_key = secrets.token_bytes(32)
        """Key of the simulator's HS256 id tokens."""

    def reset(self) -> None:
        """Back to the seeded start: fleet, grants, tokens, faults and deliveries (options and clock stay)."""
        self.fleet = Fleet(self.seed, self.clock)
        self.oauth.reset()
        self.faults.reset()
