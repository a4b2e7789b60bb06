"""Volvo API routes: every answer matches specs/volvo, and the real API's quirks and limits are there."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from carconnect.sim import DEMO_CLIENTS, ManualClock, SimOptions, Simulator
from carconnect.sim.brands.volvo import portal_status
from carconnect.sim.contract import ContractError, OpenApiSpec, check_response, load_spec
from carconnect.sim.testing import OAuthSteps

SPECS = Path(__file__).resolve().parents[3] / "specs" / "volvo"
VOLVO = DEMO_CLIENTS["volvo"]
CV = "/connected-vehicle/v2/vehicles"
READS = (
    "",
    "/doors",
    "/windows",
    "/tyres",
    "/odometer",
    "/fuel",
    "/statistics",
    "/diagnostics",
    "/engine",
    "/engine-status",
    "/brakes",
    "/warnings",
    "/command-accessibility",
    "/commands",
)
COMMANDS = (
    "lock",
    "lock-reduced-guard",
    "unlock",
    "climatization-start",
    "climatization-stop",
    "engine-start",
    "engine-stop",
    "honk",
    "flash",
    "honk-flash",
)
OTHER_READS = (
    "/energy/v2/vehicles/{vin}/capabilities",
    "/energy/v2/vehicles/{vin}/state",
    "/location/v1/vehicles/{vin}/location",
)


def spec_for(path: str) -> Path:
    name = {"connected-vehicle": "connected_vehicle", "energy": "energy", "location": "location"}[path.split("/")[1]]
    return SPECS / f"{name}.yaml"


@pytest.fixture(scope="module")
def volvo_sim() -> Simulator:
    return Simulator(seed=0, clock=ManualClock())


@pytest.fixture
def sim(volvo_sim: Simulator) -> Iterator[Simulator]:
    yield volvo_sim
    volvo_sim.reset()
    volvo_sim.options.update(SimOptions().to_dict())


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url=sim.url("volvo")) as client:
        yield client


def login(sim: Simulator, http: httpx.Client, scope: str | None = None) -> dict[str, str]:
    """Headers of a logged-in Volvo ID user of the demo application."""
    params = {"scope": scope} if scope else {}
    token = OAuthSteps(sim, http).login("volvo", **params)["access_token"]
    return {"Authorization": f"Bearer {token}", "vcc-api-key": VOLVO.api_key or "", "Accept": "application/json"}


@pytest.fixture
def headers(sim: Simulator, http: httpx.Client) -> dict[str, str]:
    return login(sim, http)


def vins(sim: Simulator) -> list[str]:
    return [vehicle.vin for vehicle in sim.fleet.vehicles("volvo")]


def checked(response: httpx.Response) -> httpx.Response:
    check_response(spec_for(response.request.url.path.split("/volvo/api", 1)[1]), response)
    return response


def post(http: httpx.Client, path: str, headers: dict[str, str], body: Any = None) -> httpx.Response:
    return http.post(path, headers=headers, json={} if body is None else body)


# ---- every route, every car, against the spec -------------------------------------------------


def test_every_read_of_every_car_matches_the_spec(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    assert checked(http.get(CV, headers=headers)).json()["data"] == [{"vin": vin} for vin in vins(sim)]
    for vin in vins(sim):
        for suffix in READS:
            assert checked(http.get(f"{CV}/{vin}{suffix}", headers=headers)).status_code == 200
        for template in OTHER_READS:
            assert checked(http.get(template.format(vin=vin), headers=headers)).status_code == 200


def test_every_command_of_every_car_matches_the_spec(
    sim: Simulator, http: httpx.Client, headers: dict[str, str]
) -> None:
    for vin in vins(sim):
        offered = {
            item["href"].rsplit("/", 1)[1] for item in http.get(f"{CV}/{vin}/commands", headers=headers).json()["data"]
        }
        for name in COMMANDS:
            body = {"runtimeMinutes": 5} if name == "engine-start" else {}
            response = checked(post(http, f"{CV}/{vin}/commands/{name}", headers, body))
            assert response.status_code == (200 if name in offered else 404), (vin, name)
        sim.clock.advance(61)  # ten commands a minute


@pytest.mark.parametrize(
    ("path", "change", "status"),
    [
        (f"{CV}/{{vin}}/doors", {"vcc-api-key": "wrong"}, 401),
        (f"{CV}/{{vin}}/doors", {"Authorization": "Bearer nope"}, 401),
        (f"{CV}/{{vin}}/doors", {"Accept": "text/html"}, 406),
        ("/energy/v2/vehicles/{vin}/state", {"Accept": "text/html"}, 406),
        ("/energy/v2/vehicles/{vin}/state", {"vcc-api-key": "wrong"}, 401),
        ("/location/v1/vehicles/{vin}/location", {"Accept": "text/html"}, 406),
        ("/location/v1/vehicles/{vin}/location", {"Authorization": "Bearer nope"}, 401),
    ],
)
def test_gateway_errors_match_the_spec(
    sim: Simulator, http: httpx.Client, headers: dict[str, str], path: str, change: dict[str, str], status: int
) -> None:
    response = checked(http.get(path.format(vin=vins(sim)[0]), headers={**headers, **change}))
    assert response.status_code == status


def test_invalid_api_key_answers_like_the_gateway(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    response = http.get(f"{CV}/{vins(sim)[0]}/doors", headers={**headers, "vcc-api-key": "wrong"})
    assert response.json()["error"]["message"].startswith("Access denied due to invalid VCC-API-KEY")


def test_unknown_vehicle_and_missing_scope_match_the_spec(sim: Simulator, http: httpx.Client) -> None:
    narrow = login(sim, http, scope="openid conve:doors_status conve:lock_status")
    assert checked(http.get(f"{CV}/YV1UNKNOWN00000000/doors", headers=narrow)).status_code == 404
    assert checked(http.get("/energy/v2/vehicles/YV1UNKNOWN00000000/state", headers=narrow)).status_code == 403
    assert checked(http.get(f"{CV}/{vins(sim)[0]}/odometer", headers=narrow)).status_code == 403
    assert checked(post(http, f"{CV}/{vins(sim)[0]}/commands/lock", narrow)).status_code == 403


def test_bad_command_requests_match_the_spec(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    diesel = vins(sim)[2]
    wrong_type = http.post(
        f"{CV}/{diesel}/commands/honk", headers={**headers, "Content-Type": "text/plain"}, content=b""
    )
    assert checked(wrong_type).status_code == 415
    too_long = post(http, f"{CV}/{diesel}/commands/engine-start", headers, {"runtimeMinutes": 16})
    assert checked(too_long).status_code == 400
    assert sim.deliveries.count("volvo") == 0


@pytest.mark.parametrize("kind", ["quota", "rate_limit"])
def test_quota_and_rate_limit_faults_match_the_spec(
    sim: Simulator, http: httpx.Client, headers: dict[str, str], kind: str
) -> None:
    sim.faults.add(kind, brand="volvo", host="api", times=3)  # type: ignore[arg-type]
    vin = vins(sim)[0]
    for path in (f"{CV}/{vin}/odometer", f"/energy/v2/vehicles/{vin}/state", f"/location/v1/vehicles/{vin}/location"):
        response = checked(http.get(path, headers=headers))
        assert response.status_code == (403 if kind == "quota" else 429)
    assert "Out of call volume quota" in response.text or kind == "rate_limit"


# ---- Volvo's limits ---------------------------------------------------------------------------


def test_more_than_100_calls_a_minute_earn_a_429(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    path = f"{CV}/{vins(sim)[0]}/odometer"
    assert all(http.get(path, headers=headers).status_code == 200 for _ in range(100))
    refused = checked(http.get(path, headers=headers))
    assert refused.status_code == 429
    assert refused.json()["message"] == "Rate limit is exceeded. Try again in 60 seconds."
    assert "Retry-After" not in refused.headers, "Volvo documents no Retry-After"
    sim.options.undocumented_retry_after = True
    assert int(checked(http.get(path, headers=headers)).headers["Retry-After"]) == 60
    sim.clock.advance(60.5)
    assert http.get(path, headers=headers).status_code == 200


def test_more_than_10_commands_a_minute_earn_a_429(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    path = f"{CV}/{vins(sim)[0]}/commands/flash"
    assert all(post(http, path, headers).status_code == 200 for _ in range(10))
    assert checked(post(http, path, headers)).status_code == 429
    assert http.get(f"{CV}/{vins(sim)[0]}/odometer", headers=headers).status_code == 200
    assert sim.deliveries.count("volvo", command="flash") == 10


# ---- headers -----------------------------------------------------------------------------------

TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def test_operation_id_and_traceparent_are_echoed(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    ids = {**headers, "vcc-api-operationId": "op-42", "traceparent": TRACE}
    vin = vins(sim)[0]
    sim.faults.add("vendor", brand="volvo", shape="car-in-use-or-asleep", path=f"{CV}/{{vin}}/tyres", times=1)
    answers = {
        "read": http.get(f"{CV}/{vin}/doors", headers=ids),
        "command": post(http, f"{CV}/{vin}/commands/flash", ids),
        "unknown vehicle": http.get(f"{CV}/YV1UNKNOWN00000000/doors", headers=ids),
        "bad token": http.get(f"{CV}/{vin}/doors", headers={**ids, "Authorization": "Bearer nope"}),
        "vendor fault": http.get(f"{CV}/{vin}/tyres", headers=ids),
    }
    for name, answer in answers.items():
        assert (answer.headers.get("vcc-api-operationId"), answer.headers.get("traceparent")) == ("op-42", TRACE), name
        if answer.status_code != 200:
            assert answer.json()["operationId"] == "op-42", name
    assert answers["read"].status_code == 200
    assert answers["vendor fault"].status_code == 503


def test_without_an_operation_id_errors_carry_a_new_one(http: httpx.Client, headers: dict[str, str]) -> None:
    first, second = (http.get(f"{CV}/YV1UNKNOWN00000000/doors", headers=headers) for _ in range(2))
    assert first.json()["operationId"] != second.json()["operationId"]
    assert "vcc-api-operationId" not in first.headers
    assert "traceparent" not in first.headers


# ---- quirks -----------------------------------------------------------------------------------


def test_readings_carry_the_real_quirks(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    electric, hybrid, diesel = vins(sim)

    def data(vin: str, suffix: str) -> Any:
        return http.get(f"{CV}/{vin}{suffix}", headers=headers).json()["data"]

    tyres = data(diesel, "/tyres")
    assert {tyre["value"] for tyre in tyres.values()} == {"UNSPECIFIED"}
    assert data(diesel, "/windows")["sunroof"]["value"] == "UNSPECIFIED"
    doors = data(electric, "/doors")
    assert doors["centralLock"]["unit"] is None
    assert re.fullmatch(r"\S+T\d\d:\d\d:\d\d\.\d{3}Z", doors["centralLock"]["timestamp"])
    assert re.fullmatch(r"\S+T\d\d:\d\d:\d\d\.\d{6}Z", data(electric, "/odometer")["odometer"]["timestamp"])
    access = data(electric, "/command-accessibility")["availabilityStatus"]["timestamp"]
    assert re.fullmatch(r"\S+T\d\d:\d\d:\d\d\.\d{7}\+00:00", access)
    assert re.fullmatch(r"\S+T\d\d:\d\d:\d\dZ", tyres["frontLeft"]["timestamp"])
    fuel = data(hybrid, "/fuel")
    assert isinstance(fuel["fuelAmount"]["value"], str)
    assert isinstance(fuel["batteryChargeLevel"]["value"], str)
    diagnostics = data(diesel, "/diagnostics")
    assert "serviceTrigger" in diagnostics
    assert diagnostics["serviceTrigger"] is None
    assert "timestamp" not in data(electric, "/engine-status")["engineStatus"]


def test_energy_members_report_errors_on_their_own(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    electric, hybrid, diesel = vins(sim)

    def state(vin: str) -> dict[str, Any]:
        body: dict[str, Any] = http.get(f"/energy/v2/vehicles/{vin}/state", headers=headers).json()
        return body

    assert state(electric)["batteryChargeLevel"]["status"] == "OK"
    assert state(electric)["chargingPower"] == {
        "status": "ERROR",
        "code": "PROPERTY_NOT_FOUND",
        "message": "No valid value could be found for the requested property",
    }
    assert state(hybrid)["chargingStatus"]["status"] == "OK"
    assert state(hybrid)["electricRange"]["code"] == "NOT_SUPPORTED"
    assert {member["code"] for member in state(diesel).values()} == {"NOT_SUPPORTED"}
    capabilities = http.get(f"/energy/v2/vehicles/{diesel}/capabilities", headers=headers).json()["getEnergyState"]
    assert capabilities["isSupported"] is False


def test_charging_shows_in_the_energy_state(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    electric = vins(sim)[0]
    sim.fleet.plug_in("volvo", electric)
    sim.fleet.execute("volvo", electric, "charge_start")
    sim.clock.advance(60)
    state = checked(http.get(f"/energy/v2/vehicles/{electric}/state", headers=headers)).json()
    assert state["chargingStatus"]["value"] == "CHARGING"
    assert state["chargerConnectionStatus"]["value"] == "CONNECTED"
    assert state["chargingPower"]["status"] == "OK"


def test_commands_change_the_car_once(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    diesel = vins(sim)[2]
    unlocked = post(http, f"{CV}/{diesel}/commands/unlock", headers).json()["data"]
    assert unlocked["invokeStatus"] == "COMPLETED"
    assert unlocked["readyToUnlock"] is True
    assert http.get(f"{CV}/{diesel}/doors", headers=headers).json()["data"]["centralLock"]["value"] == "UNLOCKED"
    assert post(http, f"{CV}/{diesel}/commands/lock", headers).json()["data"]["invokeStatus"] == "DELIVERED"
    post(http, f"{CV}/{diesel}/commands/engine-start", headers, {"runtimeMinutes": 10})
    assert (
        http.get(f"{CV}/{diesel}/engine-status", headers=headers).json()["data"]["engineStatus"]["value"] == "RUNNING"
    )
    assert sim.deliveries.count("volvo", command="engine_start") == 1


def test_a_sleeping_car_answers_vehicle_in_sleep(sim: Simulator, http: httpx.Client, headers: dict[str, str]) -> None:
    electric = vins(sim)[0]
    sim.fleet.set_asleep("volvo", electric)
    result = checked(post(http, f"{CV}/{electric}/commands/honk", headers)).json()["data"]
    assert result["invokeStatus"] == "VEHICLE_IN_SLEEP"
    access = http.get(f"{CV}/{electric}/command-accessibility", headers=headers).json()["data"]
    assert access["availabilityStatus"]["value"] == "UNAVAILABLE"
    assert access["availabilityStatus"]["unavailableReason"] == "POWER_SAVING_MODE"


def test_numbers_sent_as_strings_pass_the_contract_check_only_where_the_spec_marks_them(
    sim: Simulator, http: httpx.Client, headers: dict[str, str]
) -> None:
    response = http.get(f"{CV}/{vins(sim)[1]}/fuel", headers=headers)
    assert isinstance(response.json()["data"]["fuelAmount"]["value"], str)
    spec = load_spec(spec_for(CV))
    args = ("GET", f"{CV}/{vins(sim)[1]}/fuel", 200, dict(response.headers), response.content)
    spec.validate_response(*args)
    unmarked = json.loads(json.dumps(spec.document).replace('"x-numeric-string": true', '"x-numeric-string": false'))
    with pytest.raises(ContractError):
        OpenApiSpec(unmarked).validate_response(*args)
    OpenApiSpec(unmarked, numeric_strings=True).validate_response(*args)


@pytest.mark.parametrize(
    "path",
    ["/energy/v1/vehicles/{vin}/recharge-status", "/extended-vehicle/v1/vehicles", "/connected-vehicle/v1/vehicles"],
)
def test_retired_apis_answer_410_gone(sim: Simulator, http: httpx.Client, headers: dict[str, str], path: str) -> None:
    response = http.get(path.format(vin=vins(sim)[0]), headers=headers)
    assert response.status_code == 410
    assert response.json()["error"]["message"] == "GONE"


def test_backend_status_is_public_and_matches_its_spec(sim: Simulator) -> None:
    with httpx.Client(transport=sim.transport(), base_url=sim.url("volvo", "portal")) as portal:
        response = portal.get("/api/v1/backend-status")
        check_response(SPECS / "backend_status.yaml", response)
        assert response.json() == {"message": ""}
        portal_status(sim.state).message = "Energy API disruption"
        assert portal.get("/api/v1/backend-status").json() == {"message": "Energy API disruption"}
    sim.reset()
    assert portal_status(sim.state).message == ""
