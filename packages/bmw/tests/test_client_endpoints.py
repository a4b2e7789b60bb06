"""Every CarData endpoint through BmwClient and AsyncBmwClient (respx): path, headers, typed result."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx

from carconnect.bmw import AsyncBmwClient, BmwClient, VehicleImage, models
from carconnect.bmw._generated.cardata.types import Unset
from carconnect.core import ResponseParseError

Run = Callable[..., Awaitable[Any]]
VIN = "WBA5P7C05N1234567"
CONTAINER_ID = "c0ffee1234567"
BASE = "/customers/vehicles"
START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2026, 1, 31, 23, 59, 59, 999000, tzinfo=UTC)

SESSION = {
    "startTime": 1767254400,
    "endTime": 1767265200,
    "displayedStartSoc": "21",
    "displayedSoc": 80,
    "mileage": 12034,
    "mileageUnits": "MileageUnits.KM",
    "energyConsumedFromPowerGridKwh": 31.5,
    "chargingBlocks": [{"startTime": 1767254400, "endTime": 1767258000, "averagePowerGridKw": 10.8}],
}
SETTING = {"id": "lbcs-1", "latitude": 48.17, "longitude": 11.55, "visits": 12, "chargingMode": "IMMEDIATE"}


def test_sync_and_async_clients_offer_the_same_methods_in_the_same_order() -> None:
    def methods(cls: type) -> list[str]:
        return [name for name, value in vars(cls).items() if not name.startswith("_") and inspect.isfunction(value)]

    assert methods(BmwClient) == methods(AsyncBmwClient)
    assert len(methods(BmwClient)) == 15
    for name in methods(BmwClient):
        sync_params = list(inspect.signature(getattr(BmwClient, name)).parameters)
        assert sync_params == list(inspect.signature(getattr(AsyncBmwClient, name)).parameters), name


async def test_vehicle_mappings_is_an_array(run: Run, router: respx.MockRouter) -> None:
    body = [
        {"vin": VIN, "mappedSince": "2024-05-01T10:00:00.000Z", "mappingType": "PRIMARY"},
        {"vin": "WBY73AW05R1234567", "mappedSince": None, "mappingType": "GUEST"},
    ]
    route = router.get(f"{BASE}/mappings").respond(200, json=body)
    mappings = await run("vehicle_mappings")
    assert [mapping.vin for mapping in mappings] == [VIN, "WBY73AW05R1234567"]
    assert mappings[0].mapping_type is models.MappingType.PRIMARY
    assert not mappings[1].mapping_type.is_known, "unknown enum values are kept"
    sent = route.calls.last.request
    assert sent.headers["x-version"] == "v1"
    assert sent.headers["authorization"] == "Bearer access-token-1"


async def test_basic_data(run: Run, router: respx.MockRouter) -> None:
    body = {"vin": VIN, "brand": "BMW", "modelName": "330e", "numberOfDoors": "4", "hvsMaxEnergyAbsolute": "12.0"}
    router.get(f"{BASE}/{VIN}/basicData").respond(200, json=body)
    data = await run("basic_data", VIN)
    assert isinstance(data, models.VehicleBasicData)
    assert data.brand is models.VehicleBrand.BMW
    assert data.number_of_doors == 4, "numbers sent as strings are coerced"
    assert data.hvs_max_energy_absolute == "12.0"


@pytest.mark.parametrize(("content_type", "extension"), [("image/png", ".png"), ("image/jpeg; q=1", ".jpg")])
async def test_vehicle_image_returns_bytes_and_media_type(
    run: Run, router: respx.MockRouter, content_type: str, extension: str
) -> None:
    route = router.get(f"{BASE}/{VIN}/image").respond(
        200, content=b"\x89PNG\r\n", headers={"content-type": content_type}
    )
    image = await run("vehicle_image", VIN)
    assert isinstance(image, VehicleImage)
    assert image.content == b"\x89PNG\r\n"
    assert image.content_type == content_type.split(";")[0]
    assert image.extension == extension
    assert "size=6" in repr(image)
    sent = route.calls.last.request
    assert sent.headers["x-version"] == "v1"
    assert sent.headers["accept"] == "*/*", "core's JSON default would ask BMW for the wrong thing"


async def test_containers(run: Run, router: respx.MockRouter) -> None:
    body = {
        "containers": [
            {
                "containerId": CONTAINER_ID,
                "name": "a",
                "purpose": "p",
                "state": "ACTIVE",
                "created": "2026-01-01T08:00:00Z",
            },
            {"containerId": "deadbeef12345", "state": "DELETED"},
        ]
    }
    router.get("/customers/containers").respond(200, json=body)
    listing = await run("containers")
    assert isinstance(listing, models.ContainerList)
    assert isinstance(listing.containers, list)
    assert [container.state for container in listing.containers] == [
        models.ContainerState.ACTIVE,
        models.ContainerState.DELETED,
    ]


async def test_create_container_posts_the_descriptors(run: Run, router: respx.MockRouter) -> None:
    details = {
        "containerId": CONTAINER_ID,
        "name": "n",
        "purpose": "p",
        "state": "ACTIVE",
        "technicalDescriptors": ["a.b"],
    }
    route = router.post("/customers/containers").respond(201, json=details)
    created = await run("create_container", ["a.b"], name="n", purpose="p")
    assert isinstance(created, models.ContainerDetails)
    assert created.technical_descriptors == ["a.b"]
    sent = route.calls.last.request
    assert sent.headers["x-version"] == "v1"
    assert sent.headers["content-type"] == "application/json"
    assert httpx.Response(200, content=sent.content).json() == {
        "name": "n",
        "purpose": "p",
        "technicalDescriptors": ["a.b"],
    }


async def test_container(run: Run, router: respx.MockRouter) -> None:
    router.get(f"/customers/containers/{CONTAINER_ID}").respond(
        200, json={"containerId": CONTAINER_ID, "technicalDescriptors": ["vehicle.cabin.door.status"]}
    )
    container = await run("container", CONTAINER_ID)
    assert container.technical_descriptors == ["vehicle.cabin.door.status"]


async def test_delete_container_answers_204_without_body(run: Run, router: respx.MockRouter) -> None:
    route = router.delete(f"/customers/containers/{CONTAINER_ID}").respond(204)
    assert await run("delete_container", CONTAINER_ID) is None
    assert route.calls.last.request.headers["x-version"] == "v1"


async def test_telematic_data(run: Run, router: respx.MockRouter) -> None:
    body = {
        "telematicData": {
            "vehicle.vehicle.travelledDistance": {
                "value": "12034",
                "unit": "km",
                "timestamp": "2026-01-02T08:00:00.000Z",
            },
            "vehicle.cabin.door.status": {"value": None, "unit": None, "timestamp": None},  # never sent
        }
    }
    route = router.get(f"{BASE}/{VIN}/telematicData", params={"containerId": CONTAINER_ID}).respond(200, json=body)
    data = await run("telematic_data", VIN, CONTAINER_ID)
    values = data.telematic_data.additional_properties
    assert values["vehicle.vehicle.travelledDistance"].value == "12034"
    assert values["vehicle.cabin.door.status"].value is None
    assert route.called


async def test_charging_history_formats_the_range(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/chargingHistory").respond(200, json={"data": [SESSION]})
    page = await run("charging_history", VIN, START, END)
    params = route.calls.last.request.url.params
    assert params["from"] == "2026-01-01T00:00:00.000Z"
    assert params["to"] == "2026-01-31T23:59:59.000Z"
    assert "nextToken" not in params
    session = page.data[0]
    assert session.displayed_start_soc == 21
    assert session.mileage_units is models.MileageUnit.KM
    assert session.charging_blocks[0].average_power_grid_kw == 10.8


async def test_charging_history_converts_to_utc_and_takes_naive_as_utc(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/chargingHistory").respond(200, json={"data": []})
    cet = timezone(timedelta(hours=1))
    await run("charging_history", VIN, datetime(2026, 1, 1, 1, 0, tzinfo=cet), datetime(2026, 1, 2))
    params = route.calls.last.request.url.params
    assert (params["from"], params["to"]) == ("2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z")


async def test_charging_history_pages_follow_next_token(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/chargingHistory")
    route.side_effect = [
        httpx.Response(200, json={"data": [SESSION], "next_token": "page-2"}),
        httpx.Response(200, json={"data": [{**SESSION, "startTime": 1767340800, "endTime": 1767344400}]}),
    ]
    sessions = await run("iter_charging_history", VIN, START, END)
    assert [session.start_time for session in sessions] == [1767254400, 1767340800]
    first, second = (call.request.url.params for call in route.calls)
    assert "nextToken" not in first
    assert second["nextToken"] == "page-2"
    assert (second["from"], second["to"]) == (first["from"], first["to"]), "same range on every page"


async def test_one_page_with_a_token(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/chargingHistory").respond(200, json={"data": []})
    await run("charging_history", VIN, START, END, next_token="abc")
    assert route.calls.last.request.url.params["nextToken"] == "abc"


async def test_iterators_stop_at_max_pages(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/chargingHistory")
    route.side_effect = [httpx.Response(200, json={"data": [SESSION], "next_token": f"t{n}"}) for n in range(5)]
    sessions = await run("iter_charging_history", VIN, START, END, max_pages=2)
    assert len(sessions) == 2
    assert route.call_count == 2


async def test_a_repeated_page_token_stops_the_loop(run: Run, router: respx.MockRouter) -> None:
    router.get(f"{BASE}/{VIN}/locationBasedChargingSettings").respond(
        200, json={"data": [SETTING], "nextToken": "same"}
    )
    with pytest.raises(ResponseParseError, match="same page token"):
        await run("iter_charging_settings", VIN)


async def test_charging_settings_page(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/locationBasedChargingSettings").respond(200, json={"data": [SETTING]})
    page = await run("charging_settings", VIN, next_token="t1")
    assert page.data[0].visits == 12
    assert route.calls.last.request.url.params["nextToken"] == "t1"


async def test_charging_settings_pages_follow_camel_case_next_token(run: Run, router: respx.MockRouter) -> None:
    route = router.get(f"{BASE}/{VIN}/locationBasedChargingSettings")
    route.side_effect = [
        httpx.Response(200, json={"data": [SETTING], "nextToken": "p2"}),
        httpx.Response(200, json={"data": [{**SETTING, "id": "lbcs-2"}], "nextToken": None}),
    ]
    settings = await run("iter_charging_settings", VIN)
    assert [setting.id for setting in settings] == ["lbcs-1", "lbcs-2"]
    assert route.calls[1].request.url.params["nextToken"] == "p2"


async def test_tyre_diagnosis(run: Run, router: respx.MockRouter) -> None:
    wheel = {"tyreWear": {"status": "OK", "statusColor": "GREEN", "dueMileage": "25000", "unit": "KILOMETER"}}
    body = {"passengerCar": {"mountedTyres": {"frontLeft": wheel, "rearRight": None}}, "errors": []}
    router.get(f"{BASE}/{VIN}/smartMaintenanceTyreDiagnosis").respond(200, json=body)
    diagnosis = await run("tyre_diagnosis", VIN)
    wear = diagnosis.passenger_car.mounted_tyres.front_left.tyre_wear
    assert wear.due_mileage == 25000
    assert wear.status_color is models.TyreStatusColor.GREEN
    assert diagnosis.passenger_car.mounted_tyres.rear_right is None


async def test_a_body_that_does_not_fit_is_a_parse_error(run: Run, router: respx.MockRouter) -> None:
    router.get(f"{BASE}/{VIN}/basicData").respond(200, json={"numberOfDoors": "four"})
    with pytest.raises(ResponseParseError) as caught:
        await run("basic_data", VIN)
    assert caught.value.status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"vin": {"nested": 1}},
        {"hasNavi": "yes"},
        {"series": 3},
        {"brand": 7},
        {"numberOfDoors": "four"},
        {"numberOfDoors": True},
        {"chargingModes": "AC"},
        {"chargingModes": [1]},
    ],
)
async def test_a_nullable_field_of_another_type_is_a_parse_error(
    run: Run, router: respx.MockRouter, body: dict[str, object]
) -> None:
    router.get(f"{BASE}/{VIN}/basicData").respond(200, json=body)
    [field] = body
    with pytest.raises(ResponseParseError, match=f"model: {field}: "):  # the error names the field
        await run("basic_data", VIN)


async def test_nullable_strings_and_booleans_accept_null_and_absence(run: Run, router: respx.MockRouter) -> None:
    router.get(f"{BASE}/{VIN}/basicData").respond(200, json={"vin": None, "hasNavi": False})
    data = await run("basic_data", VIN)
    assert (data.vin, data.has_navi) == (None, False)
    assert isinstance(data.series, Unset)


async def test_nullable_enums_numbers_and_lists_parse_and_accept_null(run: Run, router: respx.MockRouter) -> None:
    body = {"brand": "MINI", "numberOfDoors": "2", "chargingModes": None}
    router.get(f"{BASE}/{VIN}/basicData").respond(200, json=body)
    data = await run("basic_data", VIN)
    assert (data.brand, data.number_of_doors, data.charging_modes) == (models.VehicleBrand.MINI, 2, None)
    router.get(f"{BASE}/{VIN}/basicData").respond(200, json={"chargingModes": ["AC", "DC"]})
    data = await run("basic_data", VIN)
    assert data.charging_modes == ["AC", "DC"]
    assert isinstance(data.brand, Unset)
    assert isinstance(data.number_of_doors, Unset)


async def test_base_url_is_configurable(make_client: Callable[..., BmwClient | AsyncBmwClient]) -> None:
    sim = respx.MockRouter(base_url="http://127.0.0.1:8000/bmw/api")
    route = sim.get("/customers/vehicles/mappings").respond(200, json=[])
    client = make_client(base_url="http://127.0.0.1:8000/bmw/api", transport=httpx.MockTransport(sim.handler))
    result = client.vehicle_mappings()
    if inspect.isawaitable(result):
        result = await result
    assert result == []
    assert route.called
