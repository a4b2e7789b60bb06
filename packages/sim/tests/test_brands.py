"""The brand plug-in point: routes per host, bearer authentication, brand-shaped errors."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from carconnect.sim import BrandContext, BrandError, BrandPlugin, ManualClock, Simulator
from carconnect.sim.brands import load_plugins
from carconnect.sim.profiles.errors import ErrorStyle


def _echo_routes(ctx: BrandContext) -> Mapping[str, Sequence[BaseRoute]]:
    async def whoami(request: Request) -> Response:
        principal = ctx.authenticate(request, scopes=request.query_params.getlist("scope"))
        vehicle = ctx.vehicle_for(request, principal, request.path_params["vin"])
        return JSONResponse({"user": principal.user_id, "vin": vehicle.vin, "host": ctx.host_of(request).name})

    async def lock(request: Request) -> Response:
        principal = ctx.authenticate(request)
        vehicle = ctx.vehicle_for(request, principal, request.path_params["vin"])
        outcome = ctx.execute(vehicle.id, "lock")
        return JSONResponse({"ok": outcome.ok, "link": ctx.url(request, "auth", "/x")})

    async def teapot(request: Request) -> Response:
        raise BrandError(418, "short and stout")

    return {
        "api": [
            Route("/vehicles/{vin}", whoami),
            Route("/vehicles/{vin}/lock", lock, methods=["POST"]),
            Route("/teapot", teapot),
        ]
    }


class _Plain(ErrorStyle):
    def error(self, status: int, message: str, now: object) -> Response:
        return JSONResponse({"plain": message}, status_code=status)


@pytest.fixture
def plugged() -> Iterator[tuple[Simulator, httpx.Client]]:
    plugins = {
        "volvo": BrandPlugin(routes=_echo_routes),
        "bmw": BrandPlugin(routes=_echo_routes),
        "smartcar": BrandPlugin(routes=_echo_routes, error_styles={"api": _Plain()}),
    }
    sim = Simulator(clock=ManualClock(), plugins=plugins)
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        yield sim, client


def _get(client: httpx.Client, brand: str, vin: str, token: str | None, **params: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.get(f"/{brand}/api/vehicles/{vin}", headers=headers, params=params)


def test_authenticated_route_sees_the_principal(plugged: tuple[Simulator, httpx.Client]) -> None:
    sim, client = plugged
    vin = sim.fleet.vehicles("volvo")[0].vin
    token = sim.issue_token("volvo")["access_token"]
    answer = _get(client, "volvo", vin, token)
    assert answer.json() == {"user": sim.fleet.owner("volvo").id, "vin": vin, "host": "api"}


def test_volvo_auth_failures_use_the_volvo_error_shape(plugged: tuple[Simulator, httpx.Client]) -> None:
    sim, client = plugged
    vin = sim.fleet.vehicles("volvo")[0].vin
    missing = _get(client, "volvo", vin, None)
    invalid = _get(client, "volvo", vin, "not-a-token")
    scoped = _get(client, "volvo", vin, sim.issue_token("volvo", scopes=["openid"])["access_token"], scope="conve:lock")
    assert missing.status_code == invalid.status_code == 401
    assert missing.json()["error"]["message"] == "UNAUTHORIZED"
    assert scoped.status_code == 403
    assert scoped.json()["error"] == {"message": "FORBIDDEN", "description": "Missing scope: conve:lock."}


def test_expired_revoked_and_foreign_tokens_are_refused(plugged: tuple[Simulator, httpx.Client]) -> None:
    sim, client = plugged
    vin = sim.fleet.vehicles("bmw")[0].vin
    expired = sim.issue_token("bmw")["access_token"]
    sim.clock.advance(3600)
    revoked = sim.issue_token("bmw")["access_token"]
    grant_id = sim.oauth.tokens[revoked].grant_id
    assert grant_id is not None
    sim.oauth.revoke_grant(grant_id, sim.clock.now(), "test")
    foreign = sim.issue_token("volvo")["access_token"]

    answers = [_get(client, "bmw", vin, token).json()["exveErrorId"] for token in (expired, revoked, foreign, None)]

    assert answers == ["CU-102", "CU-101", "CU-101", "CU-100"]


def test_vehicle_outside_the_grant_is_not_found(plugged: tuple[Simulator, httpx.Client]) -> None:
    sim, client = plugged
    first, second = sim.fleet.vehicles("volvo")[:2]
    token = sim.issue_token("volvo", vehicle_ids=[first.id])["access_token"]
    assert _get(client, "volvo", second.vin, token).status_code == 404


def test_commands_are_delivered_and_urls_point_at_other_hosts(plugged: tuple[Simulator, httpx.Client]) -> None:
    sim, client = plugged
    vehicle = sim.fleet.vehicles("volvo")[1]
    vehicle.locked = False
    token = sim.issue_token("volvo")["access_token"]
    answer = client.post(f"/volvo/api/vehicles/{vehicle.vin}/lock", headers={"Authorization": f"Bearer {token}"})
    assert answer.json() == {"ok": True, "link": "http://carconnect-sim.invalid/volvo/auth/x"}
    assert vehicle.locked
    assert sim.deliveries.count("volvo", vehicle.id, "lock") == 1


def test_brand_error_and_unknown_paths_use_the_host_style(plugged: tuple[Simulator, httpx.Client]) -> None:
    _, client = plugged
    teapot = client.get("/volvo/api/teapot")
    assert teapot.status_code == 418
    assert teapot.json()["error"]["description"] == "short and stout"
    assert client.get("/smartcar/api/nowhere").json() == {"plain": "Not Found"}
    assert client.get("/bmw/api/nowhere").json()["exveErrorId"] == "CU-400"
    assert client.post("/volvo/api/teapot").status_code == 405


def test_plugin_routes_for_an_unknown_host_are_refused() -> None:
    plugin = BrandPlugin(routes=lambda ctx: {"nowhere": []})
    with pytest.raises(ValueError, match="unknown host"):
        Simulator(plugins={"volvo": plugin})


def test_alias_hosts_reach_the_same_routes() -> None:
    sim = Simulator(plugins={"ford": BrandPlugin(routes=_echo_routes)})
    token = sim.issue_token("ford")["access_token"]
    vin = sim.fleet.vehicles("ford")[0].vin
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        via_alias = client.get(f"/ford/auth/vehicles/{vin}", headers={"Authorization": f"Bearer {token}"})
    assert via_alias.json()["host"] == "api"


def test_missing_brand_modules_are_skipped() -> None:
    assert load_plugins(["no_such_brand"]) == {}
