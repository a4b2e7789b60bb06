"""``Simulator.intercept()``: the vendors' real hosts answered by the simulator, and its browser."""

from __future__ import annotations

import webbrowser
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from carconnect.core import AuthorizationDeniedError, PermissionDeniedError
from carconnect.core.oauth import LoopbackReceiver
from carconnect.sim import Simulator
from carconnect.sim.intercept import LoginPageError, vendor_hosts
from carconnect.smartcar import Scope, SmartcarAuth
from carconnect.volvo import ALL_SCOPES, AsyncVolvoClient, VolvoAuth, VolvoClient


def volvo_auth(redirect_uri: str = "http://127.0.0.1:8765/callback") -> VolvoAuth:
    return VolvoAuth("my-client-id", "my-secret", redirect_uri=redirect_uri, scopes=ALL_SCOPES)


def test_every_vendor_host_is_routed() -> None:
    hosts = vendor_hosts()
    assert hosts["api.volvocars.com"] == ("volvo", "api")
    assert hosts["customer.bmwgroup.com"] == ("bmw", "auth")
    assert {brand for brand, _ in hosts.values()} == {"volvo", "bmw", "ford", "smartcar"}


def test_code_for_the_real_hosts_runs_unchanged_with_its_own_credentials() -> None:
    sim = Simulator()
    with sim.intercept():
        auth = volvo_auth()
        login = auth.authorization_request()
        token = auth.exchange_code(login, sim.follow_login(login.url))
        with VolvoClient(auth.token_manager(token), api_key="my-vcc-api-key") as volvo:
            vin = volvo.vehicles()[0].vin
            assert volvo.lock(vin).succeeded
    assert sim.deliveries.count("volvo", vin, "lock") == 1


async def test_async_clients_are_answered_too() -> None:
    sim = Simulator()
    token = sim.issue_token("volvo")["access_token"]
    with sim.intercept():
        async with AsyncVolvoClient(token, api_key="my-vcc-api-key") as volvo:
            cars = await volvo.vehicles()
    assert [car.vin for car in cars] == [car.vin for car in sim.fleet.vehicles("volvo")]


def test_only_the_demo_clients_without_any_client() -> None:
    sim = Simulator()
    token = sim.issue_token("volvo")["access_token"]
    with sim.intercept(any_client=False), VolvoClient(token, api_key="my-vcc-api-key") as volvo:
        with pytest.raises(PermissionDeniedError, match="api_key") as bad_key:
            volvo.vehicles()
        assert bad_key.value.code == "invalid_api_key"
        login = volvo_auth().authorization_request()
        with pytest.raises(LoginPageError, match="invalid_client"):
            sim.follow_login(login.url, any_client=False)


def test_other_hosts_never_reach_the_network() -> None:
    with Simulator().intercept(), pytest.raises(respx.models.AllMockedAssertionError):
        httpx.get("https://example.org/")


def test_the_browser_delivers_the_redirect_to_a_loopback_receiver() -> None:
    with Simulator().intercept(), LoopbackReceiver() as receiver:
        auth = volvo_auth(receiver.redirect_uri)
        login = auth.authorization_request()
        receiver.expected_state = login.state
        assert webbrowser.open(login.url)
        callback = receiver.wait(timeout=10)
        assert auth.exchange_code(login, callback).access_token


def test_a_consent_page_is_allowed_as_a_user_would() -> None:
    sim = Simulator()
    with sim.intercept():
        auth = SmartcarAuth(
            "my-client-id", "my-secret", redirect_uri="http://127.0.0.1:8765/callback", scopes=[Scope.READ_ODOMETER]
        )
        login = auth.connect_request(force_prompt=True)  # Connect shows its consent page
        redirect = sim.follow_login(login.url)
        assert "code" in parse_qs(urlsplit(redirect).query)
        assert auth.exchange_code(login, redirect).access_token


def test_a_denied_login_ends_on_the_error_redirect() -> None:
    sim = Simulator(consent="deny")
    with sim.intercept():
        auth = volvo_auth()
        login = auth.authorization_request()
        with pytest.raises(AuthorizationDeniedError):
            auth.exchange_code(login, sim.follow_login(login.url))


def test_a_login_stuck_on_an_error_page_fails_the_waiting_application_at_once() -> None:
    with Simulator().intercept(any_client=False), LoopbackReceiver() as receiver:
        auth = volvo_auth(receiver.redirect_uri)  # not a registered client: Volvo ID shows an error page
        login = auth.authorization_request()
        receiver.expected_state = login.state
        webbrowser.open(login.url)
        callback = receiver.wait(timeout=10)
    assert parse_qs(urlsplit(callback).query)["error"] == ["server_error"]
