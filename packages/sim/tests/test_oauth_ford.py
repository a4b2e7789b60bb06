"""Ford: FordConnect Query (secret in the body, short state), FordConnect, and the FordPass chain."""

from __future__ import annotations

import re

import httpx

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.profiles.ford import FORDPASS_APPLICATION_IDS
from carconnect.sim.testing import OAuthSteps

B2C_FIELDS = {
    "access_token", "id_token", "token_type", "not_before", "expires_in", "expires_on", "resource",
    "id_token_expires_in", "profile_info", "scope", "refresh_token", "refresh_token_expires_in",
}  # fmt: skip


def test_query_flow_returns_a_b2c_token_for_one_vehicle(steps: OAuthSteps, sim: Simulator) -> None:
    endpoints = sim.endpoints("ford")
    assert endpoints.authorize_url == sim.url("ford", "api") + "/fcon-public/v1/auth/init"
    assert endpoints.token_url.endswith("/oauth2/v2.0/token?p=B2C_1A_FCON_AUTHORIZE")
    assert sim.url("ford", "auth") == sim.url("ford", "api")

    token = steps.login("ford")

    assert set(token) == B2C_FIELDS
    assert token["expires_in"] == 1200
    assert token["refresh_token_expires_in"] == 90 * 86400
    grant = next(iter(sim.oauth.grants.values()))
    assert len(grant.vehicle_ids) == 1


