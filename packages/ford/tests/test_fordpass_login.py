"""FordPass login hardening: an unreadable token answer never quotes its body (it may hold live tokens),
and the login a FordPass client builds for itself sends the way the client does (``transport`` or
``http_client``, ``trust_env``, ``timeout``, ``user_agent``), sync and async."""

from __future__ import annotations

import email.utils
import threading
import traceback
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    TOKEN_TIMEOUT,
    ApiError,
    FakeClock,
    OAuthError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    Token,
)
from carconnect.ford import AUTONOMIC_URL, AsyncFordPassClient, FordPassAuth, FordPassClient
from carconnect.sim import Simulator

FORDPASS_TOKEN = (
    "https://login.ford.com/4566605f-43a7-400a-946e-89cc9fdb0bd7/B2C_1A_SignInSignUp_en-US/oauth2/v2.0/token"
)
CAT_EXCHANGE = "https://api.foundational.ford.com/api/token/v2/cat-with-b2c-access-token"
CAT_REFRESH = "https://api.foundational.ford.com/api/token/v2/cat-with-refresh-token"
AUTONOMIC_TOKEN = "https://accounts.autonomic.ai/v1/auth/oidc/token"
VIN = "1FMEE5DP0NL000001"
TELEMETRY = f"{AUTONOMIC_URL}/v1/telemetry/sources/fordpass/vehicles/{VIN}"
SECRET = "live-b2c-access-token-0123456789"
ID_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl"


def shown(error: BaseException) -> str:
    """Everything an operator could see of an error: str, repr, traceback, attributes down the chain."""
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    link: BaseException | None = error
    while link is not None:
        texts.extend(repr(value) for value in vars(link).values())
        link = link.__cause__ or link.__context__
    return "\n".join(texts)


@pytest.fixture
def login(transport: httpx.MockTransport, clock: FakeClock) -> FordPassAuth:
    return FordPassAuth(transport=transport, async_transport=transport, clock=clock)


async def _exchange(kind: str, auth: FordPassAuth) -> Token:
    request = auth.authorization_request()
    callback = f"fordapp://userauthorized/?code=code-1&state={request.state}"
    return auth.exchange_code(request, callback) if kind == "sync" else await auth.aexchange_code(request, callback)


# ---- bug 1: a 2xx token answer without a readable token -------------------------------------------


UNREADABLE = {
    "truncated": f'{{"access_token": "{SECRET}", "id_token": "{ID_TOKEN}", "expi'.encode(),
    "not JSON": f"access_token={SECRET}&id_token={ID_TOKEN}".encode(),
    "only an id_token": f'{{"id_token": "{ID_TOKEN}", "token_type": "Bearer"}}'.encode(),
}


@pytest.mark.parametrize("body", UNREADABLE.values(), ids=UNREADABLE.keys())
async def test_an_unreadable_b2c_success_is_a_parse_error_that_quotes_nothing(
    kind: str, router: respx.MockRouter, login: FordPassAuth, body: bytes
) -> None:
    cat = router.post(CAT_EXCHANGE).respond(json={"access_token": "cat-1"})
    router.post(FORDPASS_TOKEN).respond(200, content=body)
    with pytest.raises(ResponseParseError) as caught:
        await _exchange(kind, login)
    assert not isinstance(caught.value, ApiError)
    assert caught.value.raw is None
    text = shown(caught.value)
    assert SECRET not in text
    assert ID_TOKEN not in text
    assert "HTTP 200" not in text
    assert not cat.called


async def test_a_b2c_error_field_or_failure_status_is_the_servers_error(
    router: respx.MockRouter, login: FordPassAuth
) -> None:
    route = router.post(FORDPASS_TOKEN)
    route.respond(200, json={"error": "invalid_grant", "error_description": "code used"})
    with pytest.raises(OAuthError) as refused:
        await _exchange("sync", login)
    assert (refused.value.code, refused.value.message) == ("invalid_grant", "code used")
    route.respond(503, text="<html><title>503 Service Unavailable</title></html>")
    with pytest.raises(ServerError):
        await _exchange("sync", login)


