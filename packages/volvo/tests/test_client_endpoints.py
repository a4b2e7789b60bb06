"""Every endpoint through VolvoClient and AsyncVolvoClient: path, headers, body and the typed result."""

from __future__ import annotations

import inspect
import json
import pkgutil
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx

from carconnect.volvo import API_URL, AsyncVolvoClient, CommandResult, VolvoClient, models
from carconnect.volvo._generated.connected_vehicle import api as cv_api
from carconnect.volvo._generated.connected_vehicle import models as cv_models
from carconnect.volvo._generated.energy import api as energy_api
from carconnect.volvo._generated.energy import models as energy_models
from carconnect.volvo._generated.location import api as location_api
from carconnect.volvo._generated.location import models as location_models

VIN = "YV1ABCDEFG1234567"
CV = f"/connected-vehicle/v2/vehicles/{VIN}"
COMMAND_ANSWER = {"data": {"vin": VIN, "invokeStatus": "COMPLETED", "message": "done"}}


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    answer: Any
    result: type
    args: tuple[Any, ...] = (VIN,)
    http_method: str = "GET"
    sent: Any = field(default=None)
    """The JSON body a command must send."""


def command(name: str, path: str, sent: Any = None) -> Endpoint:
    return Endpoint(name, f"{CV}/commands/{path}", COMMAND_ANSWER, CommandResult, http_method="POST", sent=sent or {})


ENDPOINTS = [
    Endpoint("vehicles", "/connected-vehicle/v2/vehicles", {"data": [{"vin": VIN}]}, list, args=()),
    Endpoint("vehicle_details", CV, {"data": {"vin": VIN, "modelYear": 2024}}, models.VehicleDetails),
    Endpoint("doors", f"{CV}/doors", {"data": {"centralLock": {"value": "LOCKED"}}}, models.Doors),
    Endpoint("windows", f"{CV}/windows", {"data": {"sunroof": {"value": "CLOSED"}}}, models.Windows),
    Endpoint("tyres", f"{CV}/tyres", {"data": {"frontLeft": {"value": "NO_WARNING"}}}, models.Tyres),
    Endpoint("odometer", f"{CV}/odometer", {"data": {"odometer": {"value": 100, "unit": "km"}}}, models.Odometer),
    Endpoint("fuel", f"{CV}/fuel", {"data": {"fuelAmount": {"value": "47.3", "unit": "l"}}}, models.Fuel),
    Endpoint("statistics", f"{CV}/statistics", {"data": {"averageSpeed": {"value": 42.0}}}, models.Statistics),
    Endpoint(
        "engine_status", f"{CV}/engine-status", {"data": {"engineStatus": {"value": "STOPPED"}}}, models.EngineStatus
    ),
    Endpoint("diagnostics", f"{CV}/diagnostics", {"data": {"serviceTrigger": None}}, models.Diagnostics),
    Endpoint(
        "engine_warnings", f"{CV}/engine", {"data": {"oilLevelWarning": {"value": "TOO_LOW"}}}, models.EngineWarnings
    ),
    Endpoint("brakes", f"{CV}/brakes", {"data": {"brakeFluidLevelWarning": {"value": "NO_WARNING"}}}, models.Brakes),
    Endpoint("warnings", f"{CV}/warnings", {"data": {"hazardLightsWarning": {"value": "FAILURE"}}}, models.Warnings),
    Endpoint(
        "command_accessibility",
        f"{CV}/command-accessibility",
        {"data": {"availabilityStatus": {"value": "UNAVAILABLE", "unavailableReason": "CAR_IN_USE"}}},
        models.CommandAccessibility,
    ),
    Endpoint("commands", f"{CV}/commands", {"data": [{"command": "LOCK", "href": "/v2/x"}]}, list),
    Endpoint(
        "energy_capabilities",
        f"/energy/v2/vehicles/{VIN}/capabilities",
        {"getEnergyState": {"isSupported": True}},
        models.EnergyStateCapabilities,
    ),
    Endpoint(
        "energy_state",
        f"/energy/v2/vehicles/{VIN}/state",
        {"batteryChargeLevel": {"status": "OK", "value": 80.5, "unit": "percentage"}},
        models.EnergyState,
    ),
    Endpoint(
        "location", f"/location/v1/vehicles/{VIN}/location", {"data": {"type": "Feature"}}, models.VehicleLocation
    ),
    command("lock", "lock"),
    command("lock_reduced_guard", "lock-reduced-guard"),
    command("unlock", "unlock"),
    command("start_climatization", "climatization-start"),
    command("stop_climatization", "climatization-stop"),
    command("start_engine", "engine-start", {"runtimeMinutes": 15}),
    command("stop_engine", "engine-stop"),
    command("honk", "honk"),
    command("flash", "flash"),
    command("honk_flash", "honk-flash"),
]
IDS = [endpoint.method for endpoint in ENDPOINTS]


def endpoint_methods(cls: type) -> list[str]:
    return [name for name, value in vars(cls).items() if inspect.isfunction(value) and not name.startswith("_")]


def operation_count() -> int:
    return sum(
        1
        for package in (cv_api, energy_api, location_api)
        for tag in pkgutil.iter_modules(package.__path__, package.__name__ + ".")
        for _ in pkgutil.iter_modules(__import__(tag.name, fromlist=["_"]).__path__)
    )


