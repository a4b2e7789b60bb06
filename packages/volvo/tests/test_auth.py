"""VolvoAuth: Volvo ID endpoints, HTTP Basic client authentication, PKCE, scopes and rotation-safe refresh."""

from __future__ import annotations

import base64
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from carconnect.core import FakeClock, MemoryTokenStore, ReauthorizationRequiredError, RetryPolicy, Token
from carconnect.volvo import (
    ALL_SCOPES,
    CONNECTED_VEHICLE_SCOPES,
    DEFAULT_SCOPES,
    RESTRICTED_SCOPES,
    VOLVO_ID_URL,
    Scope,
    VolvoAuth,
    VolvoClient,
)

REDIRECT = "https://app.example.test/callback"
TOKEN_PATH = "/as/token.oauth2"


@pytest.fixture
def volvo_id() -> respx.Router:
    return respx.Router(base_url=VOLVO_ID_URL, assert_all_called=False)


@pytest.fixture
def auth(volvo_id: respx.Router, clock: FakeClock) -> VolvoAuth:
    transport = httpx.MockTransport(volvo_id.handler)
    return VolvoAuth(
        "my-app",
        "my-secret",
        redirect_uri=REDIRECT,
        transport=transport,
        async_transport=transport,
        retry=RetryPolicy.disabled(),
        clock=clock,
    )


def form(request: httpx.Request) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(request.content.decode()).items()}


def test_scopes_cover_every_documented_scope() -> None:
    assert len(CONNECTED_VEHICLE_SCOPES) == 17
    assert DEFAULT_SCOPES[0] is Scope.OPENID
    assert len(DEFAULT_SCOPES) == 1 + 17 + 2
    assert set(ALL_SCOPES) == set(Scope)
    assert set(RESTRICTED_SCOPES) == {
        "conve:lock",
        "conve:unlock",
        "conve:engine_start_stop",
        "conve:honk_flash",
        "location:read",
    }


def test_scopes_written_as_one_string_are_a_list() -> None:
    auth = VolvoAuth("my-app", "my-secret", redirect_uri=REDIRECT, scopes="conve:lock conve:unlock")
    assert auth.config.scopes == ("openid", "conve:lock", "conve:unlock")


def test_login_url_asks_volvo_id_with_pkce(auth: VolvoAuth) -> None:
    request = auth.authorization_request()
    url = urlsplit(request.url)
    query = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{VOLVO_ID_URL}/as/authorization.oauth2"
    assert query["response_type"] == "code"
    assert query["client_id"] == "my-app"
    assert query["redirect_uri"] == REDIRECT
    assert query["scope"].split() == [str(scope) for scope in DEFAULT_SCOPES]
    assert query["code_challenge_method"] == "S256"
    assert query["state"] == request.state
    assert request.code_verifier is not None
    assert 43 <= len(request.code_verifier) <= 128


def test_openid_is_always_requested_once() -> None:
    auth = VolvoAuth("a", "s", redirect_uri=REDIRECT, scopes=[Scope.DOORS_STATUS, "conve:lock_status", Scope.OPENID])
    assert auth.config.scopes == ("openid", "conve:doors_status", "conve:lock_status")


def test_code_exchange_uses_basic_client_auth(auth: VolvoAuth, volvo_id: respx.Router, clock: FakeClock) -> None:
    route = volvo_id.post(TOKEN_PATH).respond(
        200,
        json={"access_token": "a1", "refresh_token": "r1", "token_type": "Bearer", "expires_in": 299, "id_token": "i"},
    )
    request = auth.authorization_request()
    token = auth.exchange_code(request, f"{REDIRECT}?code=c-1&state={request.state}")
    sent = route.calls.last.request
    assert sent.headers["authorization"] == "Basic " + base64.b64encode(b"my-app:my-secret").decode()
    assert form(sent) == {
        "grant_type": "authorization_code",
        "code": "c-1",
        "redirect_uri": REDIRECT,
        "code_verifier": request.code_verifier,
    }
    assert (token.access_token, token.refresh_token, token.id_token) == ("a1", "r1", "i")
    assert token.expires_at == clock.now() + timedelta(seconds=299)
    # Volvo ID: 7 idle days, 6 months per login
    assert token.refresh_expires_at == clock.now() + timedelta(days=7)
    assert token.login_expires_at == clock.now() + timedelta(days=184)


async def test_async_code_exchange(auth: VolvoAuth, volvo_id: respx.Router) -> None:
    volvo_id.post(TOKEN_PATH).respond(200, json={"access_token": "a1", "expires_in": "299"})
    request = auth.authorization_request()
    token = await auth.aexchange_code(request, f"{REDIRECT}?code=c-1&state={request.state}")
    assert token.access_token == "a1"


def test_refresh_rotates_and_keeps_the_old_refresh_token_when_none_comes_back(
    auth: VolvoAuth, volvo_id: respx.Router
) -> None:
    route = volvo_id.post(TOKEN_PATH)
    route.respond(200, json={"access_token": "a2", "refresh_token": "r2", "expires_in": 299})
    rotated = auth.refresh(Token("a1", refresh_token="r1"))
    assert form(route.calls.last.request) == {"grant_type": "refresh_token", "refresh_token": "r1"}
    assert rotated.refresh_token == "r2"
    route.respond(200, json={"access_token": "a3", "expires_in": 299})
    kept = auth.refresh(rotated)
    assert (kept.access_token, kept.refresh_token) == ("a3", "r2")


def test_a_dead_refresh_token_asks_for_a_new_login(auth: VolvoAuth, volvo_id: respx.Router) -> None:
    volvo_id.post(TOKEN_PATH).respond(
        400, json={"error": "invalid_grant", "error_description": "unknown, invalid, or expired refresh token"}
    )
    with pytest.raises(ReauthorizationRequiredError, match="expired refresh token"):
        auth.refresh(Token("a1", refresh_token="r1"))


def test_token_manager_refreshes_ahead_of_expiry_and_saves(
    auth: VolvoAuth, volvo_id: respx.Router, router: respx.Router, clock: FakeClock
) -> None:
    store = MemoryTokenStore(Token("a1", refresh_token="r1", expires_at=clock.now() + timedelta(seconds=30)))
    volvo_id.post(TOKEN_PATH).respond(200, json={"access_token": "a2", "expires_in": 299})
    api = router.get("/connected-vehicle/v2/vehicles").respond(200, json={"data": []})
    transport = httpx.MockTransport(router.handler)
    with VolvoClient(auth.token_manager(store), api_key="k", transport=transport, clock=clock) as volvo:
        volvo.vehicles()
    assert api.calls.last.request.headers["authorization"] == "Bearer a2"
    saved = store.load()
    assert saved is not None
    assert (saved.access_token, saved.refresh_token) == ("a2", "r1")


def test_base_url_points_at_another_volvo_id() -> None:
    auth = VolvoAuth("a", "s", redirect_uri=REDIRECT, base_url="http://127.0.0.1:9/volvo/auth/")
    assert auth.config.token_url == "http://127.0.0.1:9/volvo/auth/as/token.oauth2"
    assert auth.config.authorize_url == "http://127.0.0.1:9/volvo/auth/as/authorization.oauth2"
    assert auth.config.revocation_url == "http://127.0.0.1:9/volvo/auth/as/revoke_token.oauth2"


def test_the_secret_stays_out_of_reprs(auth: VolvoAuth) -> None:
    assert "my-secret" not in repr(auth)
    assert "my-app" in repr(auth)
