"""Core's OAuth flows end to end against the simulator over real loopback HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from carconnect.core import (
    FakeClock,
    InvalidStateError,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    Token,
)
from carconnect.core.oauth import LoopbackReceiver, OAuthClient, OAuthConfig
from carconnect.sim import Simulator


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock, plugins={}) as running:
        yield running


@pytest.fixture
def opened() -> Iterator[list[OAuthClient]]:
    """OAuth clients created by a test, closed after it."""
    clients: list[OAuthClient] = []
    yield clients
    for client in clients:
        client.close()


def volvo(sim: Simulator, clock: FakeClock, opened: list[OAuthClient], redirect_uri: str | None = None) -> OAuthClient:
    ends = sim.endpoints("volvo")
    config = OAuthConfig(
        client_id=ends.client.client_id,
        client_secret=ends.client.client_secret,
        authorize_url=ends.authorize_url,
        token_url=ends.token_url,
        revocation_url=ends.revocation_url,
        redirect_uri=redirect_uri or ends.client.redirect_uri,
        scopes=("openid", "conve:odometer_status"),
    )
    opened.append(OAuthClient(config, clock=clock))
    return opened[-1]


def browse(url: str) -> str:
    """The user's browser: follow the authorize URL to the redirect the server answers with."""
    response = httpx.get(url, follow_redirects=False)
    assert response.status_code in (302, 303), response.text
    return response.headers["location"]


def test_authorization_code_with_pkce_then_rotation_and_reuse_detection(
    sim: Simulator, clock: FakeClock, opened: list[OAuthClient]
) -> None:
    client = volvo(sim, clock, opened)
    request = client.authorization_request()
    token = client.exchange_code(request, browse(request.url))
    assert token.refresh_token
    assert token.id_token

    rotated = client.refresh(token)
    assert rotated.refresh_token not in (None, token.refresh_token)
    # spending the old refresh token again is reuse: the server revokes the whole grant
    with pytest.raises(ReauthorizationRequiredError):
        client.refresh(token)
    with pytest.raises(ReauthorizationRequiredError):
        client.refresh(rotated)


def test_loopback_receiver_login(sim: Simulator, clock: FakeClock, opened: list[OAuthClient]) -> None:
    with LoopbackReceiver(expected_state=None) as receiver:
        client = volvo(sim, clock, opened, redirect_uri=receiver.redirect_uri)
        request = client.authorization_request()
        receiver.expected_state = request.state
        location = browse(request.url)
        assert location.startswith(receiver.redirect_uri)
        httpx_thread_result: list[int] = []
        visit = threading.Thread(target=lambda: httpx_thread_result.append(httpx.get(location).status_code))
        visit.start()
        callback = receiver.wait(10)
        visit.join()
    assert httpx_thread_result == [200]
    assert client.exchange_code(request, callback).access_token


def test_tampered_state_never_reaches_the_token_endpoint(
    sim: Simulator, clock: FakeClock, opened: list[OAuthClient]
) -> None:
    client = volvo(sim, clock, opened)
    request = client.authorization_request()
    location = browse(request.url).replace(f"state={request.state}", "state=tampered")
    with pytest.raises(InvalidStateError):
        client.exchange_code(request, location)


def test_token_manager_refreshes_on_expiry_against_the_sim(
    sim: Simulator, clock: FakeClock, opened: list[OAuthClient]
) -> None:
    client = volvo(sim, clock, opened)
    request = client.authorization_request()
    store = MemoryTokenStore(client.exchange_code(request, browse(request.url)))
    manager = client.token_manager(store)
    first = manager.get_access_token()
    clock.advance(3600)
    second = manager.get_access_token()
    assert second != first
    assert manager.refresh_count == 1
    stored = store.load()
    assert isinstance(stored, Token)
    assert stored.access_token == second


def test_device_grant_with_pkce_pending_slow_down_then_success(
    sim: Simulator, clock: FakeClock, opened: list[OAuthClient]
) -> None:
    ends = sim.endpoints("bmw")
    config = OAuthConfig(
        client_id=ends.client.client_id,
        token_url=ends.token_url,
        device_authorization_url=ends.device_authorization_url,
        client_auth="none",
        scopes=("authenticate_user", "openid", "cardata:api:read"),
        device_params={"response_type": "device_code"},
    )
    client = OAuthClient(config, clock=clock)
    opened.append(client)
    device = client.start_device_authorization(pkce=True)
    sim.options.update({"device_auto_approve_after": 3})
    errors: list[str | None] = []
    original_interval = device.interval
    # polls 1 s apart (the shortest interval polled at) come too early on purpose: the server answers
    # slow_down and the interval grows
    early = replace(device, interval=1.0)
    token = client.poll_device_token(early, lambda status: errors.append(status.last_error))
    assert token.extras.get("gcid")
    assert token.id_token
    assert "slow_down" in errors
    assert "authorization_pending" in errors
    assert original_interval > 0


def test_client_credentials_against_the_sim(sim: Simulator, clock: FakeClock, opened: list[OAuthClient]) -> None:
    ends = sim.endpoints("smartcar", "smartcar-v3")
    config = OAuthConfig(
        client_id=ends.client.client_id, client_secret=ends.client.client_secret, token_url=ends.token_url
    )
    opened.append(OAuthClient(config, clock=clock))
    token = opened[-1].client_credentials()
    assert token.access_token
    assert token.refresh_token is None
    assert token.expires_at is not None
