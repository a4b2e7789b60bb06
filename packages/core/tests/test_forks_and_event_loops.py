"""A client's own connections belong to one process and one event loop: a forked child and a new
``asyncio.run`` get new ones, through its transport (the httpx clients stay plain httpx clients, and
the environment's proxies are still used); a transport or httpx client passed in is used as it is."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import os
import threading
import warnings
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

import httpx
import pytest

from carconnect.core import (
    AsyncClientBase,
    ClientBase,
    EventLoopError,
    FakeClock,
    MemoryTokenStore,
    Token,
    TokenManager,
    acall,
    call,
)
from carconnect.core.oauth import OAuthClient, OAuthConfig
from carconnect.core.renewing import environment_mounts

from .conftest import Detailed, exit_status, forked

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


class _Peer(BaseHTTPRequestHandler):
    """Answers every request with the port of the connection it came on (keep-alive, HTTP/1.1), the
    request target it got (a proxy gets the whole URL) and its ``X-Extra`` header; a POST with a token."""

    protocol_version = "HTTP/1.1"
    timeout = 10

    def do_GET(self) -> None:
        self._answer({"peer": self.client_address[1], "target": self.path, "extra": self.headers.get("X-Extra")})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self._answer({"access_token": f"at-{self.client_address[1]}", "refresh_token": "rt", "expires_in": 60})

    def _answer(self, answer: dict[str, object]) -> None:
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a connection left to a closed event loop is reset when it is collected."""


def _serve() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Peer)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def peer_url() -> Iterator[str]:
    yield from _serve()


@pytest.fixture
def proxy_url() -> Iterator[str]:
    """Another peer, named as the proxy: a request it gets has the whole URL as its target."""
    yield from _serve()


class Generated:
    """What a generated client keeps: the httpx clients a brand client binds it to."""

    def __init__(self) -> None:
        self.http: httpx.Client | None = None
        self.async_http: httpx.AsyncClient | None = None

    def set_httpx_client(self, client: httpx.Client) -> Self:
        self.http = client
        return self

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        self.async_http = async_client
        return self


def peer_detailed(*, client: Generated) -> Detailed:
    """A generated operation: sends through the httpx client its generated client was bound to."""
    assert client.http is not None
    return Detailed(client.http.request(method="get", url="/peer"))


async def apeer_detailed(*, client: Generated) -> Detailed:
    assert client.async_http is not None
    return Detailed(await client.async_http.request(method="get", url="/peer"))


def peer(api: Generated) -> int:
    port: int = call(peer_detailed, client=api)["peer"]
    return port


async def apeer(api: Generated) -> int:
    port: int = (await acall(apeer_detailed, client=api))["peer"]
    return port


