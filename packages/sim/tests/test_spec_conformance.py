"""The simulator's login answers validate against our own specs where a spec covers them."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.contract import check_response
from carconnect.sim.testing import OAuthSteps

SMARTCAR_AUTH = Path(__file__).resolve().parents[3] / "specs" / "smartcar" / "auth.yaml"


@pytest.fixture
def smartcar_spec() -> Path:
    if not SMARTCAR_AUTH.exists():
        pytest.skip("specs/smartcar/auth.yaml is not in this checkout")
    return SMARTCAR_AUTH


def test_smartcar_connect_and_token_answers_match_the_spec(
    smartcar_spec: Path, steps: OAuthSteps, sim: Simulator, http: httpx.Client
) -> None:
    redirect, _ = steps.authorize("smartcar", pkce=False)
    check_response(smartcar_spec, redirect)
    code = steps.redirect_params(redirect)["code"]
    client = DEMO_CLIENTS["smartcar"]
    exchange = {"grant_type": "authorization_code", "code": code, "redirect_uri": client.redirect_uri}
    token = steps.token("smartcar", exchange)
    refreshed = steps.refresh("smartcar", token.json()["refresh_token"])
    again = steps.token("smartcar", exchange)
    unauthenticated = http.post(sim.endpoints("smartcar").token_url, data={"grant_type": "refresh_token"})
    app_url = sim.endpoints("smartcar", "smartcar-v3").token_url
    secrets = {"client_id": client.client_id, "client_secret": client.client_secret or ""}
    app_token = http.post(app_url, data={"grant_type": "client_credentials", **secrets})
    app_refused = http.post(app_url, data={"grant_type": "client_credentials", **secrets, "client_secret": "x"})

    statuses = []
    for response in (token, refreshed, again, unauthenticated, app_token, app_refused):
        check_response(smartcar_spec, response)
        statuses.append(response.status_code)
    assert statuses == [200, 200, 400, 401, 200, 401]
