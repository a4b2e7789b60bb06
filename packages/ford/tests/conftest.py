"""Shared fixtures: one respx router for every Ford host, clients built on it, and the simulator.

``kind`` parametrises a test over the sync and the async clients; ``make`` builds a client of that
kind (``make("query")``, ``make("connect")``, ``make("fordpass")``) and ``run`` awaits what an async
client returns, so one test body covers both. Simulator fixtures log in through the real login flows
and share one :class:`FakeClock` with the clients, so command polling and token expiry run instantly.
Test modules cannot import this file (importlib mode), hence fixtures only.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import FakeClock, RetryPolicy, Token
from carconnect.core.oauth import OAuthClient
from carconnect.ford import (
    AsyncFordClient,
    AsyncFordConnectClient,
    AsyncFordPassClient,
    FordAuth,
    FordClient,
    FordConnectAuth,
    FordConnectClient,
    FordPassAuth,
    FordPassClient,
)
from carconnect.sim import Simulator
from carconnect.sim.vendor_fixtures import fixtures_dir as ford_fixtures_dir

ACCESS_TOKEN = "access-token-1"
AUTONOMIC_TOKEN_URL = "https://accounts.autonomic.ai/v1/auth/oidc/token"

AnyClient = (
    FordClient | AsyncFordClient | FordConnectClient | AsyncFordConnectClient | FordPassClient | AsyncFordPassClient
)
ClientFactory = Callable[..., Any]
Run = Callable[[Any], Awaitable[Any]]

CLASSES: dict[str, dict[str, type[AnyClient]]] = {
    "sync": {"query": FordClient, "connect": FordConnectClient, "fordpass": FordPassClient},
    "async": {"query": AsyncFordClient, "connect": AsyncFordConnectClient, "fordpass": AsyncFordPassClient},
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> respx.MockRouter:
    """Every Ford host, mocked (routes use full URLs); an Autonomic token exchange answers by default."""
    mocked = respx.MockRouter(assert_all_called=False)
    mocked.post(AUTONOMIC_TOKEN_URL).respond(
        json={"access_token": "autonomic-token-1", "token_type": "Bearer", "expires_in": 300}
    )
    return mocked


@pytest.fixture
def transport(router: respx.MockRouter) -> httpx.MockTransport:
    return httpx.MockTransport(router.handler)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def run() -> Run:
    """Await what an async client returned; pass a sync result through."""

    async def result(value: Any) -> Any:
        return await value if inspect.isawaitable(value) else value

    return result


@pytest.fixture
def shut() -> Callable[[Any], Awaitable[None]]:
    """Close a sync or an async client."""

    async def close(client: Any) -> None:
        if isinstance(client, AsyncFordClient | AsyncFordConnectClient | AsyncFordPassClient):
            await client.aclose()
        else:
            client.close()

    return close


@pytest.fixture
def sim_fordpass_auth(sim: Simulator, clock: FakeClock) -> FordPassAuth:
    """A FordPass login pointed at the simulator's login host and token-exchange endpoints."""
    return fordpass_auth(sim, clock)


def fordpass_auth(sim: Simulator, clock: FakeClock) -> FordPassAuth:
    """A FordPass login pointed at the simulator's login host and token-exchange endpoints."""
    extra = sim.endpoints("ford", "fordpass").extra
    return FordPassAuth(
        login_url=sim.url("ford", "login"),
        cat_exchange_url=extra["cat_exchange_url"],
        cat_refresh_url=extra["cat_refresh_url"],
        autonomic_token_url=extra["autonomic_token_url"],
        clock=clock,
    )


@pytest.fixture
async def make(kind: str, transport: httpx.MockTransport, clock: FakeClock) -> AsyncIterator[ClientFactory]:
    """Builds clients of this test's kind on the mocked hosts (no jitter, instant sleeps); closes them after."""
    made: list[AnyClient] = []

    def factory(api: str, credentials: Any = ACCESS_TOKEN, **options: Any) -> Any:
        options.setdefault("retry", RetryPolicy(jitter=0.0))
        options.setdefault("transport", transport)
        if api == "fordpass" and "auth" not in options:
            options["auth"] = FordPassAuth(transport=transport, async_transport=transport, clock=clock)
            auths.append(options["auth"])
        made.append(CLASSES[kind][api](credentials, clock=clock, **options))
        return made[-1]

    auths: list[FordPassAuth] = []
    yield factory
    for auth in auths:
        await _close(auth)
    for client in made:
        if isinstance(client, AsyncFordClient | AsyncFordConnectClient | AsyncFordPassClient):
            await client.aclose()
        else:
            client.close()


