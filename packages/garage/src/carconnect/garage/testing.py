"""Async clients of every installed brand signed in to a running carconnect simulator (tests, demos).

    with Simulator() as sim:
        garage = Garage(simulated_clients(sim).values())

Each client signs as the simulator's demo user with a fresh simulator token per request, so hours of
simulated time can pass. BMW events stream from the simulator's CarData broker with
``simulated_client("bmw", sim, streaming=True)`` and ``Garage(..., options=simulated_options(sim))``.
Needs ``carconnect-sim``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from carconnect.core import SYSTEM_CLOCK, AccessTokenCallback, Clock, Token, TokenManager
from carconnect.core.brands import installed_brands


def sim_login(sim: Any, server: str) -> AccessTokenCallback:
    """The demo user's login on the simulator's authorization server ``server``."""

    async def token() -> str:
        return str(sim.issue_token(server)["access_token"])

    return AccessTokenCallback(aget=token)


class SimRefresher:
    """Renews the simulator's BMW streaming login (GCID and id_token) from the simulator itself."""

    def __init__(self, sim: Any) -> None:
        self.sim = sim

    def refresh(self, token: Token | None = None) -> Token:
        from carconnect.sim.mqtt.testing import streaming_token

        fresh: Token = streaming_token(self.sim)
        return fresh

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def sim_streaming_login(sim: Any, clock: Clock | None = None) -> TokenManager:
    """The demo user's BMW login with the streaming scopes: a ``TokenManager`` whose token has GCID and id_token."""
    refresher = SimRefresher(sim)
    return TokenManager(refresher.refresh(), refresher, clock=clock or SYSTEM_CLOCK)


def simulated_brands() -> list[str]:
    """Every installed brand the garage has an adapter for."""
    adapters = __name__.rsplit(".", 1)[0] + ".adapters"
    return [name for name in installed_brands() if importlib.util.find_spec(f"{adapters}.{name}") is not None]


def simulated_client(brand: str, sim: Any, **options: Any) -> Any:
    """An async client of ``brand`` on ``sim``; ``options`` (``clock=``, ``event_hooks=``...) go to the client."""
    module = importlib.import_module(__name__.rsplit(".", 1)[0] + f".adapters.{brand}")
    return module.simulated_client(sim, **options)


def simulated_clients(sim: Any, **options: Any) -> dict[str, Any]:
    """:func:`simulated_client` of every brand in :func:`simulated_brands`, by brand name."""
    return {brand: simulated_client(brand, sim, **options) for brand in simulated_brands()}


def simulated_options(sim: Any) -> dict[str, dict[str, Any]]:
    """``Garage(options=...)`` for brands whose adapter talks to more of the simulator than its HTTP API
    (BMW: the CarData broker, started if need be), by brand name."""
    found = {}
    for brand in simulated_brands():
        module = importlib.import_module(__name__.rsplit(".", 1)[0] + f".adapters.{brand}")
        options = getattr(module, "simulated_options", None)
        if options is not None:
            found[brand] = options(sim)
    return found
