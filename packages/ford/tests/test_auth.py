"""Logins: FordConnect Query, FordConnect and the FordPass chain, on respx and end to end on the simulator."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from carconnect.core import (
    AuthenticationError,
    FakeClock,
    InvalidStateError,
    MemoryTokenStore,
    OAuthError,
    ReauthorizationRequiredError,
    Token,
)
from carconnect.core.oauth import read_pasted_redirect
from carconnect.ford import (
    CONNECT_APPLICATION_ID,
    FORDPASS_CLIENT_ID,
    AsyncFordClient,
    AsyncFordConnectClient,
    AsyncFordPassClient,
    FordAuth,
    FordClient,
    FordConnectAuth,
    FordConnectClient,
    FordPassAuth,
    FordPassClient,
    Region,
)
from carconnect.sim import Simulator

QUERY_TOKEN = "https://api.vehicle.ford.com/dah2vb2cprod.onmicrosoft.com/oauth2/v2.0/token"
FORDPASS_ROOT = "https://login.ford.com/4566605f-43a7-400a-946e-89cc9fdb0bd7/B2C_1A_SignInSignUp_en-US/oauth2/v2.0"
CAT_EXCHANGE = "https://api.foundational.ford.com/api/token/v2/cat-with-b2c-access-token"
CAT_REFRESH = "https://api.foundational.ford.com/api/token/v2/cat-with-refresh-token"
CAT = {
    "access_token": "cat-1",
    "refresh_token": "cat-refresh-1",
    "expires_in": 3600,
    "refresh_expires_in": 2629746,
    "ford_consumer_id": "consumer-1",
}


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def form_of(request: httpx.Request) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(request.content.decode()).items()}


@pytest.fixture
def mocked(router: respx.MockRouter, transport: httpx.MockTransport, clock: FakeClock) -> dict[str, Any]:
    return {"transport": transport, "async_transport": transport, "clock": clock}


def test_query_login_url_and_exchange(router: respx.MockRouter, mocked: dict[str, Any]) -> None:
    auth = FordAuth("client-1", "secret-1", redirect_uri="https://example.com/cb", **mocked)
    login = auth.authorization_request()
    assert login.url.startswith("https://api.vehicle.ford.com/fcon-public/v1/auth/init?")
    params = query_of(login.url)
    assert len(params["state"]) <= 16
    assert params["client_id"] == "client-1"
    assert params["scope"] == "openid offline_access"
    with pytest.raises(ValueError, match="16"):
        auth.authorization_request(state="x" * 17)
    route = router.post(QUERY_TOKEN).respond(json={"access_token": "a-1", "refresh_token": "r-1", "expires_in": 1200})
    token = auth.exchange_code(login, f"https://example.com/cb?code=code-1&state={login.state}")
    assert token.refresh_token == "r-1"
    request = route.calls.last.request
    assert request.url.params["p"] == "B2C_1A_FCON_AUTHORIZE"
    assert "Authorization" not in request.headers
    form = form_of(request)
    assert form["client_secret"] == "secret-1"
    assert form["grant_type"] == "authorization_code"
    router.post(QUERY_TOKEN).respond(json={"access_token": "a-2", "refresh_token": "r-2", "expires_in": 1200})
    assert auth.refresh(token).refresh_token == "r-2"  # rotation: the new refresh token is kept
    auth.close()


def test_query_state_mismatch_is_refused(mocked: dict[str, Any]) -> None:
    auth = FordAuth("client-1", "secret-1", redirect_uri="https://example.com/cb", **mocked)
    login = auth.authorization_request()
    with pytest.raises(InvalidStateError):
        auth.exchange_code(login, "https://example.com/cb?code=code-1&state=other")


def test_connect_login_url(mocked: dict[str, Any]) -> None:
    auth = FordConnectAuth("client-1", "secret-1", make="L", **mocked)
    login = auth.authorization_request()
    assert login.url.startswith("https://fordconnect.cv.ford.com/common/login/?")
    params = query_of(login.url)
    assert params["make"] == "L"
    assert params["application_id"] == CONNECT_APPLICATION_ID
    assert params["redirect_uri"] == "https://localhost:3000"
    assert params["scope"] == "access"
    assert auth.config.client_auth == "post"
    assert "b2clogin.com" in auth.config.token_url


def test_fordpass_login_url_has_the_apps_parameters(mocked: dict[str, Any]) -> None:
    auth = FordPassAuth(region=Region.AU, **mocked)
    login = auth.authorization_request()
    assert login.url.startswith(
        "https://login.ford.com.au/4566605f-43a7-400a-946e-89cc9fdb0bd7/B2C_1A_SignInSignUp_en-US/oauth2/v2.0/authorize?"
    )
    params = query_of(login.url)
    assert params["redirect_uri"] == "fordapp://userauthorized"
    assert params["scope"] == f"{FORDPASS_CLIENT_ID} openid"
    assert params["code_challenge_method"] == "S256"
    assert params["max_age"] == "3600"
    assert params["ford_application_id"] == Region.AU.info.application_id
    assert params["country_code"] == "AUS"
    assert params["ui_locales"] == params["language_code"] == "en-US"


async def test_fordpass_chain_from_a_pasted_url(kind: str, router: respx.MockRouter, mocked: dict[str, Any]) -> None:
    b2c = router.post(f"{FORDPASS_ROOT}/token").respond(200, json={"access_token": "b2c-1", "expires_in": 3600})
    cat = router.post(CAT_EXCHANGE).respond(json=CAT)
    auth = FordPassAuth(**mocked)
    login = auth.authorization_request()
    pasted = read_pasted_redirect(lambda _: f"  fordapp://userauthorized/?code=code-1&state={login.state}\n")
    token = auth.exchange_code(login, pasted) if kind == "sync" else await auth.aexchange_code(login, pasted)
    assert token.access_token == "cat-1"
    assert token.extras["ford_consumer_id"] == "consumer-1"
    form = form_of(b2c.calls.last.request)
    assert form["code_verifier"] == login.code_verifier
    assert form["client_id"] == FORDPASS_CLIENT_ID
    assert "client_secret" not in form
    assert b2c.calls.last.request.headers["User-Agent"] == "okhttp/4.12.0"
    exchanged = cat.calls.last.request
    assert json.loads(exchanged.content) == {"idpToken": "b2c-1"}
    assert exchanged.headers["Application-Id"] == Region.US.info.application_id


def test_fordpass_b2c_token_is_read_from_the_body_whatever_the_status(
    router: respx.MockRouter, mocked: dict[str, Any]
) -> None:
    router.post(f"{FORDPASS_ROOT}/token").respond(400, json={"access_token": "b2c-1", "expires_in": 3600})
    router.post(CAT_EXCHANGE).respond(json=CAT)
    auth = FordPassAuth(**mocked)
    login = auth.authorization_request()
    assert auth.exchange_code(login, "code-1").access_token == "cat-1"


def test_fordpass_login_errors(router: respx.MockRouter, mocked: dict[str, Any]) -> None:
    auth = FordPassAuth(**mocked)
    login = auth.authorization_request()
    router.post(f"{FORDPASS_ROOT}/token").respond(400, json={"error": "invalid_grant", "error_description": "used"})
    with pytest.raises(OAuthError) as caught:
        auth.exchange_code(login, "code-1")
    assert caught.value.code == "invalid_grant"
    router.post(f"{FORDPASS_ROOT}/token").respond(json={"access_token": "b2c-1"})
    rejected = {"message": "Invalid or Expired Token", "timestamp": "2026-01-01T00:00:00Z", "errorCode": "460"}
    router.post(CAT_EXCHANGE).respond(401, json=rejected)
    with pytest.raises(AuthenticationError) as cat_error:
        auth.exchange_code(login, "code-1")
    assert cat_error.value.code == "460"


async def test_cat_refresh_is_json_and_460_means_log_in_again(
    kind: str, router: respx.MockRouter, mocked: dict[str, Any]
) -> None:
    auth = FordPassAuth(**mocked)
    token = Token("cat-1", refresh_token="cat-refresh-1")
    route = router.post(CAT_REFRESH).respond(json={**CAT, "access_token": "cat-2", "refresh_token": "cat-refresh-2"})
    fresh = auth.refresh(token) if kind == "sync" else await auth.arefresh(token)
    assert (fresh.access_token, fresh.refresh_token) == ("cat-2", "cat-refresh-2")
    assert json.loads(route.calls.last.request.content) == {"refresh_token": "cat-refresh-1"}
    rejected = {"message": "Invalid or Expired Token", "timestamp": "2026-01-01T00:00:00Z", "errorCode": "460"}
    router.post(CAT_REFRESH).respond(400, json=rejected)
    with pytest.raises(ReauthorizationRequiredError):
        auth.refresh(token) if kind == "sync" else await auth.arefresh(token)
    with pytest.raises(ReauthorizationRequiredError):
        auth.refresh(Token("cat-1"))


# ---- end to end on the simulator: login URL -> authorize -> redirect -> exchange -> API -> refresh ----


def _browser(url: str) -> str:
    answer = httpx.get(url, follow_redirects=False)
    assert answer.status_code == 302
    return answer.headers["location"]


async def test_query_end_to_end(kind: str, sim: Simulator, clock: FakeClock, run: Any, shut: Any) -> None:
    endpoints = sim.endpoints("ford")
    registered = endpoints.client
    assert registered.client_secret is not None
    auth = FordAuth(
        registered.client_id,
        registered.client_secret,
        redirect_uri=registered.redirect_uri,
        base_url=sim.url("ford", "auth"),
        clock=clock,
    )
    login = auth.authorization_request()
    redirect = _browser(login.url)
    token = auth.exchange_code(login, redirect) if kind == "sync" else await auth.aexchange_code(login, redirect)
    store = MemoryTokenStore(token)
    manager = auth.token_manager(store)
    client = (FordClient if kind == "sync" else AsyncFordClient)(manager, base_url=endpoints.apis["query"], clock=clock)
    vin = (await run(client.garage())).vin
    clock.advance(1200)
    assert (await run(client.garage())).vin == vin
    assert manager.refresh_count == 1
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != token.refresh_token  # rotated and persisted
    await shut(client)
    auth.close()
    await auth.aclose()


async def test_connect_end_to_end(kind: str, sim: Simulator, clock: FakeClock, run: Any, shut: Any) -> None:
    endpoints = sim.endpoints("ford", "ford-connect")
    registered = endpoints.client
    assert registered.client_secret is not None
    assert endpoints.authorize_url is not None
    auth = FordConnectAuth(
        registered.client_id,
        registered.client_secret,
        redirect_uri=registered.redirect_uri,
        authorize_url=endpoints.authorize_url,
        token_url=endpoints.token_url,
        clock=clock,
    )
    login = auth.authorization_request()
    redirect = _browser(login.url)
    token = auth.exchange_code(login, redirect) if kind == "sync" else await auth.aexchange_code(login, redirect)
    manager = auth.token_manager(token)
    cls = FordConnectClient if kind == "sync" else AsyncFordConnectClient
    client = cls(manager, base_url=sim.url("ford", "mps"), clock=clock)
    vehicle_id = (await run(client.vehicles())).vehicles[0].vehicle_id
    clock.advance(1300)
    assert (await run((await run(client.lock(vehicle_id))).wait())).status == "COMPLETED"
    assert manager.refresh_count == 1
    await shut(client)
    auth.close()
    await auth.aclose()


async def test_fordpass_end_to_end(
    kind: str, sim: Simulator, clock: FakeClock, sim_fordpass_auth: FordPassAuth, run: Any, shut: Any
) -> None:
    auth = sim_fordpass_auth
    login = auth.authorization_request()
    pasted = _browser(login.url)
    assert pasted.startswith("fordapp://userauthorized")
    token = auth.exchange_code(login, pasted) if kind == "sync" else await auth.aexchange_code(login, pasted)
    manager = auth.token_manager(token)
    cls = FordPassClient if kind == "sync" else AsyncFordPassClient
    client = cls(
        manager, auth=auth, base_url=sim.url("ford", "autonomic"), ford_base_url=sim.url("ford", "api"), clock=clock
    )
    vin = (await run(client.vehicles())).user_vehicles.vehicle_details[0].vin
    assert (await run(client.telemetry(vin))).vin == vin
    clock.advance(3600)  # the CAT token expired: refreshed with JSON, then exchanged for Autonomic again
    assert (await run(client.telemetry(vin))).vin == vin
    assert (await run(client.vehicles())).user_vehicles is not None
    assert manager.refresh_count == 1
    await shut(client)
    auth.close()
    await auth.aclose()
