"""BmwAuth against a mocked GCDM: device grant with PKCE, BMW's status codes, gcid/id_token, refresh."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from carconnect.bmw import (
    ALL_SCOPES,
    API_SCOPES,
    DEFAULT_SCOPES,
    BmwAuth,
    gcid_of,
    streaming_credentials,
)
from carconnect.core import (
    AuthorizationDeniedError,
    DeviceCodeExpiredError,
    FakeClock,
    FileTokenStore,
    OAuthError,
    ReauthorizationRequiredError,
    Token,
)
from carconnect.core.oauth import DeviceAuthorization, code_challenge

CLIENT_ID = "6c0f5a5e-3b8f-4d0e-9a41-2f7b8c9d1e05"
GCID = "2f0d4c61-8b7e-4f1a-9c3d-5e6f7a8b9c0d"
DEVICE = {
    "device_code": "eyJhbGciOi.device.code",
    "user_code": "sDzZXXmD",
    "verification_uri": "https://customer.bmwgroup.com/oneid/link",
    "expires_in": 300,
    "interval": 5,
}


def token_body(n: int = 1) -> dict[str, object]:
    return {
        "access_token": f"access-{n}",
        "token_type": "Bearer",
        "expires_in": 3599,
        "refresh_token": f"refresh-{n}",
        "scope": " ".join(ALL_SCOPES),
        "id_token": f"id-token-{n}",
        "gcid": GCID,
    }


def form(request: httpx.Request) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(request.content.decode()).items()}


def oauth_error(status: int, error: str) -> httpx.Response:
    return httpx.Response(status, json={"error": error, "error_description": f"{error} happened"})


def test_config_has_bmw_endpoints_and_quirks() -> None:
    auth = BmwAuth(f"  {CLIENT_ID.upper()} ")
    config = auth.config
    assert config.client_id == CLIENT_ID, "client ids are trimmed and lower-cased"
    assert config.device_authorization_url == "https://customer.bmwgroup.com/gcdm/oauth/device/code"
    assert config.token_url == "https://customer.bmwgroup.com/gcdm/oauth/token"
    assert config.client_auth == "none"
    assert config.client_secret is None
    assert (
        config.scopes == DEFAULT_SCOPES == ("authenticate_user", "openid", "cardata:api:read", "cardata:streaming:read")
    )
    assert dict(config.device_params) == {"response_type": "device_code"}
    assert {"invalid_grant", "invalid_request"} <= config.reauth_errors


def test_base_url_points_at_another_server() -> None:
    auth = BmwAuth(CLIENT_ID, base_url="http://127.0.0.1:9999/bmw/auth/", scopes=API_SCOPES)
    assert auth.config.token_url == "http://127.0.0.1:9999/bmw/auth/gcdm/oauth/token"
    assert auth.config.scopes == API_SCOPES


def test_device_request_carries_pkce_and_client_id_in_the_body(auth: BmwAuth, gcdm: respx.MockRouter) -> None:
    route = gcdm.post("/gcdm/oauth/device/code").respond(200, json=DEVICE)
    device = auth.start_device_authorization()
    sent = route.calls.last.request
    fields = form(sent)
    assert "authorization" not in sent.headers
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert fields["client_id"] == CLIENT_ID
    assert fields["response_type"] == "device_code"
    assert fields["scope"] == " ".join(DEFAULT_SCOPES)
    assert fields["code_challenge_method"] == "S256"
    assert device.code_verifier is not None
    assert fields["code_challenge"] == code_challenge(device.code_verifier)
    assert device.user_code == "sDzZXXmD"
    assert device.verification_uri_complete == "https://customer.bmwgroup.com/oneid/link?user_code=sDzZXXmD"
    assert device.code_verifier not in repr(device)


def test_polling_follows_bmw_status_codes(auth: BmwAuth, gcdm: respx.MockRouter, clock: FakeClock) -> None:
    gcdm.post("/gcdm/oauth/device/code").respond(200, json=DEVICE)
    poll = gcdm.post("/gcdm/oauth/token")
    poll.side_effect = [
        oauth_error(403, "authorization_pending"),
        oauth_error(400, "slow_down"),
        oauth_error(403, "authorization_pending"),
        httpx.Response(200, json=token_body()),
    ]
    shown: list[DeviceAuthorization] = []
    token = auth.login(shown.append)
    assert shown[0].user_code == "sDzZXXmD"
    assert clock.sleeps == [5.0, 5.0, 10.0, 10.0], "slow_down adds 5 s"
    fields = form(poll.calls.last.request)
    assert fields["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code"
    assert fields["device_code"] == DEVICE["device_code"]
    assert fields["client_id"] == CLIENT_ID
    assert fields["code_verifier"] == shown[0].code_verifier
    assert token.access_token == "access-1"
    assert token.id_token == "id-token-1"
    assert gcid_of(token) == GCID
    assert token.expires_at == clock.now() + timedelta(seconds=3599)


async def test_async_login(auth: BmwAuth, gcdm: respx.MockRouter) -> None:
    gcdm.post("/gcdm/oauth/device/code").respond(200, json=DEVICE)
    gcdm.post("/gcdm/oauth/token").side_effect = [
        oauth_error(403, "authorization_pending"),
        httpx.Response(200, json=token_body()),
    ]
    token = await auth.alogin(lambda device: None)
    assert gcid_of(token) == GCID
    await auth.aclose()


@pytest.mark.parametrize(
    ("status", "error", "error_class"),
    [
        (403, "access_denied", AuthorizationDeniedError),
        (401, "expired_token", DeviceCodeExpiredError),
        (400, "expired_token", DeviceCodeExpiredError),
        (400, "invalid_grant", OAuthError),
        (401, "invalid_client", OAuthError),
    ],
)
def test_polling_endings(
    auth: BmwAuth, gcdm: respx.MockRouter, status: int, error: str, error_class: type[OAuthError]
) -> None:
    gcdm.post("/gcdm/oauth/device/code").respond(200, json=DEVICE)
    gcdm.post("/gcdm/oauth/token").mock(return_value=oauth_error(status, error))
    with pytest.raises(error_class) as caught:
        auth.login(lambda device: None)
    assert caught.value.code == error
    assert not isinstance(caught.value, ReauthorizationRequiredError)


def test_gateway_fault_while_polling_says_to_start_again(auth: BmwAuth, gcdm: respx.MockRouter) -> None:
    gcdm.post("/gcdm/oauth/device/code").respond(200, json=DEVICE)
    fault = {"fault": {"faultstring": "Invalid Access Token", "detail": {"errorcode": "keymanagement.x"}}}
    gcdm.post("/gcdm/oauth/token").respond(500, json=fault)
    with pytest.raises(DeviceCodeExpiredError, match="start the login again"):
        auth.login(lambda device: None)


def test_unauthorised_scope_at_the_device_endpoint(auth: BmwAuth, gcdm: respx.MockRouter) -> None:
    gcdm.post("/gcdm/oauth/device/code").mock(return_value=oauth_error(400, "invalid_request"))
    with pytest.raises(OAuthError) as caught:
        auth.start_device_authorization()
    assert caught.value.code == "invalid_request"


def test_device_expiry_stops_polling(auth: BmwAuth, gcdm: respx.MockRouter, clock: FakeClock) -> None:
    gcdm.post("/gcdm/oauth/device/code").respond(200, json={**DEVICE, "expires_in": 12})
    gcdm.post("/gcdm/oauth/token").mock(return_value=oauth_error(403, "authorization_pending"))
    with pytest.raises(DeviceCodeExpiredError):
        auth.login(lambda device: None)
    assert sum(clock.sleeps) <= 12


def test_refresh_rotates_and_keeps_gcid(auth: BmwAuth, gcdm: respx.MockRouter, clock: FakeClock) -> None:
    old = Token.from_response(token_body(1), now=clock.now())
    body = token_body(2)
    del body["gcid"]
    route = gcdm.post("/gcdm/oauth/token").respond(200, json=body)
    new = auth.refresh(old)
    fields = form(route.calls.last.request)
    assert fields == {"grant_type": "refresh_token", "refresh_token": "refresh-1", "client_id": CLIENT_ID}
    assert new.refresh_token == "refresh-2"
    assert new.id_token == "id-token-2"
    assert gcid_of(new) == GCID


@pytest.mark.parametrize(
    ("status", "error"), [(400, "invalid_request"), (400, "invalid_grant"), (401, "invalid_grant")]
)
def test_dead_refresh_token_requires_a_new_login(
    auth: BmwAuth, gcdm: respx.MockRouter, clock: FakeClock, status: int, error: str
) -> None:
    gcdm.post("/gcdm/oauth/token").mock(return_value=oauth_error(status, error))
    with pytest.raises(ReauthorizationRequiredError):
        auth.refresh(Token.from_response(token_body(1), now=clock.now()))


def test_token_manager_persists_the_rotated_token(
    auth: BmwAuth, gcdm: respx.MockRouter, clock: FakeClock, tmp_path: Path
) -> None:
    store = FileTokenStore(tmp_path / "bmw-token.json")
    store.save(Token.from_response(token_body(1), now=clock.now()))
    clock.advance(3600)
    gcdm.post("/gcdm/oauth/token").respond(200, json=token_body(2))
    manager = auth.token_manager(store)
    assert manager.get_access_token() == "access-2"
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token == "refresh-2"
    assert gcid_of(saved) == GCID
    assert saved.id_token == "id-token-2"


def test_streaming_credentials(clock: FakeClock) -> None:
    token = Token.from_response(token_body(1), now=clock.now())
    credentials = streaming_credentials(token)
    assert credentials.username == GCID
    assert credentials.password == "id-token-1"
    assert (credentials.host, credentials.port) == ("customer.streaming-cardata.bmwgroup.com", 9000)
    assert credentials.topic() == f"{GCID}/+"
    assert credentials.topic("WBA5P7C05N1234567") == f"{GCID}/WBA5P7C05N1234567"
    assert "id-token-1" not in repr(credentials)
    with pytest.raises(ValueError, match="openid"):
        streaming_credentials(Token("access"))


def test_repr_hides_secrets(auth: BmwAuth) -> None:
    assert CLIENT_ID in repr(auth)
    assert "BmwAuth" in repr(auth)
