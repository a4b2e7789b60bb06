"""The loopback receiver and the paste path under requests that are not the login redirect."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx
import pytest

from carconnect.core import OAuthError
from carconnect.core.oauth import LoopbackReceiver, OAuthClient, OAuthConfig


def _get(url: str) -> int:
    with httpx.Client(timeout=5) as client:
        return client.get(url).status_code


def _port(receiver: LoopbackReceiver) -> int:
    return int(receiver._server.server_address[1])


def test_an_idle_connection_neither_blocks_the_redirect_nor_the_timeout() -> None:
    """A browser's speculative connection that never sends a request (Chrome preconnects) must not
    hold up the redirect that arrives on a second connection."""
    receiver = LoopbackReceiver(expected_state="st-1")
    idle = socket.create_connection(("127.0.0.1", _port(receiver)))
    statuses: list[int] = []
    urls: list[str] = []
    waiter = threading.Thread(target=lambda: urls.append(receiver.wait(5)), daemon=True)
    waiter.start()
    try:
        time.sleep(0.3)  # the listener has taken the idle connection first
        statuses.append(_get(f"{receiver.redirect_uri}?code=c1&state=st-1"))
        waiter.join(3)
        assert not waiter.is_alive(), "the receiver is stuck on the idle connection"
    finally:
        idle.close()
        waiter.join(5)
    assert statuses == [200]
    assert len(urls) == 1
    assert "code=c1" in urls[0]


def test_an_idle_connection_does_not_stop_the_wait_from_timing_out() -> None:
    receiver = LoopbackReceiver()
    idle = socket.create_connection(("127.0.0.1", _port(receiver)))
    errors: list[OAuthError] = []

    def wait() -> None:
        try:
            receiver.wait(0.5)
        except OAuthError as exc:
            errors.append(exc)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    try:
        waiter.join(3)
        assert not waiter.is_alive(), "the receiver's timeout was not honoured"
    finally:
        idle.close()
        waiter.join(5)
    assert [error.code for error in errors] == ["timeout"]


@pytest.mark.parametrize("query", ["", "?", "?foo=bar"])
def test_a_request_to_the_callback_path_that_is_no_redirect_does_not_end_the_login(query: str) -> None:
    receiver = LoopbackReceiver(expected_state="st-1")
    statuses: list[int] = []

    def browse() -> None:
        statuses.append(_get(f"{receiver.redirect_uri}{query}"))
        statuses.append(_get(f"{receiver.redirect_uri}?code=c1&state=st-1"))

    thread = threading.Thread(target=browse)
    thread.start()
    url = receiver.wait(10)
    thread.join()
    assert statuses == [400, 200]
    assert "code=c1" in url


def test_an_error_redirect_is_still_the_redirect() -> None:
    receiver = LoopbackReceiver(expected_state="st-1")
    thread = threading.Thread(target=lambda: _get(f"{receiver.redirect_uri}?error=access_denied&state=st-1"))
    thread.start()
    url = receiver.wait(10)
    thread.join()
    assert "error=access_denied" in url


def test_a_port_in_use_is_an_oauth_error_and_leaks_no_socket() -> None:
    with LoopbackReceiver() as taken:
        port = _port(taken)
        with pytest.raises(OAuthError, match=f"127.0.0.1:{port}") as caught:
            LoopbackReceiver(port=port)
    assert caught.value.code == "port_unavailable"
    assert isinstance(caught.value.__cause__, OSError)


async def test_a_cancelled_async_wait_stops_listening() -> None:
    receiver = LoopbackReceiver()
    port = _port(receiver)
    waiting = asyncio.ensure_future(receiver.await_redirect(60))
    await asyncio.sleep(0.3)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    for _ in range(50):  # the listener's thread notices within its poll period
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except ConnectionRefusedError:
            return
        await asyncio.sleep(0.1)
    pytest.fail("the receiver still listens after its wait was cancelled")


@pytest.mark.parametrize(
    "pasted",
    ["http://[::1/callback?code=c1&state=st", "https://login.example]/?code=c1", "fordapp://[userauthorized?code=c1"],
)
def test_a_malformed_pasted_url_is_an_oauth_error(config: OAuthConfig, pasted: str) -> None:
    oauth = OAuthClient(config, transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    request = oauth.authorization_request()
    with pytest.raises(OAuthError) as caught:
        oauth.exchange_code(request, pasted)
    assert caught.value.code == "invalid_request"
    assert "c1" not in str(caught.value)
