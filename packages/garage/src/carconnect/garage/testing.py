"""Async clients of every installed brand signed in to a running carconnect simulator (tests, demos).

    with Simulator() as sim:
        garage = Garage(simulated_clients(sim).values())

Each client signs as the simulator's demo user with a fresh simulator token per request, so hours of
simulated time can pass. Needs ``carconnect-sim``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from carconnect.core import AccessTokenCallback
from carconnect.core.brands import installed_brands


def sim_login(sim: Any, server: str) -> AccessTokenCallback:
    """The demo user's login on the simulator's authorization server ``server``."""

    async def token() -> str:
        return str(sim.issue_token(server)["access_token"])

    return AccessTokenCallback(aget=token)


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
