"""Smartcar routes of the simulator: every answer (success or error) matches specs/smartcar, every
spec'd operation is served, and Smartcar's limits and quirks are there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from carconnect.sim import DEMO_CLIENTS, ManualClock, Simulator
from carconnect.sim.brands.smartcar import smartcar_state
from carconnect.sim.contract import check_response, load_spec, vendor_path

SPECS = Path(__file__).resolve().parents[3] / "specs" / "smartcar"
SPEC_OF_HOST = {
    "api": "vehicles_v2.yaml",
    "management": "management.yaml",
    "management-v3": "management_v3.yaml",
    "vehicle": "vehicles_v3.yaml",
}
CLIENT = DEMO_CLIENTS["smartcar"]
V2_READS = (
    "",
    "/vin",
    "/permissions",
    "/odometer",
    "/location",
    "/fuel",
    "/battery",
    "/battery/capacity",
    "/battery/nominal_capacity",
    "/charge",
    "/charge/limit",
    "/security",
    "/engine/oil",
    "/tires/pressure",
    "/service/history",
    "/diagnostics/system_status",
    "/diagnostics/dtcs",
)


class Contract:
    """Checks every response against its host's spec and remembers which operations were served."""

    def __init__(self) -> None:
        self.served: set[tuple[str, str, str]] = set()

    def __call__(self, response: httpx.Response) -> None:
        host = response.request.url.path.split("/")[2]
        spec = SPECS / SPEC_OF_HOST[host]
        check_response(spec, response)
        method = response.request.method
        template, _ = load_spec(spec).find_operation(method, vendor_path(response.request.url.path))
        self.served.add((host, method, template))


@pytest.fixture
def sim() -> Simulator:
    return Simulator(seed=0, clock=ManualClock())


@pytest.fixture
def contract() -> Contract:
    return Contract()


def client(sim: Simulator, contract: Contract, host: str, **headers: str) -> httpx.Client:
    return httpx.Client(
        transport=sim.transport(),
        base_url=sim.url("smartcar", host),
        headers=headers,
        event_hooks={"response": [contract]},
    )


@pytest.fixture
def token(sim: Simulator) -> dict[str, Any]:
    return sim.issue_token("smartcar")


@pytest.fixture
def api(sim: Simulator, contract: Contract, token: dict[str, Any]) -> Iterator[httpx.Client]:
    with client(sim, contract, "api", authorization=f"Bearer {token['access_token']}") as http:
        yield http


@pytest.fixture
def v3(sim: Simulator, contract: Contract, token: dict[str, Any]) -> Iterator[httpx.Client]:
    app = sim.issue_token("smartcar-v3")["access_token"]
    with client(sim, contract, "vehicle", authorization=f"Bearer {app}", **{"sc-user-id": token["user_id"]}) as http:
        yield http


@pytest.fixture
def management(sim: Simulator, contract: Contract) -> Iterator[httpx.Client]:
    auth = httpx.BasicAuth("default", CLIENT.management_token or "")
    with client(sim, contract, "management") as http:
        http.auth = auth
        yield http


@pytest.fixture
def management_v3(sim: Simulator, contract: Contract) -> Iterator[httpx.Client]:
    app = sim.issue_token("smartcar-v3")["access_token"]
    with client(sim, contract, "management-v3", authorization=f"Bearer {app}") as http:
        yield http


def ids(sim: Simulator) -> dict[str, str]:
    """Powertrain -> vehicle id."""
    return {car.spec.powertrain: car.id for car in sim.fleet.vehicles("smartcar")}


def spec_operations() -> set[tuple[str, str, str]]:
    found = set()
    for host, name in SPEC_OF_HOST.items():
        for template, item in load_spec(SPECS / name).document["paths"].items():
            found |= {(host, method.upper(), template) for method in item if method in ("get", "post", "delete")}
    return found


