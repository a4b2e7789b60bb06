"""Volvo ID: authorization code + PKCE (Basic client auth), rotation, reuse detection, revocation."""

from __future__ import annotations

from datetime import timedelta

import httpx

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.oauth.jwt import decode_claims
from carconnect.sim.oauth.pkce import make_pair
from carconnect.sim.testing import OAuthSteps

VOLVO = DEMO_CLIENTS["volvo"]


def _code(steps: OAuthSteps) -> tuple[str, str]:
    response, verifier = steps.authorize("volvo")
    return steps.redirect_params(response)["code"], verifier


def _exchange(steps: OAuthSteps, code: str, verifier: str, redirect_uri: str = VOLVO.redirect_uri) -> httpx.Response:
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri, "code_verifier": verifier}
    return steps.token("volvo", data)


def test_pkce_happy_path_returns_volvo_token_shape(steps: OAuthSteps, sim: Simulator) -> None:
    response, verifier = steps.authorize("volvo", scope="openid conve:doors_status", nonce="n-1")
    redirect = steps.redirect_params(response)
    assert response.headers["location"].startswith(VOLVO.redirect_uri + "?")
    assert redirect["state"] == "s1"

    answer = _exchange(steps, redirect["code"], verifier)

    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "no-store"
    body = answer.json()
    assert set(body) == {"access_token", "refresh_token", "token_type", "expires_in", "id_token"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 299
    claims = decode_claims(body["id_token"])
    assert claims["aud"] == VOLVO.client_id
    assert claims["sub"] == sim.fleet.owner("volvo").id
    assert claims["nonce"] == "n-1"
    assert claims["iss"] == sim.url("volvo", "auth")


def test_wrong_verifier_is_invalid_grant(steps: OAuthSteps) -> None:
    code, _ = _code(steps)
    other_verifier, _ = make_pair()
    answer = _exchange(steps, code, other_verifier)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_missing_pkce_is_refused_at_authorize(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("volvo", pkce=False)
    redirect = steps.redirect_params(response)
    assert redirect["error"] == "invalid_request"
    assert redirect["state"] == "s1"


def test_plain_pkce_method_is_refused(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("volvo", code_challenge_method="plain")
    assert steps.redirect_params(response)["error"] == "invalid_request"


def test_reused_code_is_invalid_grant_and_revokes_its_tokens(steps: OAuthSteps, http: httpx.Client) -> None:
    code, verifier = _code(steps)
    first = _exchange(steps, code, verifier).json()

    again = _exchange(steps, code, verifier)

    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"
    refresh = steps.refresh("volvo", first["refresh_token"])
    assert refresh.json()["error"] == "invalid_grant"


def test_redirect_uri_must_match_at_token(steps: OAuthSteps) -> None:
    code, verifier = _code(steps)
    answer = _exchange(steps, code, verifier, redirect_uri="http://localhost:8765/other")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_unregistered_redirect_uri_gets_an_error_page_not_a_redirect(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("volvo", redirect_uri="https://attacker.example/cb")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "location" not in response.headers


def test_a_loopback_redirect_may_use_any_port_unless_matching_is_exact(steps: OAuthSteps, sim: Simulator) -> None:
    """``redirect_uri_match="loopback"`` (the default) accepts a registered loopback redirect on any port
    and loopback host (RFC 8252 §7.3); ``"exact"`` wants the registered string, as Volvo does."""
    other_port = "http://127.0.0.1:40123/callback"
    assert VOLVO.redirect_uri == "http://localhost:8765/callback"
    assert steps.authorize("volvo", redirect_uri=other_port)[0].status_code == 302
    assert steps.authorize("volvo", redirect_uri="http://127.0.0.1:40123/other")[0].status_code == 400
    sim.options.update({"redirect_uri_match": "exact"})
    refused, _ = steps.authorize("volvo", redirect_uri=other_port)
    assert refused.status_code == 400
    assert "redirect_uri" in refused.text
    assert steps.authorize("volvo", redirect_uri=VOLVO.redirect_uri)[0].status_code == 302


def test_unknown_client_at_authorize_gets_an_error_page(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("volvo", client_id="nobody")
    assert response.status_code == 400
    assert "invalid_client" in response.text


def test_unknown_client_and_wrong_secret_are_invalid_client(sim: Simulator, http: httpx.Client) -> None:
    token_url = sim.endpoints("volvo").token_url
    data = {"grant_type": "refresh_token", "refresh_token": "x"}
    unknown = http.post(token_url, data=data, auth=("nobody", "secret"))
    wrong = http.post(token_url, data=data, auth=(VOLVO.client_id, "not-the-secret"))
    for answer in (unknown, wrong):
        assert answer.status_code == 401
        assert answer.json()["error"] == "invalid_client"
        assert answer.headers["www-authenticate"].startswith("Basic")


def test_secret_in_the_body_is_not_accepted_by_volvo(steps: OAuthSteps) -> None:
    code, verifier = _code(steps)
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": VOLVO.redirect_uri}
    answer = steps.token("volvo", {**data, "code_verifier": verifier}, auth="client_secret_post")
    assert answer.status_code == 401


def test_expired_code_is_invalid_grant(steps: OAuthSteps, sim: Simulator) -> None:
    code, verifier = _code(steps)
    sim.clock.advance(301)
    answer = _exchange(steps, code, verifier)
    assert answer.json() == {"error": "invalid_grant", "error_description": "Invalid code: expired"}


def test_openid_scope_is_required(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("volvo", scope="conve:doors_status")
    assert steps.redirect_params(response)["error"] == "invalid_scope"


def test_unknown_scope_is_invalid_scope(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("volvo", scope="openid conve:teleport")
    assert steps.redirect_params(response)["error"] == "invalid_scope"


def test_refresh_rotates_and_reuse_revokes_the_family(steps: OAuthSteps) -> None:
    first = steps.login("volvo")
    second = steps.refresh("volvo", first["refresh_token"]).json()
    assert second["refresh_token"] != first["refresh_token"]
    third = steps.refresh("volvo", second["refresh_token"]).json()

    reused = steps.refresh("volvo", first["refresh_token"])

    assert reused.status_code == 400
    assert reused.json() == {
        "error": "invalid_grant",
        "error_description": "unknown, invalid, or expired refresh token",
    }
    assert steps.refresh("volvo", third["refresh_token"]).json()["error"] == "invalid_grant"


def test_switch_omits_the_refresh_token_and_keeps_the_old_one(steps: OAuthSteps, sim: Simulator) -> None:
    first = steps.login("volvo")
    sim.options.volvo_omit_refresh_token = True

    answer = steps.refresh("volvo", first["refresh_token"]).json()
    again = steps.refresh("volvo", first["refresh_token"]).json()

    assert "refresh_token" not in answer
    assert "access_token" in answer
    assert "access_token" in again


def test_a_reused_refresh_token_revokes_the_grant_at_once(steps: OAuthSteps) -> None:
    """Volvo documents no grace period: reuse is detected even a moment after rotation."""
    first = steps.login("volvo")
    second = steps.refresh("volvo", first["refresh_token"]).json()
    assert steps.refresh("volvo", first["refresh_token"]).status_code == 400
    assert steps.refresh("volvo", second["refresh_token"]).json()["error"] == "invalid_grant"


def test_a_kept_refresh_token_lives_while_it_is_used(steps: OAuthSteps, sim: Simulator) -> None:
    """Without rotation, each use moves the 7-day idle timeout, up to the grant's 182 days."""
    sim.options.volvo_omit_refresh_token = True
    login = sim.clock.now()
    token = steps.login("volvo")["refresh_token"]
    kept = sim.oauth.tokens[token]
    for day in range(6, 181, 6):
        sim.clock.advance(6 * 86400)
        assert steps.refresh("volvo", token).status_code == 200, f"day {day}"
        assert kept.expires_at == min(sim.clock.now() + timedelta(days=7), login + timedelta(days=182))
    sim.clock.advance(2 * 86400)
    assert steps.refresh("volvo", token).json()["error"] == "invalid_grant"


def test_refresh_token_dies_after_seven_idle_days(steps: OAuthSteps, sim: Simulator) -> None:
    first = steps.login("volvo")
    sim.clock.advance(7 * 86400)
    assert steps.refresh("volvo", first["refresh_token"]).json()["error"] == "invalid_grant"


def test_grant_ends_after_six_months_even_with_refreshes(steps: OAuthSteps, sim: Simulator) -> None:
    token = steps.login("volvo")["refresh_token"]
    for _ in range(28):
        sim.clock.advance(6.5 * 86400)
        answer = steps.refresh("volvo", token)
        if answer.status_code != 200:
            break
        token = answer.json()["refresh_token"]
    assert answer.json()["error"] == "invalid_grant"


def test_refresh_may_narrow_scope_but_not_widen(steps: OAuthSteps) -> None:
    first = steps.login("volvo", scope="openid conve:doors_status conve:odometer_status")
    data = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"], "scope": "openid conve:lock"}
    assert steps.token("volvo", data).json()["error"] == "invalid_scope"
    narrowed = {**data, "scope": "openid conve:doors_status"}
    assert steps.token("volvo", narrowed).status_code == 200


def test_revoking_the_refresh_token_ends_the_grant(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    first = steps.login("volvo")
    revocation_url = sim.endpoints("volvo").revocation_url
    assert revocation_url is not None

    answer = http.post(
        revocation_url,
        data={"token": first["refresh_token"], "token_type_hint": "refresh_token"},
        auth=(VOLVO.client_id, VOLVO.client_secret or ""),
    )
    unknown = http.post(revocation_url, data={"token": "nope"}, auth=(VOLVO.client_id, VOLVO.client_secret or ""))

    assert answer.status_code == 200
    assert unknown.status_code == 200
    assert steps.refresh("volvo", first["refresh_token"]).json()["error"] == "invalid_grant"
    userinfo = sim.endpoints("volvo").userinfo_url
    assert userinfo is not None
    assert http.get(userinfo, headers={"Authorization": f"Bearer {first['access_token']}"}).status_code == 401


def test_discovery_and_userinfo(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    endpoints = sim.endpoints("volvo")
    assert endpoints.discovery_url is not None
    assert endpoints.userinfo_url is not None
    metadata = http.get(endpoints.discovery_url).json()
    assert metadata["token_endpoint"] == endpoints.token_url
    assert metadata["code_challenge_methods_supported"] == ["S256"]

    token = steps.login("volvo")["access_token"]
    me = http.get(endpoints.userinfo_url, headers={"Authorization": f"Bearer {token}"})
    assert me.json()["sub"] == sim.fleet.owner("volvo").id


def test_deny_mode_redirects_with_access_denied(steps: OAuthSteps, sim: Simulator) -> None:
    sim.options.consent = "deny"
    response, _ = steps.authorize("volvo")
    assert steps.redirect_params(response) == {
        "error": "access_denied",
        "error_description": "The user denied access.",
        "state": "s1",
    }


def test_consent_page_approves_by_form_post(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    sim.options.consent = "page"
    page, verifier = steps.authorize("volvo")
    assert page.status_code == 200
    assert "<form method='post'" in page.text

    form = dict(_hidden_fields(page.text), decision="approve")
    answer = http.post(sim.endpoints("volvo").authorize_url or "", data=form)

    assert _exchange(steps, steps.redirect_params(answer)["code"], verifier).status_code == 200


def test_consent_page_deny_button(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    sim.options.consent = "page"
    page, _ = steps.authorize("volvo")
    form = dict(_hidden_fields(page.text), decision="deny")
    answer = http.post(sim.endpoints("volvo").authorize_url or "", data=form)
    assert steps.redirect_params(answer)["error"] == "access_denied"


def _hidden_fields(html: str) -> list[tuple[str, str]]:
    import re
    from html import unescape

    return [
        (unescape(name), unescape(value))
        for name, value in re.findall(r"<input type='hidden' name='([^']*)' value='([^']*)'>", html)
    ]
