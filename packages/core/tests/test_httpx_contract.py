"""A brand client's httpx clients keep httpx's contract: stream(), event hooks, proxies from the
environment, per-call timeouts and a caller's own client, sync and async; token requests honour the
environment's proxies and ``trust_env`` too, and closing a login leaves a caller's transport open."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import respx

from carconnect.core import (
    AsyncClientBase,
    ClientBase,
    ClientClosedError,
    FakeClock,
    NotFoundError,
    RetryPolicy,
    __version__,
    acall,
    call,
)
from carconnect.core.oauth import OAuthClient, OAuthConfig

API = "http://api.example.test"
LOGIN = OAuthConfig(client_id="app", client_secret="app-secret", token_url="http://login.example.test/token")


class _Proxy(BaseHTTPRequestHandler):
    """A forward proxy on loopback that answers every proxied request itself and records its target."""

    seen: list[str] = []
    via = "proxy"

    def do_GET(self) -> None:
        self._answer(f'{{"via": "{self.via}"}}'.encode())

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self._answer(f'{{"access_token": "via-{self.via}", "token_type": "Bearer", "expires_in": 3600}}'.encode())

    def _answer(self, body: bytes) -> None:
        if self.via == "proxy":
            _Proxy.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Direct(_Proxy):
    """An origin server on loopback: what a request reaches when no proxy is used."""

    via = "direct"


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def proxy_url() -> Iterator[str]:
    _Proxy.seen = []
    yield from _serve(_Proxy)


@pytest.fixture
def direct_url() -> Iterator[str]:
    yield from _serve(_Direct)


def _env_proxy(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", url)


def test_proxy_variables_are_honoured_by_default(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    _env_proxy(monkeypatch, proxy_url)
    with ClientBase("token") as base:
        response = base.http_client_for(API).get("/vehicles")
    assert response.json() == {"via": "proxy"}
    assert _Proxy.seen == [f"{API}/vehicles"]


async def test_proxy_variables_are_honoured_by_async_clients(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    _env_proxy(monkeypatch, proxy_url)
    async with AsyncClientBase("token") as base:
        response = await base.http_client_for(API).get("/vehicles")
    assert response.json() == {"via": "proxy"}
    assert _Proxy.seen == [f"{API}/vehicles"]


def test_trust_env_false_ignores_proxy_variables(
    monkeypatch: pytest.MonkeyPatch, proxy_url: str, direct_url: str
) -> None:
    _env_proxy(monkeypatch, proxy_url)
    with ClientBase("token", trust_env=False) as base:
        assert base.http_client_for(direct_url).get("/vehicles").json() == {"via": "direct"}
    with ClientBase("token") as base:  # the same request with the environment read goes to the proxy
        assert base.http_client_for(direct_url).get("/vehicles").json() == {"via": "proxy"}
    assert _Proxy.seen == [f"{direct_url}/vehicles"]


def test_token_requests_honour_proxy_variables(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    _env_proxy(monkeypatch, proxy_url)
    with OAuthClient(LOGIN) as login:
        assert login.client_credentials().access_token == "via-proxy"
    assert _Proxy.seen == [LOGIN.token_url]


async def test_async_token_requests_honour_proxy_variables(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    _env_proxy(monkeypatch, proxy_url)
    async with OAuthClient(LOGIN) as login:
        assert (await login.aclient_credentials()).access_token == "via-proxy"
    assert _Proxy.seen == [LOGIN.token_url]


def test_login_trust_env_false_ignores_proxy_variables(
    monkeypatch: pytest.MonkeyPatch, proxy_url: str, direct_url: str
) -> None:
    _env_proxy(monkeypatch, proxy_url)
    config = OAuthConfig(client_id="app", client_secret="app-secret", token_url=f"{direct_url}/token")
    with OAuthClient(config, trust_env=False) as login:
        assert login.client_credentials().access_token == "via-direct"
    with OAuthClient(config) as login:  # the same request with the environment read goes to the proxy
        assert login.client_credentials().access_token == "via-proxy"
    assert _Proxy.seen == [config.token_url]


def test_token_requests_name_carconnect_or_the_callers_user_agent() -> None:
    agents: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["User-Agent"])
        return httpx.Response(200, json={"access_token": "at", "token_type": "Bearer"})

    OAuthClient(LOGIN, transport=httpx.MockTransport(answer)).client_credentials()
    OAuthClient(LOGIN, transport=httpx.MockTransport(answer), user_agent="fleet-service/2").client_credentials()
    assert agents == [f"carconnect/{__version__}", "fleet-service/2"]


class _Recording(httpx.MockTransport):
    closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


async def test_closing_a_login_leaves_the_callers_transports_open() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": "at", "token_type": "Bearer"})

    sync_transport, async_transport = _Recording(answer), _Recording(answer)
    login = OAuthClient(LOGIN, transport=sync_transport, async_transport=async_transport)
    login.client_credentials()
    await login.aclient_credentials()
    login.close()
    await login.aclose()
    assert not sync_transport.closed
    assert not async_transport.closed


async def test_a_closed_login_opens_new_clients_for_later_token_requests() -> None:
    with respx.mock(assert_all_called=True) as router:
        router.post(LOGIN.token_url).respond(200, json={"access_token": "at", "token_type": "Bearer"})
        with OAuthClient(LOGIN) as login:
            login.client_credentials()
        async with login:
            await login.aclient_credentials()
        assert login.client_credentials().access_token == "at"
        assert (await login.aclient_credentials()).access_token == "at"
        login.close()
        await login.aclose()


def _router(big: object) -> respx.Router:
    router = respx.Router(base_url=API, assert_all_called=False)
    router.get("/big").mock(side_effect=lambda request: httpx.Response(200, content=big))  # type: ignore[arg-type]
    router.get("/missing").respond(404, json={"message": "no such vehicle"})
    return router


def _chunks() -> Iterator[bytes]:
    for _ in range(10):
        yield b"x" * 10_000


async def _achunks() -> AsyncIterator[bytes]:
    for chunk in _chunks():
        yield chunk


def test_stream_returns_an_unread_stream_and_errors_stay_typed() -> None:
    router = _router(_chunks())
    with ClientBase("token", transport=httpx.MockTransport(router.handler)) as base:
        http = base.http_client_for(API)
        with http.stream("GET", "/big") as response:
            assert not response.is_stream_consumed
            chunks = list(response.iter_bytes(chunk_size=10_000))
        assert sum(map(len, chunks)) == 100_000
        assert router.calls.last.request.headers["Authorization"] == "Bearer token"
        with pytest.raises(NotFoundError, match="no such vehicle"), http.stream("GET", "/missing"):
            pass


async def test_async_stream_returns_an_unread_stream() -> None:
    router = _router(_achunks())
    base = AsyncClientBase("token", transport=httpx.MockTransport(router.async_handler))
    async with base, base.http_client_for(API).stream("GET", "/big") as response:
        assert not response.is_stream_consumed
        total = sum([len(chunk) async for chunk in response.aiter_bytes()])
    assert total == 100_000


def test_event_hooks_fire_for_every_attempt() -> None:
    router = respx.Router(base_url=API)
    router.get("/x").mock(side_effect=[httpx.Response(503), httpx.Response(200, json={})])
    requests: list[str] = []
    statuses: list[int] = []
    with ClientBase(
        "token",
        transport=httpx.MockTransport(router.handler),
        retry=RetryPolicy(rng=lambda: 0),
        clock=FakeClock(),
        event_hooks={
            "request": [lambda r: requests.append(r.url.path)],
            "response": [lambda r: statuses.append(r.status_code)],
        },
    ) as base:
        assert call(lambda: _Detailed(base.http_client_for(API).get("/x"))) == {}
    assert requests == ["/x", "/x"]
    assert statuses == [503, 200]


async def test_async_event_hooks_fire() -> None:
    router = respx.Router(base_url=API)
    router.get("/x").respond(200, json={"a": 1})
    seen: list[int] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(response.status_code)

    async with AsyncClientBase(
        "token", transport=httpx.MockTransport(router.async_handler), event_hooks={"response": [hook]}
    ) as base:
        http = base.http_client_for(API)

        async def operation() -> _Detailed:
            return _Detailed(await http.get("/x"))

        assert await acall(operation) == {"a": 1}
    assert seen == [200]


def test_per_call_timeout_reaches_the_transport() -> None:
    seen: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200)

    with ClientBase("token", transport=httpx.MockTransport(handler)) as base:
        base.http_client_for(API).get("/x", timeout=3.0)
    assert seen == [{"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}]


def test_closing_closes_the_clients_it_opened_but_not_a_callers() -> None:
    mine = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    base = ClientBase("token", http_client=mine)
    http = base.http_client_for(API)
    http.get("/x")
    base.close()
    assert not mine.is_closed
    own = ClientBase("token")
    opened = own.http_client_for(API)
    own.close()
    assert opened.is_closed


class _Detailed:
    def __init__(self, response: httpx.Response) -> None:
        self.content = response.content
        self.status_code = response.status_code
        self.parsed = response.json()


@pytest.mark.parametrize("passed_transport", [False, True], ids=["own-transport", "passed-transport"])
def test_a_closed_client_raises_a_carconnect_error(passed_transport: bool) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"odometer": 1}))
    base = ClientBase("token", transport=transport if passed_transport else None)
    bound = base.http_client_for(API)  # bound before closing, as generated APIs are
    base.close()
    with pytest.raises(ClientClosedError, match="closed"):
        call(lambda: _Detailed(bound.get("/x")))
    with pytest.raises(ClientClosedError):
        base.http_client_for(API)


async def test_a_closed_async_client_raises_a_carconnect_error() -> None:
    base = AsyncClientBase("token", transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})))
    bound = base.http_client_for(API)
    await base.aclose()

    async def operation() -> _Detailed:
        return _Detailed(await bound.get("/x"))

    with pytest.raises(ClientClosedError):
        await acall(operation)


def test_a_misspelled_option_is_refused_with_the_nearest_name() -> None:
    with pytest.raises(TypeError, match="'timout'; did you mean 'timeout'"):
        ClientBase("token", timout=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'retries'; did you mean 'retry'"):
        OAuthClient(LOGIN, retries=3)  # type: ignore[call-arg]