async def _later_step(kind: str, auth: FordPassAuth, step: str) -> Token:
    sync = kind == "sync"
    if step == "cat exchange":
        return await _exchange(kind, auth)
    if step == "cat refresh":
        cat = Token("cat-1", refresh_token="cat-refresh-1")
        return auth.refresh(cat) if sync else await auth.arefresh(cat)
    return auth.autonomic_token("cat-1") if sync else await auth.aautonomic_token("cat-1")


@pytest.mark.parametrize("step", ["cat exchange", "cat refresh", "autonomic exchange"])
async def test_every_later_token_step_keeps_an_unreadable_success_out_of_the_error(
    kind: str, router: respx.MockRouter, login: FordPassAuth, step: str
) -> None:
    truncated = f'{{"access_token": "{SECRET}", "refresh_token": "{SECRET}-refresh", "expi'.encode()
    router.post(FORDPASS_TOKEN).respond(json={"access_token": "b2c-1"})
    for url in (CAT_EXCHANGE, CAT_REFRESH, AUTONOMIC_TOKEN):
        router.post(url).respond(200, content=truncated)
    with pytest.raises(ResponseParseError) as caught:
        await _later_step(kind, login, step)
    assert SECRET not in shown(caught.value)  # nor on __context__ (a JSONDecodeError's doc is the body)


async def test_a_truncated_b2c_answer_from_the_simulator(
    kind: str, sim: Simulator, sim_fordpass_auth: FordPassAuth
) -> None:
    auth = sim_fordpass_auth
    request = auth.authorization_request()
    pasted = httpx.get(request.url, follow_redirects=False).headers["location"]
    sim.faults.add("truncate", brand="ford", method="POST", path="**/oauth2/v2.0/token", times=1)
    with pytest.raises(ResponseParseError) as caught:
        auth.exchange_code(request, pasted) if kind == "sync" else await auth.aexchange_code(request, pasted)
    text = shown(caught.value)
    assert "access_token" not in text
    assert "eyJ" not in text  # no JWT (id token) either
    assert "HTTP 200" not in text
    auth.close()
    await auth.aclose()


# ---- bug 2: the default login sends the way its client does ----------------------------------------


