"""FordConnect lists every car of the user's account: one the user did not authorize for the application
has ``vehicleAuthorizationIndicator`` 0, and Ford answers its GETs 406 with its own body (its commands 401)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from carconnect.sim import ManualClock, Simulator
from carconnect.sim.contract import check_response
from carconnect.sim.profiles import ford
from carconnect.sim.vendor_fixtures import fixture_file

CONNECT_SPEC = Path(__file__).resolve().parents[3] / "specs" / "ford" / "connect.yaml"


@pytest.fixture
def sim() -> Simulator:
    return Simulator(seed=0, clock=ManualClock())


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url=sim.base_url) as client:
        yield client


def headers_for(sim: Simulator, vehicle_ids: list[str]) -> dict[str, str]:
    token = sim.issue_token("ford-connect", vehicle_ids=vehicle_ids)["access_token"]
    return {"Authorization": f"Bearer {token}", "Application-Id": ford.FORDCONNECT_APPLICATION_ID}


def test_a_car_not_authorized_is_listed_with_indicator_0_and_its_gets_answer_406(
    sim: Simulator, http: httpx.Client
) -> None:
    fleet = sim.fleet.vehicles("ford")
    kept, left = fleet[0], fleet[-1]
    headers = headers_for(sim, [vehicle.id for vehicle in fleet if vehicle is not left])
    root = sim.url("ford", "mps") + "/api/fordconnect"
    listed = http.get(f"{root}/v3/vehicles", headers=headers)
    indicators = {entry["vehicleId"]: entry["vehicleAuthorizationIndicator"] for entry in listed.json()["vehicles"]}
    assert indicators == {vehicle.id: 0 if vehicle is left else 1 for vehicle in fleet}
    refused = [
        http.get(f"{root}/v3/vehicles/{left.id}", headers=headers),
        http.get(f"{root}/v3/vehicles/{left.id}/vin", headers=headers),
        http.get(f"{root}/v1/vehicles/{left.id}/location", headers=headers),
    ]
    vendor = json.loads(fixture_file(__file__, "ford/fordconnect-v1-error-406-not-acceptable.json").read_text())
    vendor.pop("departureTimes")  # the captured answer's endpoint-specific member
    for answer in refused:
        assert answer.status_code == 406
        assert answer.json() == vendor
    command = http.post(f"{root}/v1/vehicles/{left.id}/lock", headers=headers)
    assert command.status_code == 401
    assert http.get(f"{root}/v3/vehicles/{kept.id}/vin", headers=headers).json()["vin"] == kept.vin
    if CONNECT_SPEC.exists():
        for answer in (listed, *refused):
            check_response(CONNECT_SPEC, answer)


def test_ev_data_of_a_petrol_car_answers_fords_406_body(sim: Simulator, http: httpx.Client) -> None:
    petrol = next(vehicle for vehicle in sim.fleet.vehicles("ford") if not vehicle.is_electric)
    headers = headers_for(sim, [petrol.id])
    root = sim.url("ford", "mps") + "/api/fordconnect/v1/vehicles"
    answer = http.get(f"{root}/{petrol.id}/departureTimes", headers=headers)
    vendor = json.loads(fixture_file(__file__, "ford/fordconnect-v1-error-406-not-acceptable.json").read_text())
    assert (answer.status_code, answer.json()) == (406, vendor)
