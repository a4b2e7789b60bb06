"""No secret in reprs, messages or logs; the loopback receiver's guarantees."""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import replace
from typing import Literal

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    ClientBase,
    FakeClock,
    InvalidStateError,
    MemoryTokenStore,
    OAuthError,
    ResponseParseError,
    Token,
    TokenManager,
    call_detailed,
)
from carconnect.core.oauth import LoopbackReceiver, OAuthClient, OAuthConfig

from .conftest import AUTH

SECRETS = [
    "s3cret-value",
    "ACCESS-abc123",
    "REFRESH-def456",
    "IDTOKEN-ghi789",
    "API-KEY-xyz",
    "DEVICE-CODE-1",
    "ACCESS-second",
]


def test_no_secret_reaches_reprs_messages_or_logs(config: OAuthConfig, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    router = respx.Router(assert_all_called=False)
    router.post(f"{AUTH}/token").mock(
        side_effect=[
            httpx.Response(
                200,
                json={
                    "access_token": "ACCESS-abc123",
                    "refresh_token": "REFRESH-def456",
                    "id_token": "IDTOKEN-ghi789",
                    "expires_in": 3600,
                },
            ),
            httpx.Response(200, json={"access_token": "ACCESS-second", "refresh_token": "REFRESH-def456"}),
            httpx.Response(200, text="access_token=ACCESS-abc123"),
            httpx.Response(400, json={"error": "invalid_grant"}),
        ]
    )
    router.post(f"{AUTH}/device").respond(
        200, json={"device_code": "DEVICE-CODE-1", "user_code": "U", "verification_uri": "https://v", "interval": 1}
    )
    router.get("https://api.test/x").mock(side_effect=[httpx.Response(401), httpx.Response(500, text="boom")])
    clock = FakeClock()
    oauth = OAuthClient(config, transport=httpx.MockTransport(router.handler), clock=clock)
    request = oauth.authorization_request()
    token = oauth.exchange_code(request, f"http://x/?code=c&state={request.state}")
    device = oauth.start_device_authorization(pkce=True)
    manager = TokenManager(MemoryTokenStore(token), oauth, clock=clock)
    shared = ClientBase(
        manager, headers={"vcc-api-key": "API-KEY-xyz"}, transport=httpx.MockTransport(router.handler), clock=clock
    )
    auth = shared.auth
    produced: list[object] = [token, config, oauth, request, device, manager, auth, manager.store]
    for attempt in (
        lambda: call_detailed(shared.http_client_for("https://api.test").get, "/x"),
        lambda: oauth.refresh(token),
        lambda: oauth.refresh(token),
    ):
        with pytest.raises((ApiError, ResponseParseError)) as caught:
            attempt()
        produced.append(caught.value)
    texts = [repr(item) for item in produced] + [str(item) for item in produced] + [caplog.text]
    assert caplog.text  # httpx did log the requests
    for text in texts:
        for secret in [*SECRETS, request.code_verifier or "-", device.code_verifier or "-"]:
            assert secret not in text, f"secret leaked into: {text[:80]}"


def _get(url: str) -> int:
    with httpx.Client() as client:
        return client.get(url).status_code


@pytest.mark.parametrize("client_auth", ["basic", "post"])
def test_a_client_secret_the_server_echoes_is_masked_however_it_was_sent(client_auth: Literal["basic", "post"]) -> None:
    secret = "Xy9+Qm/Zt8=Lp~4k.Ab_Cd"  # characters that Basic credentials URL-encode

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client", "error_description": f"secret {secret} unknown"})

    token_url = "https://login.example.test/token"
    config = OAuthConfig(client_id="client-1", client_secret=secret, token_url=token_url, client_auth=client_auth)
    with pytest.raises(OAuthError) as raised:
        OAuthClient(config, transport=httpx.MockTransport(echo)).refresh(Token("at", "rt-0123456789"))
    assert raised.value.message == "secret *** unknown"
    assert secret not in str(raised.value)
    assert secret not in repr(raised.value.body)


def test_loopback_receiver_binds_loopback_and_takes_one_request() -> None:
    receiver = LoopbackReceiver(expected_state="st-1")
    host, port = receiver._server.server_address[:2]
    assert host == "127.0.0.1"
    statuses: list[int] = []
    thread = threading.Thread(
        target=lambda: statuses.extend(
            [_get(f"http://127.0.0.1:{port}/favicon.ico"), _get(f"{receiver.redirect_uri}?code=c1&state=st-1")]
        )
    )
    thread.start()
    url = receiver.wait(10)
    thread.join()
    assert statuses == [404, 200]
    assert "code=c1" in url
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_loopback_receiver_rejects_wrong_state() -> None:
    receiver = LoopbackReceiver(expected_state="st-1")
    statuses: list[int] = []
    thread = threading.Thread(target=lambda: statuses.append(_get(f"{receiver.redirect_uri}?code=c&state=evil")))
    thread.start()
    with pytest.raises(InvalidStateError):
        receiver.wait(10)
    thread.join()
    assert statuses == [400]


async def test_loopback_receiver_times_out() -> None:
    receiver = LoopbackReceiver()
    with pytest.raises(OAuthError, match="no login redirect"):
        await receiver.await_redirect(0.3)


def test_state_comparison_is_constant_time_helper() -> None:
    from carconnect.core.oauth import same_secret

    assert same_secret("abc", "abc")
    assert not same_secret("abc", "abd")
    assert not same_secret("abc", None)


def test_token_and_config_reprs_show_shape_not_values(config: OAuthConfig) -> None:
    token = Token("ACCESS-abc123", "REFRESH-def456", id_token="IDTOKEN-ghi789")
    assert "***" in repr(token)
    assert "s3cret-value" not in repr(replace(config))
