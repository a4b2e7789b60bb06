"""Ford routes: every answer (successes and the documented errors) validates against specs/ford,
and every spec'd operation is answered with a documented success at least once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from carconnect.sim import ManualClock, Simulator
from carconnect.sim.contract import OpenApiSpec, check_response, load_spec, vendor_path
from carconnect.sim.profiles import ford
from carconnect.sim.testing import OAuthSteps

SPECS = Path(__file__).resolve().parents[3] / "specs" / "ford"
METHODS = ("get", "put", "post", "delete", "patch")
CONNECT_COMMANDS = (
    "lock",
    "unlock",
    "startEngine",
    "stopEngine",
    "startCharge",
    "stopCharge",
    "wake",
    "status",
    "location",
)


@pytest.fixture
def ford_sim() -> Simulator:
    """A simulator with the Ford plug-in, used in process."""
    return Simulator(seed=0, clock=ManualClock())


@pytest.fixture
def http(ford_sim: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=ford_sim.transport(), base_url=ford_sim.base_url) as client:
        yield client


def spec(name: str) -> Path:
    path = SPECS / f"{name}.yaml"
    if not path.exists():
        pytest.skip(f"specs/ford/{name}.yaml is not in this checkout")
    return path


def check_all(spec_path: Path, responses: list[httpx.Response]) -> set[tuple[str, str, int]]:
    """Validate every response; return (method, path template, status) of each."""
    document = load_spec(spec_path)
    seen = set()
    for response in responses:
        check_response(spec_path, response)
        method = response.request.method
        template, _ = document.find_operation(method, vendor_path(response.request.url.path))
        seen.add((method.lower(), template, response.status_code))
    return seen


def uncovered(document: OpenApiSpec, seen: set[tuple[str, str, int]]) -> list[str]:
    """Operations of the spec never answered with a 2xx."""
    missing = []
    for template, item in document.document["paths"].items():
        for method in METHODS:
            if method in item and not any(m == method and t == template and s < 300 for m, t, s in seen):
                missing.append(f"{method.upper()} {template}")
    return missing


def test_query_routes_match_the_spec(ford_sim: Simulator, http: httpx.Client) -> None:
    spec_path = spec("query")
    token = OAuthSteps(ford_sim, http).login("ford")["access_token"]
    base = ford_sim.endpoints("ford").apis["query"]
    bearer = {"Authorization": f"Bearer {token}"}
    responses = [
        http.get(f"{base}{path}", headers=bearer)
        for path in (
            "/garage",
            "/telemetry",
            "/vehicle-health/alerts",
            "/wallbox",
            "/electric/departure-times",
            "/electric/charge-schedules",
            "/fccs?startDate=2026-01-01&endDate=2026-01-31",
            "/fccs",
        )
    ]
    responses.append(http.get(f"{base}/garage"))
    responses.append(http.get(f"{base}/garage", headers={"Authorization": "Bearer nope"}))
    while len(responses) < 40 and responses[-1].status_code != 429:
        responses.append(http.get(f"{base}/garage", headers=bearer))
    seen = check_all(spec_path, responses)
    statuses = sorted({status for _, _, status in seen})
    assert statuses == [200, 400, 401, 429]
    assert int(responses[-1].headers["Retry-After"]) > 0
    assert uncovered(load_spec(spec_path), seen) == []


def test_connect_routes_match_the_spec(ford_sim: Simulator, http: httpx.Client) -> None:
    spec_path = spec("connect")
    token = OAuthSteps(ford_sim, http).login("ford", "ford-connect")["access_token"]
    root = ford_sim.url("ford", "mps") + "/api/fordconnect"
    headers = {"Authorization": f"Bearer {token}", "Application-Id": ford.FORDCONNECT_APPLICATION_ID}
    ev, _, petrol = ford_sim.fleet.vehicles("ford")
    responses: list[httpx.Response] = [http.get(f"{root}/v3/vehicles", headers=headers)]
    for vehicle in (ev, petrol):
        v1 = f"{root}/v1/vehicles/{vehicle.id}"
        responses += [
            http.get(f"{root}/v3/vehicles/{vehicle.id}", headers=headers),
            http.get(f"{root}/v3/vehicles/{vehicle.id}/vin", headers=headers),
            http.get(f"{v1}/location", headers=headers),
            http.get(f"{v1}/chargeSchedules", headers=headers),
            http.get(f"{v1}/departureTimes", headers=headers),
            http.get(f"{v1}/images/thumbnail", params={"make": "F", "model": "x", "year": "2023"}, headers=headers),
            http.get(f"{v1}/images/full", params={"make": "F", "model": "x", "year": "2023"}, headers=headers),
            http.get(f"{v1}/images/full", params={"make": "F", "model": "x", "year": "23"}, headers=headers),
            http.get(f"{v1}/images/full", headers=headers),
        ]
        for command in (
            "lock",
            "unlock",
            "startEngine",
            "stopEngine",
            "startCharge",
            "stopCharge",
            "wake",
            "status",
            "location",
        ):
            accepted = http.post(f"{v1}/{command}", headers=headers)
            responses.append(accepted)
            if command in ("lock", "unlock", "startEngine", "stopEngine", "status") and accepted.status_code == 202:
                route = "statusrefresh" if command == "status" else command
                status_url = f"{v1}/{route}/{accepted.json()['commandId']}"
                responses.append(http.get(status_url, headers=headers))
                ford_sim.clock.advance(5)
                responses.append(http.get(status_url, headers=headers))
    v1 = f"{root}/v1/vehicles/{ev.id}"
    responses += [
        http.get(f"{v1}/lock/unknown-command", headers=headers),
        http.get(f"{root}/v3/vehicles/short", headers=headers),
        http.get(f"{root}/v3/vehicles/{'f' * 32}", headers=headers),
        http.post(f"{root}/v1/vehicles/{'f' * 32}/lock", headers=headers),
        http.get(f"{root}/v3/vehicles", headers={"Authorization": f"Bearer {token}"}),
        http.get(f"{root}/v3/vehicles", headers={**headers, "Application-Id": "nope"}),
        http.get(f"{root}/v3/vehicles", headers={**headers, "Authorization": "Bearer nope"}),
    ]
    seen = check_all(spec_path, responses)
    statuses = sorted({status for _, _, status in seen})
    assert statuses == [200, 202, 400, 401, 404, 406]
    assert uncovered(load_spec(spec_path), seen) == []


def test_fordpass_routes_match_the_spec(ford_sim: Simulator, http: httpx.Client) -> None:
    spec_path = spec("fordpass")
    steps = OAuthSteps(ford_sim, http)
    b2c = steps.login("ford", "fordpass")["access_token"]
    extra = ford_sim.endpoints("ford", "fordpass").extra
    app = {"Application-Id": ford.FORDPASS_APPLICATION_IDS["US"]}
    cat = http.post(extra["cat_exchange_url"], json={"idpToken": b2c}, headers=app).json()["access_token"]
    exchange = {
        "subject_token": cat,
        "subject_issuer": "fordpass",
        "client_id": ford.AUTONOMIC_CLIENT_ID,
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
    }
    autonomic = http.post(extra["autonomic_token_url"], data=exchange).json()["access_token"]
    bearer = {"Authorization": f"Bearer {autonomic}"}
    dashboard = ford_sim.url("ford", "api") + "/api/expdashboard/v1/details/"
    body: dict[str, Any] = {"dashboardRefreshRequest": "All", "smsWakeUpVIN": ""}
    responses = [
        http.post(dashboard, json=body, headers={**app, "auth-token": cat}),
        http.post(dashboard, json=body, headers={"auth-token": cat}),
        http.post(dashboard, json=body, headers={**app, "auth-token": "nope"}),
    ]
    api = ford_sim.url("ford", "autonomic")
    ev, _, petrol = ford_sim.fleet.vehicles("ford")
    for vehicle in (ev, petrol):
        commands = f"{api}/v1/command/vehicles/{vehicle.vin}/commands"
        beta = f"{api}/v1beta/command/vehicles/{vehicle.vin}/commands"
        command: dict[str, Any] = {"type": "lock", "properties": {}, "tags": {}, "wakeUp": True}
        responses += [
            http.post(commands, json=command, headers=bearer),
            http.post(commands, json={**command, "type": "remoteStart"}, headers=bearer),
            http.post(commands, json={**command, "type": "startGlobalChargeCommand"}, headers=bearer),
            http.post(beta, json={**command, "type": "startGlobalChargeCommand", "version": "1.0.1"}, headers=bearer),
            http.post(beta, json={**command, "type": "startGlobalChargeCommand"}, headers=bearer),
        ]
        telemetry = f"{api}/v1/telemetry/sources/fordpass/vehicles/{vehicle.vin}"
        query = f"{api}/v1beta/telemetry/sources/fordpass/vehicles/{vehicle.vin}:query"
        responses.append(http.get(telemetry, params={"lrdt": "01-01-1970 00:00:00"}, headers=bearer))
        ford_sim.clock.advance(5)
        responses += [
            http.get(telemetry, headers=bearer),
            http.post(query, json={"includeMetrics": ["states", "events"]}, headers=bearer),
            http.post(query, json={"includeMetrics": ["everything"]}, headers=bearer),
        ]
    ford_sim.fleet.set_asleep("ford", petrol.id)
    responses.append(http.post(f"{api}/v1/command/vehicles/{petrol.vin}/commands", json=command, headers=bearer))
    ford_sim.clock.advance(5)
    responses += [
        http.get(f"{api}/v1/telemetry/sources/fordpass/vehicles/{petrol.vin}", headers=bearer),
        http.get(f"{api}/v1/telemetry/sources/fordpass/vehicles/{'0' * 17}", headers=bearer),
        http.get(f"{api}/v1/telemetry/sources/fordpass/vehicles/{petrol.vin}"),
    ]
    seen = check_all(spec_path, responses)
    statuses = sorted({status for _, _, status in seen})
    assert statuses == [200, 201, 207, 400, 401, 403, 404]
    assert uncovered(load_spec(spec_path), seen) == []
    states = responses[-3].json()["states"]
    assert states["lockCommand"]["value"]["toState"] == "expired"
    assert re.search("DEEP_SLEEP", str(states["lockCommand"]["value"]["data"]))