class Recorder(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__()
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


# -- fork --------------------------------------------------------------------------------------------


@needs_fork
def test_a_forked_child_opens_its_own_connections_and_leaves_the_parents(peer_url: str) -> None:
    base = ClientBase("token")
    api = base._bind(Generated(), peer_url)
    direct = base.http_client_for(peer_url)
    parents = peer(api)
    assert peer(api) == parents  # one keep-alive connection

    def child() -> bool:
        ports = {peer(api), peer(api), direct.get("/peer").json()["peer"]}
        base.close()  # leaves the parent's connection alone
        return len(ports) == 1 and parents not in ports

    assert exit_status(forked(child)) == 0
    assert peer(api) == parents  # the parent's connection is still its own
    assert direct.get("/peer").json()["peer"] == parents
    base.close()


@needs_fork
@pytest.mark.parametrize("passed", ["transport", "http_client"])
def test_a_transport_passed_before_a_fork_is_used_in_the_child_with_one_warning(
    peer_url: str, passed: str, caplog: pytest.LogCaptureFixture
) -> None:
    mine: httpx.HTTPTransport | httpx.Client
    if passed == "transport":
        mine = httpx.HTTPTransport()
        base = ClientBase("token", transport=mine)
    else:
        mine = httpx.Client()
        base = ClientBase("token", http_client=mine)
    api = base._bind(Generated(), peer_url)
    parents = peer(api)

    def child() -> bool:
        records: list[logging.LogRecord] = []
        logging.getLogger("carconnect.core.client").addHandler(Recorder(records))
        ports = {peer(api), peer(api)}  # the caller's connection: nothing is built anew
        warned = [record.getMessage() for record in records if record.levelno == logging.WARNING]
        return (
            ports == {parents}
            and len(warned) == 1
            and "ClientBase was built before this process was forked" in warned[0]
            and "build it after the fork" in warned[0]
        )

    with caplog.at_level(logging.WARNING, logger="carconnect.core.client"):
        assert exit_status(forked(child)) == 0
        assert peer(api) == parents
    assert caplog.records == []  # the parent's own calls never warn
    base.close()
    mine.close()


# -- event loops -------------------------------------------------------------------------------------


class SlowRefresher:
    """Refreshes after a few turns of the event loop, so that calls in flight wait for it."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.calls = 0

    def refresh(self, token: Token) -> Token:
        self.calls += 1
        return Token(f"at-{self.calls}", f"rt-{self.calls}", expires_at=self.clock.now() + timedelta(minutes=5))

    async def arefresh(self, token: Token) -> Token:
        for _ in range(3):
            await asyncio.sleep(0)
        return self.refresh(token)


@contextlib.contextmanager
def dropped_connections_forgotten() -> Iterator[None]:
    """Quiet about the connections left unclosed to a closed event loop (asyncio warns of each when
    it is collected, at whatever point of the test that happens), and collect them at the end."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            yield
        finally:
            gc.collect()


def test_jobs_run_with_asyncio_run_share_one_client(peer_url: str, clock: FakeClock) -> None:
    refresher = SlowRefresher(clock)
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0", expires_at=clock.now())), refresher, clock=clock)
    base = AsyncClientBase(manager, clock=clock)
    api = base._bind(Generated(), peer_url)
    answered: list[int] = []

    async def count(response: httpx.Response) -> None:
        answered.append(response.status_code)

    base.http_client_for(peer_url).event_hooks["response"].append(count)

    async def job(last: bool) -> set[int]:
        clock.advance(600)  # every job finds the token expired: its 5 calls wait for one refresh
        ports = set(await asyncio.gather(*(apeer(api) for _ in range(5))))
        if last:
            await base.aclose()
        return ports

    with dropped_connections_forgotten():
        first = asyncio.run(job(last=False))
        second = asyncio.run(job(last=True))
    assert not first & second  # the second job's connections are its own
    assert refresher.calls == 2
    assert answered == [200] * 10  # the event hooks added to the client keep running


def test_a_second_event_loop_open_at_the_same_time_gets_an_event_loop_error(peer_url: str) -> None:
    base = AsyncClientBase("token")
    api = base._bind(Generated(), peer_url)
    serving, release = threading.Event(), threading.Event()
    outcome: list[object] = []

    async def first_loop() -> None:
        outcome.append(await apeer(api))
        serving.set()
        await asyncio.to_thread(release.wait, 10)
        outcome.append(await apeer(api))  # still served
        await base.aclose()

    thread = threading.Thread(target=asyncio.run, args=(first_loop(),))
    thread.start()
    try:
        assert serving.wait(10)
        with pytest.raises(EventLoopError, match="serves one event loop at a time") as raised:
            asyncio.run(apeer(api))
        assert "make one client per event loop" in str(raised.value)
        assert not raised.value.may_have_run
    finally:
        release.set()
        thread.join(10)
    assert len(outcome) == 2
    assert outcome[0] == outcome[1]


def test_a_transport_passed_and_kept_across_asyncio_run_fails_with_a_carconnect_error(peer_url: str) -> None:
    transport = httpx.AsyncHTTPTransport()
    base = AsyncClientBase("token", transport=transport)
    api = base._bind(Generated(), peer_url)
    with dropped_connections_forgotten():
        asyncio.run(apeer(api))
        with pytest.raises(EventLoopError, match="build the transport= or http_client= you pass inside the event"):
            asyncio.run(apeer(api))


def test_a_token_refresh_in_a_second_asyncio_run_job_opens_new_connections(peer_url: str, clock: FakeClock) -> None:
    config = OAuthConfig(client_id="app", client_secret="secret", token_url=f"{peer_url}/token")
    login = OAuthClient(config, clock=clock, trust_env=False)
    manager = login.token_manager(Token("at-0", "rt-0", expires_at=clock.now()))

    async def job(last: bool) -> str:
        clock.advance(600)  # the token has expired: refreshed in each job
        port = (await manager.aget_access_token()).split("-")[1]  # the port the refresh came from
        if last:
            await login.aclose()
        return port

    with dropped_connections_forgotten():
        first = asyncio.run(job(last=False))
        second = asyncio.run(job(last=True))
    assert first != second  # without "Event loop is closed": the second job's connection is its own


# -- plain httpx clients ----------------------------------------------------------------------------


async def test_the_httpx_client_handed_out_is_a_plain_one_whose_settings_are_used(peer_url: str) -> None:
    async with AsyncClientBase("token") as base:
        http = base.http_client_for(peer_url)
        assert type(http) is httpx.AsyncClient
        answered: list[int] = []

        async def count(response: httpx.Response) -> None:
            answered.append(response.status_code)

        http.headers["X-Extra"] = "set later"
        http.event_hooks["response"].append(count)
        assert (await http.get("/peer")).json()["extra"] == "set later"
        assert answered == [200]
        http.event_hooks = {"request": http.event_hooks["request"], "response": []}
        await http.get("/peer")
        assert answered == [200]


def test_the_sync_httpx_client_handed_out_is_a_plain_one(peer_url: str) -> None:
    with ClientBase("token") as base:
        http = base.http_client_for(peer_url)
        assert type(http) is httpx.Client
        http.headers["X-Extra"] = "set later"
        assert http.get("/peer").json()["extra"] == "set later"


# -- the environment's proxies ------------------------------------------------------------------------


def _proxy_env(monkeypatch: pytest.MonkeyPatch, proxy_url: str, no_proxy: str | None = None) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    if no_proxy is not None:
        monkeypatch.setenv("NO_PROXY", no_proxy)


async def test_the_environments_proxy_is_used_by_default_and_not_without_trust_env(
    monkeypatch: pytest.MonkeyPatch, peer_url: str, proxy_url: str
) -> None:
    _proxy_env(monkeypatch, proxy_url)
    async with AsyncClientBase("token") as base:
        assert (await base.http_client_for(peer_url).get("/peer")).json()["target"] == f"{peer_url}/peer"
    async with AsyncClientBase("token", trust_env=False) as base:
        assert (await base.http_client_for(peer_url).get("/peer")).json()["target"] == "/peer"
    with ClientBase("token") as sync_base:
        assert sync_base.http_client_for(peer_url).get("/peer").json()["target"] == f"{peer_url}/peer"


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "localhost,127.0.0.1"])
async def test_no_proxy_is_respected(
    monkeypatch: pytest.MonkeyPatch, peer_url: str, proxy_url: str, no_proxy: str
) -> None:
    _proxy_env(monkeypatch, proxy_url, no_proxy)
    async with AsyncClientBase("token") as base:
        assert (await base.http_client_for(peer_url).get("/peer")).json()["target"] == "/peer"


