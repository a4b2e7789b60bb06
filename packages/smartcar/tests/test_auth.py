"""SmartcarAuth (Connect URL, code exchange, refresh rotation, application tokens) and AppTokenSource."""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from carconnect.core import AuthenticationError, FakeClock, MemoryTokenStore, ReauthorizationRequiredError, Token
from carconnect.smartcar import (
    DEFAULT_SCOPES,
    REFRESH_TOKEN_LIFETIME,
    AppTokenSource,
    Scope,
    SmartcarAuth,
    SmartcarClient,
    required,
)
from carconnect.smartcar.auth import refresh_expires_at

from .conftest import CLIENT_ID, CLIENT_SECRET, VEHICLE

REDIRECT = "https://app.example/callback"
TOKEN_URL = "https://auth.smartcar.com/oauth/token"
IAM_URL = "https://iam.smartcar.com/oauth2/token"


def make_auth(
    router: respx.Router,
    clock: FakeClock,
    *,
    scopes: Sequence[str] = DEFAULT_SCOPES,
    required_scopes: Sequence[str] = (),
    hosts: Mapping[str, str] | None = None,
) -> SmartcarAuth:
    return SmartcarAuth(
        CLIENT_ID,
        CLIENT_SECRET,
        redirect_uri=REDIRECT,
        scopes=scopes,
        required_scopes=required_scopes,
        hosts=hosts,
        transport=httpx.MockTransport(router.handler),
        async_transport=httpx.MockTransport(router.handler),
        clock=clock,
    )


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def form(request: httpx.Request) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(request.content.decode()).items()}


def test_connect_url_carries_every_parameter(router: respx.Router, clock: FakeClock) -> None:
    auth = make_auth(router, clock, scopes=[Scope.READ_VIN, Scope.READ_ODOMETER], required_scopes=[Scope.READ_ODOMETER])
    request = auth.connect_request(
        state="s-1",
        force_prompt=True,
        mode="simulated",
        make="TESLA",
        single_select_vin="5YJ3E1EA7PF000001",
        flags={"country": "DE", "flag": True},
        user="app-user-7",
    )
    url = urlsplit(request.url)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://connect.smartcar.com/oauth/authorize"
    params = query(request.url)
    assert "code_challenge" not in params  # Smartcar Connect documents no PKCE
    assert request.code_verifier is None
    assert params == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT,
        "scope": "required:read_odometer read_vin",
        "state": "s-1",
        "approval_prompt": "force",
        "mode": "simulated",
        "make": "TESLA",
        "single_select": "true",
        "single_select_vin": "5YJ3E1EA7PF000001",
        "flags": "country:DE flag:true",
        "user": "app-user-7",
    }
    assert request.state == "s-1"


def test_connect_url_defaults(router: respx.Router, clock: FakeClock) -> None:
    params = query(make_auth(router, clock).connect_request().url)
    assert params["mode"] == "live"
    assert "approval_prompt" not in params
    assert params["scope"].split() == [str(scope) for scope in DEFAULT_SCOPES]
    assert required("read_vin") == required("required:read_vin") == "required:read_vin"


def test_hosts_point_every_endpoint_elsewhere(router: respx.Router, clock: FakeClock) -> None:
    hosts = {"connect": "http://sim/smartcar/connect", "auth": "http://sim/smartcar/auth", "iam": "http://sim/iam/"}
    auth = make_auth(router, clock, hosts=hosts)
    assert auth.config.authorize_url == "http://sim/smartcar/connect/oauth/authorize"
    assert auth.config.token_url == "http://sim/smartcar/auth/oauth/token"
    assert auth.app_config.token_url == "http://sim/iam/oauth2/token"
    assert auth.config.client_auth == "basic"
    assert CLIENT_SECRET not in repr(auth)


def test_reauthenticate_url_and_the_redirect_user_id(router: respx.Router, clock: FakeClock) -> None:
    auth = make_auth(router, clock)
    url = auth.reauthenticate_url(VEHICLE, state="s")
    assert url.startswith("https://connect.smartcar.com/oauth/reauthenticate?")
    assert query(url) == {
        "response_type": "vehicle_id",
        "client_id": CLIENT_ID,
        "vehicle_id": VEHICLE,
        "redirect_uri": REDIRECT,
        "state": "s",
    }
    assert SmartcarAuth.user_id_of(f"{REDIRECT}?code=c&state=s&user_id=u-9") == "u-9"
    assert SmartcarAuth.user_id_of(f"{REDIRECT}?code=c") is None