def test_every_spec_operation_is_served_and_every_answer_matches(
    sim: Simulator,
    contract: Contract,
    api: httpx.Client,
    v3: httpx.Client,
    management: httpx.Client,
    management_v3: httpx.Client,
) -> None:
    cars = ids(sim)
    smartcar_state(sim.state).app_capacity = 1000
    smartcar_state(sim.state).app_tokens = 1000
    hook = "/v3/webhooks/hook-1"
    assert management_v3.get(hook).json()["data"]["attributes"]["name"] == "carconnect-sim"
    body = {"data": [{"type": "vehicle", "id": cars["BEV"]}, {"type": "vehicle", "id": cars["ICE"]}]}
    subscribed = management_v3.post(f"{hook}/subscriptions", json=body).json()["data"]
    vehicles = sorted(item["relationships"]["vehicle"]["data"]["id"] for item in subscribed)
    assert vehicles == sorted([cars["BEV"], cars["ICE"]])
    listed = management_v3.get(f"{hook}/subscriptions", params={"page[size]": 1}).json()
    assert (listed["meta"]["totalCount"], len(listed["data"])) == (2, 1)
    assert [item["id"] for item in management_v3.get("/v3/webhooks").json()["data"]] == ["hook-1"]
    everything = management_v3.get("/v3/subscriptions", params={"filter[vehicleId]": cars["BEV"]}).json()["data"]
    assert len(everything) == 1
    one = management_v3.get(f"/v3/subscriptions/{everything[0]['id']}").json()["data"]
    assert one["attributes"]["vehicle"]["powertrainType"] == "BEV"
    assert management_v3.get("/v3/subscriptions/nope").status_code == 404
    assert management_v3.delete(f"{hook}/subscriptions/{cars['ICE']}").status_code == 204
    assert management_v3.delete(f"{hook}/subscriptions/{cars['ICE']}").status_code == 404
    assert management_v3.post(f"{hook}/subscriptions", json={"data": []}).status_code == 400
    assert api.get("/v2.0/user").status_code == 200
    assert api.get("/v2.0/vehicles", params={"limit": 2}).json()["paging"] == {"count": 3, "offset": 0}
    for vehicle_id in cars.values():
        for suffix in V2_READS:
            assert api.get(f"/v2.0/vehicles/{vehicle_id}{suffix}").status_code in (200, 501)
        base = f"/v2.0/vehicles/{vehicle_id}"
        assert api.post(f"{base}/security", json={"action": "UNLOCK"}).status_code == 200
        assert api.post(f"{base}/security", json={"action": "LOCK"}).status_code == 200
        assert api.post(f"{base}/charge", json={"action": "START"}).status_code in (200, 409, 501)
        assert api.post(f"{base}/charge", json={"action": "STOP"}).status_code in (200, 501)
        assert api.post(f"{base}/charge/limit", json={"limit": 0.9}).status_code in (200, 501)
        assert api.post(f"{base}/navigation/destination", json={"latitude": 1, "longitude": 2}).status_code == 200
        assert api.post(f"{base}/batch", json={"requests": [{"path": "/odometer"}]}).status_code == 200
        sim.clock.advance(61)
    bev = cars["BEV"]
    assert api.post(f"/v2.0/vehicles/{bev}/webhooks/hook").json() == {"webhookId": "hook", "vehicleId": bev}
    amt = {"authorization": f"Bearer {CLIENT.management_token}"}
    assert api.delete(f"/v2.0/vehicles/{bev}/webhooks/hook", headers=amt).json() == {"status": "success"}
    basic = httpx.BasicAuth(CLIENT.client_id, CLIENT.client_secret or "")
    vin = sim.fleet.vehicle("smartcar", bev).vin
    compatible = api.get("/v2.0/compatibility", params={"vin": vin, "scope": "read_battery read_fuel"}, auth=basic)
    capabilities = [(item["endpoint"], item["capable"]) for item in compatible.json()["capabilities"]]
    assert capabilities == [
        ("/battery", True),
        ("/battery/capacity", True),
        ("/battery/nominal_capacity", True),
        ("/fuel", False),
    ], "one capability per endpoint, as Smartcar lists them"
    matrix = api.get("/v2.0/compatibility/matrix", params={"region": "US", "make": "tesla"}, auth=basic)
    assert list(matrix.json()) == ["TESLA"]
    labels = {label for entry in matrix.json()["TESLA"] for label in entry["endpoints"]}
    assert {"EV battery", "Lock & unlock", "Odometer"} <= labels
    assert not any(label.startswith("/") for label in labels), "labels, not paths"

    for vehicle_id in cars.values():
        base = f"/v3/vehicles/{vehicle_id}"
        assert v3.get(base).status_code == 200
        assert v3.get(f"{base}/signals").status_code == 200
        assert v3.get(f"{base}/signals/odometer-traveleddistance").status_code == 200
        for command in ("charge/start", "charge/stop", "security/lock", "security/unlock", "charge-port/open"):
            assert v3.post(f"{base}/commands/{command}").status_code in (200, 409, 501)
        assert v3.post(f"{base}/commands/charge-port/close").status_code in (200, 501)
        limit = {"data": {"attributes": {"percent": 80}}}
        assert v3.post(f"{base}/commands/charge/set-limit", json=limit).status_code in (200, 501)
        place = {"data": {"attributes": {"latitude": 37.7, "longitude": -122.4}}}
        assert v3.post(f"{base}/commands/navigation/set-destination", json=place).status_code == 200
        window = {"location": {"latitude": 37.7, "longitude": -122.4}, "startTime": "01:00", "stopTime": "05:30"}
        for kind, extra in (("daily", {}), ("workweek", {}), ("weekly", {"days": ["MONDAY"]})):
            answer = v3.post(f"{base}/charge-schedules/{kind}", json={"data": {"attributes": {**window, **extra}}})
            assert answer.status_code in (200, 501)
        sim.clock.advance(61)
    schedules = v3.get(f"/v3/vehicles/{bev}/signals/charge-chargetimers").json()["attributes"]["body"]["values"]
    assert len(schedules) == 3
    assert v3.delete(f"/v3/vehicles/{bev}/charge-schedules/{schedules[0]['id']}").status_code == 200

    page = v3.get("/v3/connections", params={"page[size]": 2}).json()
    assert page["meta"]["totalCount"] == 3
    connection_id = page["data"][0]["id"]
    assert v3.get(f"/v3/connections/{connection_id}").status_code == 200
    assert management.get("/v2.0/management/connections", params={"limit": 1}).json()["paging"]["cursor"]
    slashed = management.get("/v2.0/management/connections/", params={"limit": 1})
    assert slashed.status_code == 200, "the SDK's trailing-slash path is answered, not redirected"
    deleted = management.delete("/v2.0/management/connections", params={"vehicle_id": cars["ICE"]})
    assert deleted.json()["connections"] == [{"userId": sim.fleet.owner("smartcar").id, "vehicleId": cars["ICE"]}]
    assert v3.delete(f"/v3/connections/{connection_id}").status_code in (204, 404)
    assert api.delete(f"/v2.0/vehicles/{cars['PHEV']}/application").json() == {"status": "success"}
    assert v3.delete(f"/v3/users/{sim.fleet.owner('smartcar').id}").status_code == 204

    assert spec_operations() - contract.served == set()


