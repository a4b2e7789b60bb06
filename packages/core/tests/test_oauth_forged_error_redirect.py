"""An error redirect is believed only with the login's state: any web page can send one to the loopback."""

from __future__ import annotations

import threading

import httpx
import pytest

from carconnect.core import AuthorizationDeniedError, InvalidStateError, OAuthError
from carconnect.core.oauth import LoopbackReceiver, OAuthClient, OAuthConfig

FORGED = "error=access_denied&error_description=Call+0900-SCAM+to+unlock+your+account"


def _get(url: str) -> int:
    with httpx.Client(timeout=5) as client:
        return client.get(url).status_code


def _client(config: OAuthConfig) -> OAuthClient:
    return OAuthClient(config, transport=httpx.MockTransport(lambda request: httpx.Response(500)))


@pytest.mark.parametrize("state", ["", "&state=evil", "&state="])
def test_the_receiver_refuses_an_error_redirect_without_the_logins_state(state: str) -> None:
    receiver = LoopbackReceiver(expected_state="st-1")
    statuses: list[int] = []
    thread = threading.Thread(target=lambda: statuses.append(_get(f"{receiver.redirect_uri}?{FORGED}{state}")))
    thread.start()
    with pytest.raises(InvalidStateError) as caught:
        receiver.wait(10)
    thread.join()
    assert statuses == [400]
    assert caught.value.code == "invalid_state"
    assert "SCAM" not in str(caught.value)


def test_the_receiver_still_returns_an_error_redirect_with_the_logins_state(config: OAuthConfig) -> None:
    oauth = _client(config)
    login = oauth.authorization_request()
    receiver = LoopbackReceiver(expected_state=login.state)
    statuses: list[int] = []
    url_of = f"{receiver.redirect_uri}?error=access_denied&error_description=Not+now&state={login.state}"
    thread = threading.Thread(target=lambda: statuses.append(_get(url_of)))
    thread.start()
    url = receiver.wait(10)
    thread.join()
    assert statuses == [200]
    with pytest.raises(AuthorizationDeniedError, match="Not now") as caught:
        oauth.exchange_code(login, url)
    assert caught.value.code == "access_denied"


@pytest.mark.parametrize("state", ["", "&state=WRONG", "&state="])
@pytest.mark.parametrize("error", ["access_denied", "server_error"])
def test_a_pasted_error_redirect_is_checked_for_state_before_its_error(
    config: OAuthConfig, state: str, error: str
) -> None:
    oauth = _client(config)
    login = oauth.authorization_request()
    with pytest.raises(InvalidStateError) as caught:
        oauth.exchange_code(login, f"{config.redirect_uri}?error={error}&error_description=Call+0900-SCAM{state}")
    assert caught.value.code == "invalid_state"
    assert "SCAM" not in str(caught.value)


def test_a_genuine_error_redirect_other_than_a_denial_is_an_oauth_error(config: OAuthConfig) -> None:
    oauth = _client(config)
    login = oauth.authorization_request()
    with pytest.raises(OAuthError) as caught:
        oauth.exchange_code(login, f"{config.redirect_uri}?error=server_error&state={login.state}")
    assert type(caught.value) is OAuthError
    assert caught.value.code == "server_error"