def test_sync_and_async_clients_have_the_same_methods_in_the_same_order() -> None:
    sync = [name for name in endpoint_methods(VolvoClient) if name != "close"]
    asynchronous = [name for name in endpoint_methods(AsyncVolvoClient) if name != "aclose"]
    assert sync == asynchronous
    assert sync == IDS
    assert all(inspect.iscoroutinefunction(getattr(AsyncVolvoClient, name)) for name in asynchronous)


def test_every_spec_operation_has_a_method() -> None:
    assert operation_count() == len(ENDPOINTS)


def answer(router: respx.Router, endpoint: Endpoint) -> respx.Route:
    return router.route(method=endpoint.http_method, path=endpoint.path).respond(200, json=endpoint.answer)


def check_sent(route: respx.Route, endpoint: Endpoint) -> None:
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["vcc-api-key"] == "test-vcc-api-key"
    assert request.headers["authorization"] == "Bearer test-access-token"
    assert request.headers["accept"] == "application/json"
    if endpoint.http_method == "POST":
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == endpoint.sent
    else:
        assert request.content == b""


def check_result(result: Any, endpoint: Endpoint) -> None:
    assert isinstance(result, endpoint.result)
    if isinstance(result, CommandResult):
        assert result.succeeded
        assert result.invoke_status == "COMPLETED"
        assert result.message == "done"
        assert result.vin == VIN


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
def test_sync_endpoint(client: VolvoClient, router: respx.Router, endpoint: Endpoint) -> None:
    route = answer(router, endpoint)
    check_result(getattr(client, endpoint.method)(*endpoint.args), endpoint)
    check_sent(route, endpoint)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_async_endpoint(aclient: AsyncVolvoClient, router: respx.Router, endpoint: Endpoint) -> None:
    route = answer(router, endpoint)
    check_result(await getattr(aclient, endpoint.method)(*endpoint.args), endpoint)
    check_sent(route, endpoint)


def test_reads_unwrap_the_data_envelope(client: VolvoClient, router: respx.Router) -> None:
    router.get("/connected-vehicle/v2/vehicles").respond(
        200, json={"data": [{"vin": VIN}, {"vin": "YV1OTHER000000000"}]}
    )
    router.get(f"{CV}/commands").respond(200, json={"data": [{"command": "HONK_AND_FLASH", "href": "/v2/h"}]})
    assert [vehicle.vin for vehicle in client.vehicles()] == [VIN, "YV1OTHER000000000"]
    assert client.commands(VIN)[0].command == models.CommandName.HONK_AND_FLASH


def test_engine_start_sends_the_runtime_and_checks_it(client: VolvoClient, router: respx.Router) -> None:
    route = router.post(f"{CV}/commands/engine-start").respond(200, json=COMMAND_ANSWER)
    client.start_engine(VIN, runtime_minutes=5)
    assert json.loads(route.calls.last.request.content) == {"runtimeMinutes": 5}
    for wrong in (-1, 16, True):
        with pytest.raises(ValueError, match="between 0 and 15"):
            client.start_engine(VIN, runtime_minutes=wrong)
    assert route.call_count == 1


@pytest.mark.parametrize("wrong", ["15", None, 5.5, 5.0])
def test_engine_start_refuses_a_runtime_that_is_not_whole_minutes(
    client: VolvoClient, router: respx.Router, wrong: object
) -> None:
    """A runtime of the wrong type is the caller's error, said before anything is sent (not a raw
    ``TypeError``, and not a float Volvo refuses after the call counted against its limits)."""
    route = router.post(f"{CV}/commands/engine-start").respond(200, json=COMMAND_ANSWER)
    with pytest.raises(ValueError, match="between 0 and 15"):
        client.start_engine(VIN, runtime_minutes=wrong)  # type: ignore[arg-type]
    assert route.call_count == 0


def test_base_url_and_a_callers_http_client_are_used() -> None:
    router_elsewhere = respx.Router(base_url="http://volvo.test/base", assert_all_called=False)
    route = router_elsewhere.get(f"{CV}/odometer").respond(200, json={"data": {}})
    with httpx.Client(transport=httpx.MockTransport(router_elsewhere.handler), headers={"X-Proxy": "1"}) as mine:
        with VolvoClient("t", api_key="k", base_url="http://volvo.test/base", http_client=mine) as volvo:
            volvo.odometer(VIN)
        assert route.calls.last.request.headers["x-proxy"] == "1"
        assert route.calls.last.request.headers["vcc-api-key"] == "k"
        assert not mine.is_closed


def test_an_api_key_is_required() -> None:
    with pytest.raises(ValueError, match="VCC API key"):
        VolvoClient("token", api_key="")


def test_close_releases_the_pool_it_owns() -> None:
    volvo = VolvoClient("token", api_key="key")
    http = volvo.http_client_for(API_URL)
    volvo.close()
    assert http.is_closed
    volvo.close()  # closing twice is harmless


async def test_aclose_releases_the_pool_it_owns() -> None:
    volvo = AsyncVolvoClient("token", api_key="key")
    http = volvo.http_client_for(API_URL)
    await volvo.aclose()
    assert http.is_closed


def test_close_leaves_a_callers_transport_open() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    volvo = VolvoClient("token", api_key="key", transport=transport)
    http = volvo.http_client_for(API_URL)
    volvo.close()
    assert not http.is_closed


def test_models_exports_every_generated_model() -> None:
    for generated in (cv_models, energy_models, location_models):
        missing = [name for name in generated.__all__ if not hasattr(models, name)]
        assert missing == [], f"carconnect.volvo.models lacks {missing}"
    assert models.ErrorResponse is cv_models.ErrorResponse
    assert models.energy is energy_models
    assert models.location is location_models