def test_error_answers_match_the_spec(
    sim: Simulator, contract: Contract, api: httpx.Client, v3: httpx.Client, management: httpx.Client
) -> None:
    bev = ids(sim)["BEV"]
    anonymous = client(sim, contract, "api")
    assert anonymous.get(f"/v2.0/vehicles/{bev}/odometer").json()["type"] == "AUTHENTICATION"
    narrow = sim.issue_token("smartcar", scopes=["read_vin"])["access_token"]
    denied = api.get(f"/v2.0/vehicles/{bev}/odometer", headers={"authorization": f"Bearer {narrow}"})
    assert (denied.status_code, denied.json()["type"]) == (403, "PERMISSION")
    assert api.get("/v2.0/vehicles/nope/odometer").json()["type"] == "RESOURCE_NOT_FOUND"
    invalid = api.post(f"/v2.0/vehicles/{bev}/charge/limit", json={"limit": 2})
    assert invalid.json()["detail"] == [{"field": ["limit"], "message": '"limit" must be a number from 0.5 to 1'}]
    assert api.post(f"/v2.0/vehicles/{bev}/batch", json={}).json()["type"] == "VALIDATION"
    assert api.get("/v2.0/compatibility", params={"vin": "x", "scope": "read_vin"}).status_code == 401
    assert management.get("/v2.0/management/connections", auth=httpx.BasicAuth("default", "x")).status_code == 401
    assert management.delete("/v2.0/management/connections").json()["type"] == "VALIDATION"
    missing_user = v3.get(f"/v3/vehicles/{bev}/signals", headers={"sc-user-id": ""})
    assert missing_user.json()["errors"][0]["type"] == "VALIDATION"
    assert v3.get(f"/v3/vehicles/{bev}/signals", headers={"sc-user-id": "someone"}).status_code == 404
    unknown = v3.get(f"/v3/vehicles/{ids(sim)['ICE']}/signals/tractionbattery-stateofcharge")
    assert unknown.json()["errors"][0]["code"] == "VEHICLE_NOT_CAPABLE"


