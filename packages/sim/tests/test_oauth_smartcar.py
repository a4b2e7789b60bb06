"""Smartcar: Connect + token endpoint (Basic auth, 2 h tokens) and v3 client credentials."""

from __future__ import annotations

import httpx

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.testing import OAuthSteps

SMARTCAR = DEMO_CLIENTS["smartcar"]


def test_connect_flow_with_the_default_redirect_uri(steps: OAuthSteps, sim: Simulator) -> None:
    response, _ = steps.authorize("smartcar", pkce=False, redirect_uri=None, scope="required:read_odometer read_vin")
    redirect = steps.redirect_params(response)
    assert response.headers["location"].startswith(SMARTCAR.redirect_uri)
    assert redirect["user_id"] == sim.fleet.owner("smartcar").id

    answer = steps.token("smartcar", {"grant_type": "authorization_code", "code": redirect["code"]})

    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert body["expires_in"] == 7200
    token = sim.oauth.tokens[body["access_token"]]
    assert token.scopes == ("read_odometer", "read_vin")


def test_redirect_uri_given_at_connect_must_be_repeated(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("smartcar", pkce=False)
    code = steps.redirect_params(response)["code"]
    answer = steps.token("smartcar", {"grant_type": "authorization_code", "code": code})
    assert answer.json()["error_description"].startswith("Unauthorized redirect_uri")


def test_approval_prompt_force_shows_the_consent_page(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("smartcar", pkce=False, approval_prompt="force")
    assert response.status_code == 200
    assert "Allow access?" in response.text


def test_single_select_vin_limits_the_grant(steps: OAuthSteps, sim: Simulator) -> None:
    vin = sim.fleet.vehicles("smartcar")[2].vin
    steps.login("smartcar", single_select="true", single_select_vin=vin)
    grant = next(iter(sim.oauth.grants.values()))
    assert grant.vehicle_ids == (sim.fleet.vehicles("smartcar")[2].id,)


def test_unknown_permission_is_invalid_scope(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("smartcar", scope="read_odometer fly")
    assert steps.redirect_params(response)["error"] == "invalid_scope"


def test_a_rotated_refresh_token_may_be_retried_for_a_minute(steps: OAuthSteps, sim: Simulator) -> None:
    """Smartcar invalidates the old refresh token soon after use: a retry within 60 s gets another new
    pair, and the pair of the first answer stays valid."""
    old = steps.login("smartcar")["refresh_token"]
    first = steps.refresh("smartcar", old).json()
    sim.clock.advance(59)

    retried = steps.refresh("smartcar", old)

    assert retried.status_code == 200
    assert retried.json()["refresh_token"] not in (old, first["refresh_token"])
    assert steps.refresh("smartcar", first["refresh_token"]).status_code == 200
    assert steps.refresh("smartcar", retried.json()["refresh_token"]).status_code == 200


def test_a_rotated_refresh_token_after_the_window_revokes_the_grant(steps: OAuthSteps, sim: Simulator) -> None:
    first = steps.login("smartcar")
    second = steps.refresh("smartcar", first["refresh_token"])
    assert second.status_code == 200
    sim.clock.advance(60)
    assert steps.refresh("smartcar", first["refresh_token"]).json()["error"] == "invalid_grant"
    assert steps.refresh("smartcar", second.json()["refresh_token"]).json()["error"] == "invalid_grant"


def test_the_reuse_window_is_an_option(steps: OAuthSteps, sim: Simulator) -> None:
    sim.options.update({"refresh_reuse_window": {"smartcar": 600}})
    old = steps.login("smartcar")["refresh_token"]
    assert steps.refresh("smartcar", old).status_code == 200
    sim.clock.advance(599)
    assert steps.refresh("smartcar", old).status_code == 200
    sim.options.update({"refresh_reuse_window": {"smartcar": 0}})
    assert steps.refresh("smartcar", old).json()["error"] == "invalid_grant"


def test_v3_client_credentials_form_and_json(sim: Simulator, http: httpx.Client) -> None:
    url = sim.endpoints("smartcar", "smartcar-v3").token_url
    assert url == sim.url("smartcar", "iam") + "/oauth2/token"
    credentials = {"client_id": SMARTCAR.client_id, "client_secret": SMARTCAR.client_secret or ""}
    form = http.post(url, data={"grant_type": "client_credentials", **credentials})
    json_body = http.post(url, json={"grant_type": "client_credentials", **credentials})
    for answer in (form, json_body):
        assert answer.status_code == 200
        assert set(answer.json()) == {"access_token", "token_type", "expires_in"}
        assert answer.json()["expires_in"] == 3600


def test_v3_rejects_wrong_secret_and_other_grants(sim: Simulator, http: httpx.Client) -> None:
    url = sim.endpoints("smartcar", "smartcar-v3").token_url
    wrong = http.post(
        url, data={"grant_type": "client_credentials", "client_id": SMARTCAR.client_id, "client_secret": "x"}
    )
    refresh = http.post(
        url,
        data={"grant_type": "refresh_token", "refresh_token": "x", "client_id": SMARTCAR.client_id,
              "client_secret": SMARTCAR.client_secret or ""},
    )  # fmt: skip
    assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
    assert (refresh.status_code, refresh.json()["error"]) == (400, "unsupported_grant_type")


def test_token_endpoint_wants_a_form_body(sim: Simulator, http: httpx.Client) -> None:
    answer = http.post(
        sim.endpoints("smartcar").token_url,
        json={"grant_type": "refresh_token"},
        auth=(SMARTCAR.client_id, SMARTCAR.client_secret or ""),
    )
    assert (answer.status_code, answer.json()["error"]) == (400, "invalid_request")
