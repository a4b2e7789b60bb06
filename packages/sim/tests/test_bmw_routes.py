"""BMW CarData routes of the simulator: every answer (success or error) matches specs/bmw/cardata.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from carconnect.sim import ManualClock, Simulator
from carconnect.sim.brands.bmw import DAILY_QUOTA, cardata_state, quota_used
from carconnect.sim.contract import check_response, load_spec, vendor_path

SPEC = Path(__file__).resolve().parents[3] / "specs" / "bmw" / "cardata.yaml"
VEHICLES = "/customers/vehicles"
CONTAINERS = "/customers/containers"
RANGE = {"from": "2025-09-01T00:00:00.000Z", "to": "2026-01-02T00:00:00.000Z"}
DESCRIPTORS = ["vehicle.vehicle.travelledDistance", "vehicle.drivetrain.batteryManagement.header", "vehicle.look.image"]


def contract(response: httpx.Response) -> None:
    """Every response of these tests, errors included, must match the spec."""
    check_response(SPEC, response)


@pytest.fixture
def sim() -> Simulator:
    return Simulator(seed=0, clock=ManualClock())


def client(sim: Simulator, token: str | None, **headers: str) -> httpx.Client:
    sent = {"x-version": "v1", **headers}
    if token is not None:
        sent["authorization"] = f"Bearer {token}"
    return httpx.Client(
        transport=sim.transport(),
        base_url=sim.url("bmw", "api"),
        headers=sent,
        event_hooks={"response": [contract]},
    )


@pytest.fixture
def token(sim: Simulator) -> dict[str, Any]:
    return sim.issue_token("bmw")


@pytest.fixture
def api(sim: Simulator, token: dict[str, Any]) -> Iterator[httpx.Client]:
    with client(sim, token["access_token"]) as http:
        yield http


@pytest.fixture
def vins(api: httpx.Client) -> dict[str, str]:
    """Powertrain -> VIN of the BMW fleet."""
    found = {}
    for mapping in api.get(f"{VEHICLES}/mappings").json():
        found[api.get(f"{VEHICLES}/{mapping['vin']}/basicData").json()["propulsionType"]] = mapping["vin"]
    return found


def error_id(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["exveErrorId"]


def test_mappings_is_an_array_of_primary_vehicles(api: httpx.Client) -> None:
    mappings = api.get(f"{VEHICLES}/mappings").json()
    assert isinstance(mappings, list)
    assert len(mappings) == 3
    assert {mapping["mappingType"] for mapping in mappings} == {"PRIMARY"}


def test_basic_data_quirks(api: httpx.Client, vins: dict[str, str]) -> None:
    bev = api.get(f"{VEHICLES}/{vins['BEV']}/basicData").json()
    assert bev["brand"] == "BMWi"
    assert bev["numberOfDoors"] == 4, "an integer, as BMW sends it"
    assert isinstance(bev["hvsMaxEnergyAbsolute"], str)
    assert api.get(f"{VEHICLES}/{vins['ICE']}/basicData").json()["hvsMaxEnergyAbsolute"] is None


def test_image_is_png_or_cu_126(api: httpx.Client, vins: dict[str, str]) -> None:
    image = api.get(f"{VEHICLES}/{vins['BEV']}/image")
    assert image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert error_id(api.get(f"{VEHICLES}/{vins['ICE']}/image")) == (404, "CU-126")


def test_container_lifecycle_and_rules(api: httpx.Client, vins: dict[str, str], sim: Simulator) -> None:
    created = api.post(CONTAINERS, json={"name": "mine", "purpose": "test", "technicalDescriptors": DESCRIPTORS})
    assert created.status_code == 201
    container = created.json()
    container_id = container["containerId"]
    assert len(container_id) == 13
    assert container["state"] == "ACTIVE"
    assert api.get(f"{CONTAINERS}/{container_id}").json()["technicalDescriptors"] == DESCRIPTORS

    data = api.get(f"{VEHICLES}/{vins['BEV']}/telematicData", params={"containerId": container_id}).json()
    values = data["telematicData"]
    assert "vehicle.look.image" not in values, "descriptors with their own endpoint are never returned"
    assert isinstance(values["vehicle.vehicle.travelledDistance"]["value"], str)
    ice = api.get(f"{VEHICLES}/{vins['ICE']}/telematicData", params={"containerId": container_id}).json()
    never_sent = ice["telematicData"]["vehicle.drivetrain.batteryManagement.header"]
    assert never_sent == {"value": None, "unit": None, "timestamp": None}, "an entry object even when never sent"
    assert all(isinstance(entry, dict) for entry in ice["telematicData"].values())

    assert api.delete(f"{CONTAINERS}/{container_id}").status_code == 204
    assert error_id(api.delete(f"{CONTAINERS}/{container_id}")) == (400, "CU-122")
    listed = api.get(CONTAINERS).json()["containers"]
    assert [(c["containerId"], c["state"]) for c in listed] == [(container_id, "DELETED")]
    gone = api.get(f"{VEHICLES}/{vins['BEV']}/telematicData", params={"containerId": container_id})
    assert error_id(gone) == (403, "CU-105")

    sim.clock.advance(29 * 86400)
    with client(sim, sim.issue_token("bmw")["access_token"]) as later:
        assert later.get(CONTAINERS).json()["containers"] == [], "purged after 29 days"


def test_container_errors(api: httpx.Client, vins: dict[str, str]) -> None:
    assert error_id(api.get(f"{CONTAINERS}/short")) == (400, "CU-121")
    assert error_id(api.get(f"{CONTAINERS}/unknown123456")) == (403, "CU-105")
    assert error_id(api.delete(f"{CONTAINERS}/unknown123456")) == (403, "CU-105")
    bad = {"name": "x", "purpose": "y", "technicalDescriptors": ["not a descriptor"]}
    assert error_id(api.post(CONTAINERS, json=bad)) == (400, "CU-402")
    assert error_id(api.post(CONTAINERS, json={"name": "x", "purpose": "y", "technicalDescriptors": []})) == (
        400,
        "CU-400",
    )
    assert error_id(api.post(CONTAINERS, content=b"[1]", headers={"content-type": "application/json"})) == (
        400,
        "CU-400",
    )
    missing = api.get(f"{VEHICLES}/{vins['BEV']}/telematicData")
    assert error_id(missing) == (400, "CU-401")


def test_ten_active_containers_at_most(api: httpx.Client) -> None:
    body = {"name": "c", "purpose": "p", "technicalDescriptors": DESCRIPTORS[:1]}
    ids = [api.post(CONTAINERS, json=body).json()["containerId"] for _ in range(10)]
    assert error_id(api.post(CONTAINERS, json=body)) == (400, "CU-124")
    api.delete(f"{CONTAINERS}/{ids[0]}")
    assert api.post(CONTAINERS, json=body).status_code == 201, "deleted containers do not count"


def test_charging_history_pages_with_snake_case_token(api: httpx.Client, vins: dict[str, str]) -> None:
    url = f"{VEHICLES}/{vins['BEV']}/chargingHistory"
    sessions, token, pages = [], None, 0
    while True:
        body = api.get(url, params={**RANGE, **({"nextToken": token} if token else {})}).json()
        assert "nextToken" not in body
        sessions += body["data"]
        pages += 1
        token = body.get("next_token")
        if token is None:
            break
    assert pages > 1
    starts = [session["startTime"] for session in sessions]
    assert len(starts) == len(set(starts))
    assert {session["mileageUnits"] for session in sessions} == {"MileageUnits.KM"}
    assert api.get(f"{VEHICLES}/{vins['ICE']}/chargingHistory", params=RANGE).json() == {"data": []}


def test_page_tokens_expire(api: httpx.Client, vins: dict[str, str], sim: Simulator) -> None:
    url = f"{VEHICLES}/{vins['BEV']}/chargingHistory"
    token = api.get(url, params=RANGE).json()["next_token"]
    sim.clock.advance(601)
    assert error_id(api.get(url, params={**RANGE, "nextToken": token})) == (400, "CU-125")
    assert error_id(api.get(url, params={**RANGE, "nextToken": "made-up"})) == (400, "CU-125")
    assert error_id(api.get(url, params={"from": "yesterday", "to": RANGE["to"]})) == (400, "CU-401")


def test_charging_settings_page_with_camel_case_token(api: httpx.Client, vins: dict[str, str]) -> None:
    url = f"{VEHICLES}/{vins['PHEV']}/locationBasedChargingSettings"
    first = api.get(url).json()
    assert len(first["data"]) == 2
    second = api.get(url, params={"nextToken": first["nextToken"]}).json()
    assert len(second["data"]) == 1
    assert second["nextToken"] is None
    assert error_id(api.get(f"{VEHICLES}/{vins['ICE']}/locationBasedChargingSettings")) == (404, "CU-127")


def test_tyre_diagnosis(api: httpx.Client, vins: dict[str, str]) -> None:
    diagnosis = api.get(f"{VEHICLES}/{vins['BEV']}/smartMaintenanceTyreDiagnosis").json()
    mounted = diagnosis["passengerCar"]["mountedTyres"]
    assert set(mounted) >= {"frontLeft", "frontRight", "rearLeft", "rearRight"}
    assert mounted["frontLeft"]["tyreWear"]["unit"] == "KILOMETER"


def test_vin_errors(api: httpx.Client) -> None:
    assert error_id(api.get(f"{VEHICLES}/wba123/basicData")) == (400, "CU-120")
    assert error_id(api.get(f"{VEHICLES}/WBA00000000000000/basicData")) == (403, "CU-104")


def test_token_and_header_errors(sim: Simulator, token: dict[str, Any]) -> None:
    with client(sim, None) as anonymous:
        assert error_id(anonymous.get(f"{VEHICLES}/mappings")) == (401, "CU-100")
    with client(sim, "not-a-token") as wrong:
        assert wrong.get(f"{VEHICLES}/mappings").status_code == 401
    no_version = httpx.Client(
        transport=sim.transport(),
        base_url=sim.url("bmw", "api"),
        headers={"authorization": f"Bearer {token['access_token']}"},
        event_hooks={"response": [contract]},
    )
    with no_version:
        assert error_id(no_version.get(f"{VEHICLES}/mappings")) == (400, "CU-400")
    streaming_only = sim.issue_token("bmw", scopes=["openid", "cardata:streaming:read"])
    with client(sim, streaming_only["access_token"]) as unscoped:
        assert error_id(unscoped.get(f"{VEHICLES}/mappings")) == (403, "CU-103")
    sim.clock.advance(3600)
    with client(sim, token["access_token"]) as expired:
        assert error_id(expired.get(f"{VEHICLES}/mappings")) == (401, "CU-102")


def test_daily_quota_answers_403_cu_429_until_midnight_utc(
    api: httpx.Client, sim: Simulator, token: dict[str, Any]
) -> None:
    assert DAILY_QUOTA == 50
    cardata_state(sim.state).quota_limit = 3
    for _ in range(3):
        assert api.get(f"{VEHICLES}/mappings").status_code == 200
    refused = api.get(f"{VEHICLES}/mappings")
    assert error_id(refused) == (403, "CU-429")
    assert refused.json()["exveErrorMsg"] == "API rate limit reached"
    assert quota_used(sim.state, token["user_id"]) == 3, "refused calls are not counted"
    sim.clock.advance(16 * 3600 - 1)  # the manual clock starts at 08:00 UTC
    with client(sim, sim.issue_token("bmw")["access_token"]) as later:
        assert error_id(later.get(f"{VEHICLES}/mappings")) == (403, "CU-429")
        sim.clock.advance(1)
        assert later.get(f"{VEHICLES}/mappings").status_code == 200


def test_quota_fault_uses_the_same_shape(api: httpx.Client, sim: Simulator) -> None:
    sim.faults.add("quota", brand="bmw", host="api", times=1)
    assert error_id(api.get(f"{VEHICLES}/mappings")) == (403, "CU-429")
    assert api.get(f"{VEHICLES}/mappings").status_code == 200


def test_reset_forgets_containers_and_quota(api: httpx.Client, sim: Simulator) -> None:
    api.post(CONTAINERS, json={"name": "c", "purpose": "p", "technicalDescriptors": DESCRIPTORS[:1]})
    before = cardata_state(sim.state)
    sim.reset()
    assert cardata_state(sim.state) is not before


def test_same_seed_same_data(token: dict[str, Any]) -> None:
    def history(seed: int) -> list[Any]:
        sim = Simulator(seed=seed, clock=ManualClock())
        issued = sim.issue_token("bmw")
        with client(sim, issued["access_token"]) as http:
            vin = http.get(f"{VEHICLES}/mappings").json()[0]["vin"]
            return [http.get(f"{VEHICLES}/{vin}/chargingHistory", params=RANGE).json()["data"], vin]

    assert history(3) == history(3)
    assert history(3) != history(4)


def test_every_spec_operation_is_served(sim: Simulator, token: dict[str, Any]) -> None:
    spec = load_spec(SPEC)
    served: set[tuple[str, str]] = set()

    def record(response: httpx.Response) -> None:
        template, _ = spec.find_operation(response.request.method, vendor_path(response.request.url.path))
        served.add((response.request.method, template))
        assert response.is_success, response.text

    with client(sim, token["access_token"]) as http:
        http.event_hooks["response"].append(record)
        vin = http.get(f"{VEHICLES}/mappings").json()[0]["vin"]
        for suffix in ("basicData", "image", "locationBasedChargingSettings", "smartMaintenanceTyreDiagnosis"):
            http.get(f"{VEHICLES}/{vin}/{suffix}")
        http.get(f"{VEHICLES}/{vin}/chargingHistory", params=RANGE)
        body = {"name": "all", "purpose": "p", "technicalDescriptors": DESCRIPTORS}
        container_id = http.post(CONTAINERS, json=body).json()["containerId"]
        http.get(CONTAINERS)
        http.get(f"{CONTAINERS}/{container_id}")
        http.get(f"{VEHICLES}/{vin}/telematicData", params={"containerId": container_id})
        http.delete(f"{CONTAINERS}/{container_id}")
    documented = {
        (method.upper(), template)
        for template, item in spec.document["paths"].items()
        for method in item
        if method in {"get", "post", "put", "delete", "patch"}
    }
    assert served == documented