def test_asleep_vehicle_answers_vehicle_state_on_v2_and_202_on_v3(
    sim: Simulator, api: httpx.Client, v3: httpx.Client
) -> None:
    bev = ids(sim)["BEV"]
    sim.fleet.set_asleep("smartcar", bev)
    asleep = api.get(f"/v2.0/vehicles/{bev}/odometer")
    assert (asleep.status_code, asleep.json()["code"]) == (409, "ASLEEP")
    assert api.get(f"/v2.0/vehicles/{bev}/vin").status_code == 200, "static facts need no awake vehicle"
    assert api.post(f"/v2.0/vehicles/{bev}/security", json={"action": "UNLOCK"}).json()["code"] == "ASLEEP"
    woken = v3.post(f"/v3/vehicles/{bev}/commands/security/unlock")
    assert woken.status_code == 202
    assert woken.json()["data"]["attributes"]["status"]["value"] == "SUCCESS"
    assert sim.deliveries.count("smartcar", bev, "unlock") == 2


def test_charge_quirks(sim: Simulator, api: httpx.Client) -> None:
    phev = ids(sim)["PHEV"]
    unplugged = api.post(f"/v2.0/vehicles/{phev}/charge", json={"action": "START"})
    assert (unplugged.status_code, unplugged.json()["code"]) == (409, "CHARGING_PLUG_NOT_CONNECTED")
    ice = ids(sim)["ICE"]
    assert api.get(f"/v2.0/vehicles/{ice}/battery").json()["code"] == "VEHICLE_NOT_CAPABLE"
    assert api.get(f"/v2.0/vehicles/{ids(sim)['BEV']}/fuel").json()["type"] == "COMPATIBILITY"
    assert api.get(f"/v2.0/vehicles/{ice}").json()["year"] == "2022", "year sent as a string"
    assert api.get(f"/v2.0/vehicles/{phev}/fuel").json()["percentRemaining"] < 1, "a fraction"


def test_imperial_units(sim: Simulator, api: httpx.Client) -> None:
    bev = ids(sim)["BEV"]
    metric = api.get(f"/v2.0/vehicles/{bev}/odometer")
    imperial = api.get(f"/v2.0/vehicles/{bev}/odometer", headers={"sc-unit-system": "imperial"})
    assert imperial.headers["sc-unit-system"] == "imperial"
    assert imperial.json()["distance"] == pytest.approx(metric.json()["distance"] * 0.621371, abs=0.1)


