from __future__ import annotations

import base64
import re
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from carconnect.core import (
    AuthorizationDeniedError,
    FakeClock,
    InvalidStateError,
    OAuthError,
    ReauthorizationRequiredError,
    ServerError,
)
from carconnect.core.oauth import ClientAuthMethod, OAuthClient, OAuthConfig, code_challenge, new_code_verifier

from .conftest import AUTH


def token_body(**extra: object) -> dict[str, object]:
    return {"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 3600, "token_type": "Bearer", **extra}


def test_s256_challenge_matches_rfc7636_appendix_b() -> None:
    assert (
        code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_verifiers_are_long_random_and_unreserved() -> None:
    verifiers = {new_code_verifier() for _ in range(200)}
    assert len(verifiers) == 200
    assert all(re.fullmatch(r"[A-Za-z0-9]{64}", v) for v in verifiers)
    with pytest.raises(ValueError, match="43 to 128"):
        new_code_verifier(42)


def test_authorization_url_carries_pkce_state_and_scopes(config: OAuthConfig) -> None:
    client = OAuthClient(config)
    request = client.authorization_request(prompt="login")
    query = parse_qs(urlsplit(request.url).query)
    assert query["response_type"] == ["code"]
    assert query["client_id"] == ["client-1"]
    assert query["scope"] == ["read write"]
    assert query["state"] == [request.state]
    assert query["code_challenge_method"] == ["S256"]
    assert request.code_verifier is not None
    assert query["code_challenge"] == [code_challenge(request.code_verifier)]
    assert query["prompt"] == ["login"]
    assert request.code_verifier not in request.url


def test_state_length_limit_is_enforced(config: OAuthConfig) -> None:
    short = replace(config, max_state_length=16)
    request = OAuthClient(short).authorization_request()
    assert len(request.state) <= 16
    with pytest.raises(ValueError, match="at most 16"):
        OAuthClient(short).authorization_request(state="x" * 17)


def mocked(config: OAuthConfig, clock: FakeClock | None = None) -> tuple[OAuthClient, respx.Router]:
    router = respx.Router(base_url=AUTH, assert_all_called=False)
    client = OAuthClient(
        config,
        transport=httpx.MockTransport(router.handler),
        async_transport=httpx.MockTransport(router.async_handler),
        clock=clock or FakeClock(),
    )
    return client, router


def test_pkce_is_left_out_where_the_vendor_does_not_use_it(config: OAuthConfig) -> None:
    client, router = mocked(replace(config, pkce=False))
    route = router.post("/token").respond(200, json=token_body())
    request = client.authorization_request()
    assert "code_challenge" not in request.url
    assert request.code_verifier is None
    client.exchange_code(request, f"{config.redirect_uri}?code=abc&state={request.state}")
    assert "code_verifier" not in parse_qs(route.calls.last.request.content.decode())


def test_exchange_with_basic_client_auth_sends_verifier(config: OAuthConfig) -> None:
    client, router = mocked(config)
    route = router.post("/token").respond(200, json=token_body(scope="read write", gcid="g-1"))
    request = client.authorization_request()
    token = client.exchange_code(request, f"{config.redirect_uri}?code=abc&state={request.state}")
    sent = route.calls.last.request
    form = parse_qs(sent.content.decode())
    assert form == {
        "grant_type": ["authorization_code"],
        "code": ["abc"],
        "redirect_uri": [config.redirect_uri],
        "code_verifier": [request.code_verifier],
    }
    assert sent.headers["Authorization"] == "Basic " + base64.b64encode(b"client-1:s3cret-value").decode()
    assert token.access_token == "at-1"
    assert token.refresh_token == "rt-1"
    assert token.scopes == ("read", "write")
    assert token.extras == {"gcid": "g-1"}
    assert token.expires_at is not None
    assert token.expires_at.tzinfo is not None


@pytest.mark.parametrize(
    ("method", "secret", "expected_fields"),
    [("post", "s3cret-value", {"client_id", "client_secret"}), ("none", None, {"client_id"})],
)
def test_form_and_public_client_auth(
    config: OAuthConfig, method: ClientAuthMethod, secret: str | None, expected_fields: set[str]
) -> None:
    client, router = mocked(replace(config, client_auth=method, client_secret=secret))
    route = router.post("/token").respond(200, json=token_body())
    request = client.authorization_request()
    client.exchange_code(request, "bare-code")
    sent = route.calls.last.request
    assert "Authorization" not in sent.headers
    form = parse_qs(sent.content.decode())
    assert expected_fields <= set(form)
    assert form["code"] == ["bare-code"]


def test_wrong_state_is_rejected_before_any_request(config: OAuthConfig) -> None:
    client, router = mocked(config)
    route = router.post("/token").respond(200, json=token_body())
    request = client.authorization_request()
    with pytest.raises(InvalidStateError):
        client.exchange_code(request, f"{config.redirect_uri}?code=abc&state=forged")
    with pytest.raises(InvalidStateError):
        client.exchange_code(request, f"{config.redirect_uri}?code=abc")
    assert not route.called


def test_access_denied_in_callback(config: OAuthConfig) -> None:
    client, _ = mocked(config)
    request = client.authorization_request()
    with pytest.raises(AuthorizationDeniedError) as caught:
        client.exchange_code(request, f"{config.redirect_uri}?error=access_denied&state={request.state}")
    assert caught.value.code == "access_denied"


def test_custom_scheme_redirect_is_accepted(config: OAuthConfig) -> None:
    client, router = mocked(config)
    router.post("/token").respond(200, json=token_body())
    request = client.authorization_request()
    token = client.exchange_code(request, f"fordapp://userauthorized/?code=xyz&state={request.state}")
    assert token.access_token == "at-1"


def test_token_endpoint_errors_are_typed(config: OAuthConfig) -> None:
    client, router = mocked(config)
    request = client.authorization_request()
    router.post("/token").respond(400, json={"error": "invalid_grant", "error_description": "code used"})
    with pytest.raises(OAuthError) as caught:
        client.exchange_code(request, "code")
    assert caught.value.code == "invalid_grant"
    assert not isinstance(caught.value, ReauthorizationRequiredError)
    router.post("/token").respond(502, text="<html><title>Bad gateway</title></html>")
    with pytest.raises(ServerError, match="Bad gateway"):
        client.exchange_code(request, "code")


async def test_async_exchange(config: OAuthConfig) -> None:
    client, router = mocked(config)
    router.post("/token").respond(200, json=token_body())
    request = client.authorization_request()
    token = await client.aexchange_code(request, f"http://x/cb?code=1&state={request.state}")
    assert token.access_token == "at-1"
    await client.aclose()
