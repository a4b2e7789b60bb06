"""FordPass: the Autonomic token source follows the CAT login, a new login included (simulator, FakeClock)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from carconnect.core import FakeClock, MemoryTokenStore, ReauthorizationRequiredError, Token
from carconnect.ford import AsyncFordPassClient, FordPassAuth, FordPassClient
from carconnect.sim import Simulator


def _login(auth: FordPassAuth) -> Token:
    request = auth.authorization_request()
    answer = httpx.get(request.url, follow_redirects=False)
    assert answer.status_code == 302, answer.text
    return auth.exchange_code(request, answer.headers["location"])


def _end_cat_login(sim: Simulator, clock: FakeClock) -> None:
    """Ford revokes the CAT login; then both the CAT and the Autonomic tokens expire."""
    for grant in list(sim.oauth.grants.values()):
        if grant.server == "fordpass-cat":
            sim.oauth.revoke_grant(grant.id, clock.now(), "test")
    clock.advance(3700)


async def test_telemetry_works_again_after_a_new_login(
    kind: str, sim: Simulator, clock: FakeClock, sim_fordpass_auth: FordPassAuth, run: Any, shut: Any
) -> None:
    auth = sim_fordpass_auth
    store = MemoryTokenStore(_login(auth))
    cls = FordPassClient if kind == "sync" else AsyncFordPassClient
    client = cls(
        auth.token_manager(store),
        auth=auth,
        base_url=sim.url("ford", "autonomic"),
        ford_base_url=sim.url("ford", "api"),
        clock=clock,
    )
    vin = sim.fleet.vehicles("ford")[0].vin
    assert (await run(client.telemetry(vin))).vin == vin
    _end_cat_login(sim, clock)
    for _ in range(2):  # the dead CAT login is reported each time, not remembered by the Autonomic source
        with pytest.raises(ReauthorizationRequiredError):
            await run(client.telemetry(vin))
    store.save(_login(auth))  # the user logs in again
    assert (await run(client.telemetry(vin))).vin == vin
    clock.advance(86400)
    assert (await run(client.telemetry(vin))).vin == vin
    await shut(client)
    auth.close()
    await auth.aclose()


async def test_the_autonomic_source_exchanges_the_cat_token_of_a_new_login(
    kind: str, sim: Simulator, clock: FakeClock, sim_fordpass_auth: FordPassAuth
) -> None:
    auth = sim_fordpass_auth
    store = MemoryTokenStore(_login(auth))
    cat = auth.token_manager(store)
    autonomic = auth.autonomic_source(cat)

    async def token() -> str:
        return autonomic.get_access_token() if kind == "sync" else await autonomic.aget_access_token()

    first = await token()
    _end_cat_login(sim, clock)
    with pytest.raises(ReauthorizationRequiredError):
        await token()
    store.save(_login(auth))
    renewed = await token()
    assert renewed != first
    assert autonomic.token is not None
    assert autonomic.token.refresh_token is None  # nothing of Autonomic's own is kept for renewal
    auth.close()
    await auth.aclose()
