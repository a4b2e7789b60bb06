"""BMW GCDM: device authorization grant with PKCE and BMW's status codes; gcid + id_token; refresh."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.oauth.jwt import decode_claims
from carconnect.sim.oauth.pkce import make_pair
from carconnect.sim.profiles.base import DEVICE_CODE_GRANT

BMW = DEMO_CLIENTS["bmw"]
SCOPE = "authenticate_user openid cardata:api:read cardata:streaming:read"


class Device:
    """One device-flow run: start it, then poll."""

    def __init__(self, sim: Simulator, http: httpx.Client, **overrides: str | None) -> None:
        self.sim, self.http = sim, http
        self.verifier, challenge = make_pair()
        endpoints = sim.endpoints("bmw")
        assert endpoints.device_authorization_url is not None
        form: dict[str, str | None] = {
            "client_id": BMW.client_id,
            "response_type": "device_code",
            "scope": SCOPE,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            **overrides,
        }
        self.start = http.post(endpoints.device_authorization_url, data={k: v for k, v in form.items() if v})
        self.token_url = endpoints.token_url

    @property
    def body(self) -> dict[str, Any]:
        result: dict[str, Any] = self.start.json()
        return result

    def poll(self, wait: float = 5, **overrides: str) -> httpx.Response:
        self.sim.clock.advance(wait)
        data = {
            "client_id": BMW.client_id,
            "device_code": self.body["device_code"],
            "grant_type": DEVICE_CODE_GRANT,
            "code_verifier": self.verifier,
            **overrides,
        }
        return self.http.post(self.token_url, data=data)


def _error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]


def test_device_authorization_response(sim: Simulator, http: httpx.Client) -> None:
    device = Device(sim, http)
    assert device.start.status_code == 200
    body = device.body
    assert body["expires_in"] == 300
    assert body["interval"] == 5
    assert len(body["user_code"]) == 8
    assert body["device_code"].count(".") == 2
    assert body["verification_uri"] == sim.url("bmw", "auth") + "/oneid/link"
    assert "verification_uri_complete" not in body


def test_pending_then_slow_down_then_approved(sim: Simulator, http: httpx.Client) -> None:
    device = Device(sim, http)

    assert _error(device.poll()) == (403, "authorization_pending")
    assert _error(device.poll(wait=1)) == (400, "slow_down")
    assert _error(device.poll(wait=10)) == (403, "authorization_pending")
    answer = device.poll(wait=10)

    assert answer.status_code == 200, answer.text
    token = answer.json()
    assert token["gcid"] == sim.fleet.owner("bmw").id
    assert token["scope"] == SCOPE
    assert token["expires_in"] == 3599
    assert decode_claims(token["id_token"])["sub"] == token["gcid"]
    assert _error(device.poll(wait=10)) == (400, "invalid_grant")


def test_approval_on_the_verification_page(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = None
    device = Device(sim, http)
    page = http.get(device.body["verification_uri"], params={"user_code": device.body["user_code"]})
    assert page.status_code == 200
    assert device.body["user_code"] in page.text

    done = http.post(
        device.body["verification_uri"], data={"user_code": device.body["user_code"], "decision": "approve"}
    )

    assert done.status_code == 200
    assert device.poll().status_code == 200


def test_approval_from_python_and_admin_api(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = None
    first, second = Device(sim, http), Device(sim, http)
    sim.approve_device(first.body["user_code"])
    admin = http.post("/_admin/device/approve", json={"user_code": second.body["user_code"].lower()})
    assert admin.json()["status"] == "approved"
    assert first.poll().status_code == 200
    assert second.poll().status_code == 200
    assert http.post("/_admin/device/approve", json={"user_code": "ZZZZZZZZ"}).status_code == 404


def test_denied_from_python_is_403_access_denied(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = None
    device = Device(sim, http)
    sim.deny_device(device.body["user_code"])
    assert _error(device.poll()) == (403, "access_denied")


def test_denied_on_the_page_is_403_access_denied(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = None
    device = Device(sim, http)
    http.post(device.body["verification_uri"], data={"user_code": device.body["user_code"], "decision": "deny"})
    assert _error(device.poll()) == (403, "access_denied")


def test_expired_device_code_is_401_expired_token(sim: Simulator, http: httpx.Client) -> None:
    device = Device(sim, http)
    assert _error(device.poll(wait=301)) == (401, "expired_token")


def test_wrong_verifier_is_invalid_grant(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = 0
    device = Device(sim, http)
    assert _error(device.poll(code_verifier=make_pair()[0])) == (400, "invalid_grant")


def test_pkce_is_mandatory_on_the_device_request(sim: Simulator, http: httpx.Client) -> None:
    device = Device(sim, http, code_challenge=None, code_challenge_method=None)
    assert _error(device.start) == (400, "invalid_request")


def test_unknown_client_is_401_invalid_client(sim: Simulator, http: httpx.Client) -> None:
    device = Device(sim, http, client_id="00000000-0000-0000-0000-000000000000")
    assert _error(device.start) == (401, "invalid_client")


@pytest.mark.parametrize("scope", ["cardata:streaming:vehicle.cabin.door.status", "cardata:api:write"])
def test_granular_or_unknown_scope_is_invalid_request(sim: Simulator, http: httpx.Client, scope: str) -> None:
    assert _error(Device(sim, http, scope=f"openid {scope}").start) == (400, "invalid_request")


def test_no_scope_grants_every_registered_scope(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = 0
    device = Device(sim, http, scope=None)
    assert device.poll().json()["scope"] == SCOPE


def test_refresh_rotates_and_a_reused_token_is_400_invalid_request(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = 0
    first = Device(sim, http).poll().json()

    def refresh(token: str) -> httpx.Response:
        data = {"grant_type": "refresh_token", "refresh_token": token, "client_id": BMW.client_id}
        return http.post(sim.endpoints("bmw").token_url, data=data)

    second = refresh(first["refresh_token"]).json()
    assert {"access_token", "refresh_token", "id_token", "gcid"} <= set(second)

    assert _error(refresh(first["refresh_token"])) == (400, "invalid_request")
    assert _error(refresh(second["refresh_token"])) == (400, "invalid_grant")


def test_refresh_token_lives_fourteen_days(sim: Simulator, http: httpx.Client) -> None:
    sim.options.device_auto_approve_after = 0
    first = Device(sim, http).poll().json()
    sim.clock.advance(14 * 86400)
    data = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"], "client_id": BMW.client_id}
    assert _error(http.post(sim.endpoints("bmw").token_url, data=data)) == (400, "invalid_grant")


def test_authorization_code_grant_is_not_offered(sim: Simulator, http: httpx.Client) -> None:
    data = {"grant_type": "authorization_code", "code": "x", "client_id": BMW.client_id}
    assert _error(http.post(sim.endpoints("bmw").token_url, data=data)) == (400, "unsupported_grant_type")
