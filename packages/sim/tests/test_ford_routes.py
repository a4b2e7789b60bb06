"""Ford route quirks: command timing and expiry, case-insensitive ids, one vehicle per Query consent."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from carconnect.sim import ManualClock, Simulator
from carconnect.sim.brands.ford import COMMAND_ID_TTL, PENDING_SECONDS
from carconnect.sim.profiles import ford
from carconnect.sim.testing import OAuthSteps


@pytest.fixture
def sim() -> Simulator:
    return Simulator(seed=0, clock=ManualClock())


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        yield client


@pytest.fixture
def connect(sim: Simulator, http: httpx.Client) -> tuple[str, dict[str, str]]:
    token = OAuthSteps(sim, http).login("ford", "ford-connect")["access_token"]
    headers = {"Authorization": f"Bearer {token}", "Application-Id": ford.FORDCONNECT_APPLICATION_ID}
    return sim.url("ford", "mps") + "/api/fordconnect/v1/vehicles", headers


def test_a_command_is_pending_then_completes_and_its_id_expires(
    sim: Simulator, http: httpx.Client, connect: tuple[str, dict[str, str]]
) -> None:
    root, headers = connect
    car = sim.fleet.vehicles("ford")[2]
    command_id = http.post(f"{root}/{car.id}/lock", headers=headers).json()["commandId"]
    status_url = f"{root}/{car.id}/lock/{command_id.upper()}"  # ids compare case-insensitively
    assert http.get(status_url, headers=headers).json()["commandStatus"] == "PENDINGRESPONSE"
    sim.clock.advance(PENDING_SECONDS)
    assert http.get(status_url, headers=headers).json()["commandStatus"] == "COMPLETED"
    assert sim.deliveries.count("ford", car.id, "lock") == 1
    sim.clock.advance(COMMAND_ID_TTL)
    expired = http.get(status_url, headers=headers)
    assert expired.status_code == 401
    assert expired.json()["commandStatus"] == "FAILED"
    assert expired.json()["commandId"] == command_id.upper()


def test_a_sleeping_car_fails_commands_but_wakes_up(
    sim: Simulator, http: httpx.Client, connect: tuple[str, dict[str, str]]
) -> None:
    root, headers = connect
    car = sim.fleet.vehicles("ford")[0]
    sim.fleet.set_asleep("ford", car.id)
    command_id = http.post(f"{root}/{car.id}/unlock", headers=headers).json()["commandId"]
    http.post(f"{root}/{car.id}/wake", headers=headers)
    sim.clock.advance(PENDING_SECONDS)
    assert http.get(f"{root}/{car.id}/unlock/{command_id}", headers=headers).json()["commandStatus"] == "FAILED"
    assert car.asleep is False
    assert car.locked is True


def test_query_consent_covers_one_vehicle(sim: Simulator, http: httpx.Client) -> None:
    token = OAuthSteps(sim, http).login("ford")["access_token"]
    garage = http.get(sim.endpoints("ford").apis["query"] + "/garage", headers={"Authorization": f"Bearer {token}"})
    assert garage.json()["vin"] == sim.fleet.vehicles("ford")[0].vin


def test_v1_refuses_newer_commands_and_v1beta_wants_a_version(sim: Simulator, http: httpx.Client) -> None:
    steps = OAuthSteps(sim, http)
    b2c = steps.login("ford", "fordpass")["access_token"]
    extra = sim.endpoints("ford", "fordpass").extra
    cat = http.post(
        extra["cat_exchange_url"],
        json={"idpToken": b2c},
        headers={"Application-Id": ford.FORDPASS_APPLICATION_IDS["US"]},
    ).json()["access_token"]
    exchange = {
        "subject_token": cat,
        "subject_issuer": "fordpass",
        "client_id": ford.AUTONOMIC_CLIENT_ID,
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
    }
    bearer = {
        "Authorization": "Bearer " + http.post(extra["autonomic_token_url"], data=exchange).json()["access_token"]
    }
    vin = sim.fleet.vehicles("ford")[0].vin
    api = sim.url("ford", "autonomic")
    body = {"type": "startGlobalChargeCommand", "properties": {}, "tags": {}, "wakeUp": True}
    assert http.post(f"{api}/v1/command/vehicles/{vin}/commands", json=body, headers=bearer).status_code == 400
    assert http.post(f"{api}/v1beta/command/vehicles/{vin}/commands", json=body, headers=bearer).status_code == 400
    accepted = http.post(
        f"{api}/v1beta/command/vehicles/{vin}/commands", json={**body, "version": "1.0.1"}, headers=bearer
    )
    assert accepted.status_code == 201
    assert accepted.json()["currentStatus"] == "REQUESTED"