def test_query_state_longer_than_16_characters_is_refused(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("ford", state="x" * 17, code_challenge=None, code_challenge_method=None)
    assert response.status_code == 400
    assert "16" in response.text
    ok, _ = steps.authorize("ford", state="x" * 16)
    assert ok.status_code == 302


def test_query_takes_the_secret_in_the_body_only(steps: OAuthSteps) -> None:
    data = {"grant_type": "refresh_token", "refresh_token": "x"}
    assert steps.token("ford", data, auth="client_secret_basic").status_code == 401
    assert steps.token("ford", data, auth="client_secret_post").json()["error"] == "invalid_grant"


def test_query_token_needs_the_b2c_policy(sim: Simulator, http: httpx.Client) -> None:
    url = sim.endpoints("ford").token_url.split("?")[0]
    client = DEMO_CLIENTS["ford"]
    data = {"grant_type": "refresh_token", "refresh_token": "x", "client_id": client.client_id}
    answer = http.post(url, data={**data, "client_secret": client.client_secret or ""})
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request"


def test_query_refresh_rotates(steps: OAuthSteps) -> None:
    first = steps.login("ford")
    second = steps.refresh("ford", first["refresh_token"])
    assert second.status_code == 200
    assert steps.refresh("ford", first["refresh_token"]).json()["error"] == "invalid_grant"


def test_fordconnect_accepts_basic_and_body_secrets(steps: OAuthSteps, sim: Simulator) -> None:
    endpoints = sim.endpoints("ford", "ford-connect")
    assert endpoints.authorize_url == sim.url("ford", "connect-login") + "/common/login/"
    token = steps.login("ford", "ford-connect", scope="access", make="F")
    refreshed = steps.token(
        "ford",
        {"grant_type": "refresh_token", "refresh_token": token["refresh_token"]},
        "ford-connect",
        auth="client_secret_basic",
    )
    assert refreshed.status_code == 200
    assert len(next(iter(sim.oauth.grants.values())).vehicle_ids) == 3


def test_fordpass_chain_b2c_then_cat_then_autonomic(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    endpoints = sim.endpoints("ford", "fordpass")
    response, verifier = steps.authorize("ford", "fordpass")
    assert response.headers["location"].startswith("fordapp://userauthorized?code=")
    b2c = steps.exchange("ford", response, verifier, "fordpass").json()
    headers = {"Application-Id": FORDPASS_APPLICATION_IDS["US"]}

    cat = http.post(endpoints.extra["cat_exchange_url"], json={"idpToken": b2c["access_token"]}, headers=headers)
    assert cat.status_code == 200
    pair = cat.json()
    assert pair["expires_in"] == 3600
    assert pair["refresh_expires_in"] == 2629746
    assert pair["ford_consumer_id"] == sim.fleet.owner("ford").id

    autonomic = http.post(
        endpoints.extra["autonomic_token_url"],
        data={
            "subject_token": pair["access_token"],
            "subject_issuer": "fordpass",
            "client_id": "fordpass-prod",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        },
    )
    assert autonomic.status_code == 200
    assert autonomic.json()["expires_in"] == 300


def test_fordpass_needs_pkce(steps: OAuthSteps) -> None:
    response, _ = steps.authorize("ford", "fordpass", pkce=False)
    assert steps.redirect_params(response)["error"] == "invalid_request"


def test_cat_exchange_rejects_bad_tokens_and_missing_application_id(sim: Simulator, http: httpx.Client) -> None:
    url = sim.endpoints("ford", "fordpass").extra["cat_exchange_url"]
    missing_app = http.post(url, json={"idpToken": "x"})
    bad_token = http.post(url, json={"idpToken": "x"}, headers={"Application-Id": FORDPASS_APPLICATION_IDS["EU"]})
    assert missing_app.status_code == 400
    assert bad_token.status_code == 401
    assert bad_token.json()["errorCode"] == "460"


def test_cat_refresh_rotates_with_reuse_detection(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    endpoints = sim.endpoints("ford", "fordpass")
    b2c = steps.login("ford", "fordpass")
    headers = {"Application-Id": FORDPASS_APPLICATION_IDS["US"]}
    first = http.post(endpoints.extra["cat_exchange_url"], json={"idpToken": b2c["access_token"]}, headers=headers)
    refresh_url = endpoints.extra["cat_refresh_url"]

    second = http.post(refresh_url, json={"refresh_token": first.json()["refresh_token"]}, headers=headers)
    reused = http.post(refresh_url, json={"refresh_token": first.json()["refresh_token"]}, headers=headers)
    after = http.post(refresh_url, json={"refresh_token": second.json()["refresh_token"]}, headers=headers)

    assert second.status_code == 200
    assert (reused.status_code, reused.json()["errorCode"]) == (401, "460")
    assert after.status_code == 401


def test_autonomic_exchange_rejects_a_b2c_token(steps: OAuthSteps, sim: Simulator, http: httpx.Client) -> None:
    b2c = steps.login("ford", "fordpass")
    answer = http.post(
        sim.endpoints("ford", "fordpass").extra["autonomic_token_url"],
        data={
            "subject_token": b2c["access_token"],
            "subject_issuer": "fordpass",
            "client_id": "fordpass-prod",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        },
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_query_consent_page_lets_the_user_pick_the_vehicle(
    steps: OAuthSteps, sim: Simulator, http: httpx.Client
) -> None:
    sim.options.consent = "page"
    page, verifier = steps.authorize("ford")
    assert page.text.count("type='radio'") == 3
    second = sim.fleet.vehicles("ford")[1]
    hidden = dict(re.findall(r"<input type='hidden' name='([^']*)' value='([^']*)'>", page.text))
    answer = http.post(
        sim.endpoints("ford").authorize_url or "", data={**hidden, "vehicle": second.id, "decision": "approve"}
    )

    token = steps.exchange("ford", answer, verifier).json()

    grant = sim.oauth.grants[sim.oauth.tokens[token["access_token"]].grant_id or ""]
    assert grant.vehicle_ids == (second.id,)


def test_autonomic_and_cat_hosts_rate_limit_in_their_own_shape(sim: Simulator, http: httpx.Client) -> None:
    sim.faults.add("rate_limit", brand="ford", retry_after=9)
    autonomic = http.get(sim.url("ford", "autonomic") + "/v1/anything")
    cat = http.get(sim.url("ford", "foundational") + "/api/anything")
    assert (autonomic.status_code, autonomic.json()["code"], autonomic.headers["retry-after"]) == (429, 429, "9")
    assert (cat.json()["errorCode"], cat.headers["retry-after"]) == ("429", "9")