# ---- fixtures on disk ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """``$CARCONNECT_FIXTURES/ford`` (default: ``shared/fixtures/ford`` beside the repository); skips if
    absent, or fails when ``CARCONNECT_REQUIRE_FIXTURES`` is set."""
    return ford_fixtures_dir(__file__, "ford")


# ---- the simulator ---------------------------------------------------------------------------------


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[Simulator]:
    """A simulator on 127.0.0.1 whose time is the tests' FakeClock."""
    with Simulator(clock=clock) as simulator:
        yield simulator


def _follow_login(auth: OAuthClient) -> Token:
    """Open the login URL as a browser would (the simulator consents at once) and finish the login."""
    request = auth.authorization_request()
    answer = httpx.get(request.url, follow_redirects=False)
    assert answer.status_code == 302, answer.text
    return auth.exchange_code(request, answer.headers["location"])


@pytest.fixture
async def query_login(sim: Simulator, clock: FakeClock) -> AsyncIterator[tuple[FordAuth, Token]]:
    client = sim.endpoints("ford").client
    assert client.client_secret is not None
    auth = FordAuth(
        client.client_id,
        client.client_secret,
        redirect_uri=client.redirect_uri,
        base_url=sim.url("ford", "auth"),
        clock=clock,
    )
    yield auth, _follow_login(auth)
    await _close(auth)


@pytest.fixture
async def connect_login(sim: Simulator, clock: FakeClock) -> AsyncIterator[tuple[FordConnectAuth, Token]]:
    endpoints = sim.endpoints("ford", "ford-connect")
    client = endpoints.client
    assert client.client_secret is not None
    assert endpoints.authorize_url is not None
    auth = FordConnectAuth(
        client.client_id,
        client.client_secret,
        redirect_uri=client.redirect_uri,
        authorize_url=endpoints.authorize_url,
        token_url=endpoints.token_url,
        clock=clock,
    )
    yield auth, _follow_login(auth)
    await _close(auth)


@pytest.fixture
async def fordpass_login(sim: Simulator, clock: FakeClock) -> AsyncIterator[tuple[FordPassAuth, Token]]:
    auth = fordpass_auth(sim, clock)
    yield auth, _follow_login(auth)
    await _close(auth)


async def _close(auth: OAuthClient) -> None:
    auth.close()
    await auth.aclose()


@pytest.fixture
async def sim_client(
    kind: str,
    sim: Simulator,
    clock: FakeClock,
    query_login: tuple[FordAuth, Token],
    connect_login: tuple[FordConnectAuth, Token],
    fordpass_login: tuple[FordPassAuth, Token],
) -> AsyncIterator[ClientFactory]:
    """Builds logged-in clients of this test's kind on the simulator; closes them after.

    Each client gets its own token manager over the login's token unless ``credentials=`` is given
    (two managers refreshing one rotating refresh token would trip the simulator's reuse detection).
    """
    made: list[AnyClient] = []

    def factory(api: str, **options: Any) -> Any:
        options.setdefault("retry", RetryPolicy(jitter=0.0))
        logins: dict[str, tuple[OAuthClient, Token]] = {
            "query": query_login,
            "connect": connect_login,
            "fordpass": fordpass_login,
        }
        auth, token = logins[api]
        if api == "query":
            options.setdefault("base_url", sim.endpoints("ford").apis["query"])
        elif api == "connect":
            options.setdefault("base_url", sim.url("ford", "mps"))
        else:
            options.update(
                auth=fordpass_login[0], base_url=sim.url("ford", "autonomic"), ford_base_url=sim.url("ford", "api")
            )
        credentials = options.pop("credentials", None) or auth.token_manager(token)
        made.append(CLASSES[kind][api](credentials, clock=clock, **options))
        return made[-1]

    yield factory
    for client in made:
        if isinstance(client, AsyncFordClient | AsyncFordConnectClient | AsyncFordPassClient):
            await client.aclose()
        else:
            client.close()