def test_code_exchange_uses_basic_client_auth(router: respx.Router, clock: FakeClock) -> None:
    route = router.post(TOKEN_URL).respond(
        json={"access_token": "a1", "token_type": "Bearer", "expires_in": 7200, "refresh_token": "r1"}
    )
    auth = make_auth(router, clock)
    request = auth.connect_request()
    token = auth.exchange_code(request, f"{REDIRECT}?code=the-code&state={request.state}")
    sent = route.calls.last.request
    assert (
        sent.headers["authorization"] == "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    )
    assert form(sent)["grant_type"] == "authorization_code"
    assert form(sent)["code"] == "the-code"
    assert form(sent)["redirect_uri"] == REDIRECT
    assert "client_secret" not in form(sent)
    assert (token.access_token, token.refresh_token) == ("a1", "r1")
    assert token.expires_at == clock.now() + timedelta(hours=2)


async def test_exchange_and_refresh_send_flags_as_a_query_parameter(router: respx.Router, clock: FakeClock) -> None:
    answer = {"access_token": "a1", "token_type": "Bearer", "expires_in": 7200, "refresh_token": "r1"}
    route = router.post(url__startswith=TOKEN_URL).respond(json=answer)
    auth = make_auth(router, clock)
    request = auth.connect_request()
    callback = f"{REDIRECT}?code=the-code&state={request.state}"
    token = auth.exchange_code(request, callback, flags={"country": "DE", "flag": True})
    assert query(str(route.calls.last.request.url)) == {"flags": "country:DE flag:true"}
    assert form(route.calls.last.request)["code"] == "the-code"
    await auth.aexchange_code(request, callback, flags={"country": "GB"})
    assert query(str(route.calls.last.request.url)) == {"flags": "country:GB"}
    auth.refresh(token, flags={"country": "DE"})
    assert query(str(route.calls.last.request.url)) == {"flags": "country:DE"}
    await auth.arefresh(token)
    assert route.calls.last.request.url == TOKEN_URL, "no flags, no query"


def test_refresh_tokens_live_sixty_days(clock: FakeClock) -> None:
    assert timedelta(days=60) == REFRESH_TOKEN_LIFETIME
    assert refresh_expires_at(Token("a1", "r1"), clock.now()) == clock.now() + timedelta(days=60)
    assert refresh_expires_at(Token("a1"), clock.now()) is None


def test_refresh_rotates_and_persists_before_use(router: respx.Router, clock: FakeClock) -> None:
    answer = {"access_token": "a2", "token_type": "Bearer", "expires_in": 7200, "refresh_token": "r2"}
    route = router.post(TOKEN_URL).respond(json=answer)
    store = MemoryTokenStore(Token("a1", "r1", expires_at=clock.now() - timedelta(seconds=1)))
    manager = make_auth(router, clock).token_manager(store)
    assert manager.get_access_token() == "a2"
    assert form(route.calls.last.request) == {"grant_type": "refresh_token", "refresh_token": "r1"}
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token == "r2"


def test_a_dead_refresh_token_asks_for_login(router: respx.Router, clock: FakeClock) -> None:
    router.post(TOKEN_URL).respond(400, json={"error": "invalid_grant", "error_description": "Invalid refresh token"})
    with pytest.raises(ReauthorizationRequiredError):
        make_auth(router, clock).refresh(Token("a1", "r1"))


async def test_application_token_is_a_client_credentials_grant_at_iam(router: respx.Router, clock: FakeClock) -> None:
    route = router.post(IAM_URL).respond(json={"access_token": "app", "token_type": "Bearer", "expires_in": 3600})
    token = await make_auth(router, clock).aclient_credentials()
    sent = route.calls.last.request
    assert "authorization" not in sent.headers
    assert form(sent) == {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    assert (token.access_token, token.refresh_token) == ("app", None)


class CountingIssuer:
    """Issues ``app-1``, ``app-2``... each valid for an hour; ``hold`` blocks the grant until set."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.count = 0
        self.hold = threading.Event()
        self.hold.set()

    def _next(self) -> Token:
        self.count += 1
        return Token(f"app-{self.count}", expires_at=self.clock.now() + timedelta(hours=1))

    def client_credentials(self) -> Token:
        self.hold.wait(5)
        return self._next()

    async def aclient_credentials(self) -> Token:
        while not self.hold.is_set():
            await asyncio.sleep(0.001)
        return self._next()


def test_app_token_is_cached_and_fetched_again_before_expiry(clock: FakeClock) -> None:
    issuer = CountingIssuer(clock)
    source = AppTokenSource(issuer, clock=clock)
    assert source.get_access_token() == source.get_access_token() == "app-1"
    clock.advance(3600 - 59)
    assert source.get_access_token() == "app-2"
    assert source.get_access_token(rejected="app-2") == "app-3"
    assert source.fetch_count == 3
    assert "app-3" not in repr(source)


def test_app_token_fetch_is_single_flight_across_threads(clock: FakeClock) -> None:
    issuer = CountingIssuer(clock)
    issuer.hold.clear()
    source = AppTokenSource(issuer, clock=clock)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(source.get_access_token())) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(0.05)
    issuer.hold.set()
    for thread in threads:
        thread.join(5)
    assert results == ["app-1"] * 8
    assert issuer.count == 1


async def test_app_token_fetch_is_single_flight_across_tasks(clock: FakeClock) -> None:
    issuer = CountingIssuer(clock)
    issuer.hold.clear()
    source = AppTokenSource(issuer, clock=clock)
    tasks = [asyncio.create_task(source.aget_access_token()) for _ in range(8)]
    await asyncio.sleep(0.01)
    issuer.hold.set()
    assert await asyncio.gather(*tasks) == ["app-1"] * 8
    assert issuer.count == 1


def test_a_failed_fetch_reaches_every_waiter_and_the_next_call_tries_again(clock: FakeClock) -> None:
    class Failing(CountingIssuer):
        def client_credentials(self) -> Token:
            if self.count == 0:
                self.count += 1
                raise ReauthorizationRequiredError("no", code="invalid_client")
            return super().client_credentials()

    source = AppTokenSource(Failing(clock), clock=clock)
    with pytest.raises(ReauthorizationRequiredError):
        source.get_access_token()
    assert source.get_access_token() == "app-2"


def test_v3_calls_replay_once_with_a_fresh_app_token_after_a_401(router: respx.Router, clock: FakeClock) -> None:
    issuer = CountingIssuer(clock)
    seen: list[str] = []

    def vehicle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        if len(seen) == 1:
            return httpx.Response(401, json={"errors": [{"type": "AUTHENTICATION", "status": "401"}]})
        return httpx.Response(200, json={"id": VEHICLE, "attributes": {}})

    router.get(f"https://vehicle.api.smartcar.com/v3/vehicles/{VEHICLE}").mock(side_effect=vehicle)
    source = AppTokenSource(issuer, clock=clock)
    with SmartcarClient(app_token=source, transport=httpx.MockTransport(router.handler), clock=clock) as client:
        assert client.v3.vehicle(VEHICLE).id == VEHICLE
    assert seen == ["Bearer app-1", "Bearer app-2"]


def test_calls_without_the_credential_they_need_fail_without_a_request(router: respx.Router, clock: FakeClock) -> None:
    with SmartcarClient(transport=httpx.MockTransport(router.handler), clock=clock) as client:
        for call in (client.user, lambda: client.management.connections(), lambda: client.compatibility("V", ["x"])):
            with pytest.raises(AuthenticationError, match="needs SmartcarClient") as caught:
                call()
            assert caught.value.code == "missing_credentials"
    assert router.calls.call_count == 0


def test_scopes_written_as_one_string_are_a_list() -> None:
    from carconnect.smartcar.scopes import scope_param

    assert scope_param("read_odometer read_vin", "control_security") == (
        "required:control_security",
        "read_odometer",
        "read_vin",
    )