def test_a_proxied_client_in_a_new_event_loop_opens_new_connections_to_the_proxy(
    monkeypatch: pytest.MonkeyPatch, peer_url: str, proxy_url: str
) -> None:
    _proxy_env(monkeypatch, proxy_url)
    base = AsyncClientBase("token")
    api = base._bind(Generated(), peer_url)

    async def job(last: bool) -> int:
        port = await apeer(api)
        if last:
            await base.aclose()
        return port

    with dropped_connections_forgotten():
        first = asyncio.run(job(last=False))
        second = asyncio.run(job(last=True))
    assert first != second  # the second loop's connection to the proxy is its own


def test_environment_mounts_map_the_environment_as_httpx_does(monkeypatch: pytest.MonkeyPatch) -> None:
    _proxy_env(
        monkeypatch, "proxy.example:3128", "internal.example,.corp.example,10.0.0.1,::1,localhost,https://x.example"
    )
    monkeypatch.setenv("ALL_PROXY", "socks5://socks.example:1080")
    assert environment_mounts(lambda url: url) == {
        "http://": "http://proxy.example:3128",
        "all://": "socks5://socks.example:1080",
        "all://*internal.example": None,
        "all://*.corp.example": None,
        "all://10.0.0.1": None,
        "all://[::1]": None,
        "all://localhost": None,
        "https://x.example": None,
    }
    monkeypatch.setenv("NO_PROXY", "internal.example, *")
    assert environment_mounts(lambda url: url) == {}