class _Proxy(BaseHTTPRequestHandler):
    """A forward proxy on loopback that records every request line and refuses to forward it."""

    seen: list[str] = []

    def do_CONNECT(self) -> None:
        self._refuse()

    def do_GET(self) -> None:
        self._refuse()

    def do_POST(self) -> None:
        self._refuse()

    def _refuse(self) -> None:
        _Proxy.seen.append(self.requestline)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(502)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def env_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """``HTTP_PROXY`` and ``HTTPS_PROXY`` name a loopback proxy; yields the request lines it saw."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Proxy.seen = []
    url = f"http://127.0.0.1:{server.server_address[1]}"
    for scheme in ("http", "https", "all", "no"):
        monkeypatch.delenv(f"{scheme}_proxy", raising=False)
        monkeypatch.delenv(f"{scheme.upper()}_PROXY", raising=False)
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.setenv("HTTPS_PROXY", url)
    try:
        yield _Proxy.seen
    finally:
        server.shutdown()
        server.server_close()


async def _close(client: FordPassClient | AsyncFordPassClient) -> None:
    if isinstance(client, AsyncFordPassClient):
        await client.aclose()
    else:
        client.close()


@pytest.mark.parametrize("via", ["transport", "http_client"])
async def test_the_default_login_sends_like_its_client(
    kind: str, via: str, run: Any, router: respx.MockRouter, clock: FakeClock, env_proxy: list[str]
) -> None:
    router.get(TELEMETRY).respond(json={"vin": VIN})
    transport = httpx.MockTransport(router.handler)
    own: httpx.Client | httpx.AsyncClient | None = None
    options: dict[str, Any] = {"transport": transport}
    if via == "http_client":
        own = (httpx.Client if kind == "sync" else httpx.AsyncClient)(transport=transport, headers={"X-Fleet": "f-1"})
        options = {"http_client": own}
    cls = FordPassClient if kind == "sync" else AsyncFordPassClient
    client = cls("cat-1", user_agent="fleet/2", timeout=7.0, clock=clock, retry=RetryPolicy(jitter=0.0), **options)
    assert (await run(client.telemetry(VIN))).vin == VIN
    exchange = router.routes[0].calls.last.request  # conftest's Autonomic token route
    assert exchange.headers["User-Agent"] == "fleet/2"
    assert exchange.extensions["timeout"] == httpx.Timeout(7.0).as_dict()
    if own is not None:
        assert exchange.headers["X-Fleet"] == "f-1"  # sent through the caller's own client
    await _close(client)
    assert own is None or not own.is_closed
    assert env_proxy == []
    untimed = cls("cat-1", transport=transport, clock=clock)
    await run(untimed.telemetry(VIN))
    assert router.routes[0].calls.last.request.extensions["timeout"] == TOKEN_TIMEOUT.as_dict()
    await _close(untimed)
    if own is not None:
        own.close() if isinstance(own, httpx.Client) else await own.aclose()


async def test_the_default_login_takes_the_callers_client_user_agent_and_timeout(
    kind: str, run: Any, router: respx.MockRouter, clock: FakeClock
) -> None:
    router.get(TELEMETRY).respond(json={"vin": VIN})
    own_kind = httpx.Client if kind == "sync" else httpx.AsyncClient
    own: Any = own_kind(transport=httpx.MockTransport(router.handler), headers={"User-Agent": "fleet/3"}, timeout=3.0)
    cls = FordPassClient if kind == "sync" else AsyncFordPassClient
    client = cls("cat-1", http_client=own, clock=clock)
    await run(client.telemetry(VIN))
    exchange = router.routes[0].calls.last.request  # conftest's Autonomic token route
    assert exchange.headers["User-Agent"] == "fleet/3"
    assert exchange.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    await _close(client)
    own.close() if isinstance(own, httpx.Client) else await own.aclose()


@pytest.mark.parametrize("trust_env", [True, False])
async def test_the_default_login_honours_trust_env(
    kind: str,
    trust_env: bool,
    run: Any,
    sim: Simulator,
    clock: FakeClock,
    fordpass_login: tuple[FordPassAuth, Token],
    env_proxy: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exchange_url = sim.endpoints("ford", "fordpass").extra["autonomic_token_url"]
    defaults = FordPassAuth.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "autonomic_token_url", exchange_url)  # the built-in login, on the simulator
    cls = FordPassClient if kind == "sync" else AsyncFordPassClient
    client = cls(
        fordpass_login[1],
        base_url=sim.url("ford", "autonomic"),
        ford_base_url=sim.url("ford", "api"),
        trust_env=trust_env,
        clock=clock,
        retry=RetryPolicy(max_retries=0),
    )
    vin = sim.fleet.vehicles("ford")[0].vin
    if trust_env:  # the environment's proxy is real: it gets the token exchange (and refuses it)
        with pytest.raises(ServerError):
            await run(client.telemetry(vin))
        assert env_proxy == [f"POST {exchange_url} HTTP/1.1"]
    else:
        assert (await run(client.telemetry(vin))).vin == vin
        assert env_proxy == []
    await _close(client)


@pytest.mark.parametrize("step", ["cat exchange", "cat refresh"])
async def test_a_token_steps_retry_after_date_is_read_against_the_logins_clock(
    kind: str, router: respx.MockRouter, transport: httpx.MockTransport, clock: FakeClock, step: str
) -> None:
    login = FordPassAuth(transport=transport, async_transport=transport, clock=clock, retry=RetryPolicy.disabled())
    router.post(FORDPASS_TOKEN).respond(json={"access_token": "b2c-1"})
    later = email.utils.format_datetime(clock.now() + timedelta(seconds=90), usegmt=True)
    for url in (CAT_EXCHANGE, CAT_REFRESH):
        router.post(url).respond(429, headers={"Retry-After": later}, json={"errorCode": "429"})
    with pytest.raises(ApiError) as limited:
        await _later_step(kind, login, step)
    assert limited.value.retry_after == pytest.approx(90)