def test_per_vehicle_rate_limit_answers_retry_after(sim: Simulator, api: httpx.Client) -> None:
    bev = ids(sim)["BEV"]
    smartcar_state(sim.state).vehicle_limit = 3
    for _ in range(3):
        assert api.get(f"/v2.0/vehicles/{bev}/odometer").status_code == 200
    limited = api.get(f"/v2.0/vehicles/{bev}/odometer")
    assert (limited.status_code, limited.json()["code"]) == (429, "VEHICLE")
    assert limited.json()["resolution"] == {"type": "RETRY_LATER"}
    assert int(limited.headers["retry-after"]) == 61
    assert api.get(f"/v2.0/vehicles/{ids(sim)['ICE']}/odometer").status_code == 200, "other vehicles go on"
    sim.clock.advance(61)
    assert api.get(f"/v2.0/vehicles/{bev}/odometer").status_code == 200


def test_application_token_bucket(sim: Simulator, api: httpx.Client) -> None:
    data = smartcar_state(sim.state)
    data.app_capacity = data.app_tokens = 2
    assert api.get("/v2.0/user").status_code == 200
    assert api.get("/v2.0/user").status_code == 200
    empty = api.get("/v2.0/user")
    assert (empty.status_code, empty.json()["code"]) == (429, "SMARTCAR_API")
    assert "retry-after" not in empty.headers, "Smartcar documents Retry-After only for RATE_LIMIT:VEHICLE"
    sim.options.undocumented_retry_after = True
    assert int(api.get("/v2.0/user").headers["retry-after"]) == 31, "two requests a minute refill the bucket"
    sim.clock.advance(31)
    assert api.get("/v2.0/user").status_code == 200


def test_batch_mixes_per_path_results(sim: Simulator, api: httpx.Client) -> None:
    bev = ids(sim)["BEV"]
    smartcar_state(sim.state).vehicle_limit = 3
    narrow = sim.issue_token("smartcar", scopes=["read_odometer", "read_fuel", "read_battery", "read_charge"])
    paths = ["/odometer", "/fuel", "/vin", "/nope", "/battery", "/charge"]
    answer = api.post(
        f"/v2.0/vehicles/{bev}/batch",
        json={"requests": [{"path": path} for path in paths]},
        headers={"authorization": f"Bearer {narrow['access_token']}"},
    ).json()["responses"]
    assert [item["code"] for item in answer] == [200, 501, 403, 404, 200, 429]
    assert answer[0]["headers"]["sc-unit-system"] == "metric"
    assert answer[5]["headers"]["Retry-After"] == 61


def test_disconnected_vehicle_is_gone(sim: Simulator, api: httpx.Client, v3: httpx.Client) -> None:
    bev = ids(sim)["BEV"]
    assert api.delete(f"/v2.0/vehicles/{bev}/application").status_code == 200
    assert bev not in api.get("/v2.0/vehicles").json()["vehicles"]
    assert api.get(f"/v2.0/vehicles/{bev}/odometer").status_code == 403
    assert v3.get(f"/v3/vehicles/{bev}/signals").status_code == 403


def test_v3_signals_honour_the_unit_system(sim: Simulator, v3: httpx.Client) -> None:
    bev = ids(sim)["BEV"]
    path = f"/v3/vehicles/{bev}/signals/odometer-traveleddistance"
    metric = v3.get(path)
    imperial = v3.get(path, headers={"sc-unit-system": "imperial"})
    assert (metric.headers["sc-unit-system"], imperial.headers["sc-unit-system"]) == ("metric", "imperial")
    km, miles = (answer.json()["attributes"]["body"] for answer in (metric, imperial))
    assert (km["unit"], miles["unit"]) == ("kilometers", "miles")
    assert abs(miles["value"] * 1.609344 - km["value"]) < 0.2
    assert v3.get(path, headers={"sc-unit-system": "nautical"}).status_code == 400
