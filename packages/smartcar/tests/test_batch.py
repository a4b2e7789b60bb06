"""Batch: per-path results, per-path typed errors with their own headers."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from carconnect.core import PermissionDeniedError, RateLimitError, ResponseParseError
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient, models
from carconnect.smartcar.models import v2

from .conftest import API, VEHICLE

BATCH = f"{API}/vehicles/{VEHICLE}/batch"
MIXED: dict[str, Any] = {
    "responses": [
        {
            "path": "/odometer",
            "code": 200,
            "headers": {"sc-data-age": "2026-01-01T10:00:00.000Z", "sc-unit-system": "imperial"},
            "body": {"distance": 321.5},
        },
        {
            "path": "/fuel",
            "code": 403,
            "body": {
                "type": "PERMISSION",
                "code": None,
                "description": "No permission",
                "resolution": "REAUTHENTICATE",
            },
        },
        {
            "path": "/battery/capacity",
            "code": 429,
            "headers": {"Retry-After": 999},
            "body": {"type": "RATE_LIMIT", "code": "VEHICLE", "resolution": {"type": "RETRY_LATER"}},
        },
        {"path": "/", "code": 200, "body": {"id": VEHICLE, "make": "VW", "model": "ID.4", "year": 2021}},
        {"path": "/service/history", "code": 200, "body": [{"serviceId": 1}]},
        {"path": "/tesla/compass", "code": 200, "body": {"heading": 12}},
    ]
}


def test_each_path_succeeds_or_fails_on_its_own(router: respx.Router, client: SmartcarClient) -> None:
    router.post(BATCH).respond(json=MIXED, headers={"SC-Request-Id": "batch-id"})
    result = client.batch(VEHICLE, [item["path"] for item in MIXED["responses"]])

    odometer = result.get("odometer", models.Odometer)
    assert odometer.data.distance == 321.5
    assert odometer.meta.unit_system == models.UnitSystem.IMPERIAL
    assert odometer.meta.request_id == "batch-id", "the batch's request id fills the item's"
    assert odometer.meta.data_age is not None
    with pytest.raises(PermissionDeniedError) as denied:
        result.get("/fuel", models.Fuel)
    assert denied.value.details["resolution"] == "REAUTHENTICATE"
    with pytest.raises(RateLimitError) as limited:
        result.reading("/battery/capacity")
    assert limited.value.retry_after == 999, "the item's own Retry-After"
    assert sorted(result.errors) == ["/battery/capacity", "/fuel"]
    assert isinstance(result.reading("/").data, models.VehicleAttributes)
    assert result.reading("/service/history").data == [{"serviceId": 1}]
    assert result.reading("tesla/compass/").data == {"heading": 12}
    assert result["/odometer"].ok
    assert not result["/fuel"].ok
    assert "/fuel" in result
    assert "/vin" not in result
    assert len(result) == 6
    assert result.request_id == "batch-id"
    with pytest.raises(KeyError):
        result["/vin"]


async def test_async_batch(router: respx.Router, aclient: AsyncSmartcarClient) -> None:
    router.post(BATCH).respond(json=MIXED)
    result = await aclient.batch(VEHICLE, ["/odometer"])
    assert result.paths[0] == "/odometer"


def test_an_item_that_does_not_fit_its_model_is_a_parse_error(router: respx.Router, client: SmartcarClient) -> None:
    router.post(BATCH).respond(json={"responses": [{"path": "/odometer", "code": 200, "body": {"distance": "far"}}]})
    with pytest.raises(ResponseParseError, match="/odometer"):
        client.batch(VEHICLE, ["/odometer"]).reading("/odometer")


def test_a_batch_needs_a_path(client: SmartcarClient) -> None:
    with pytest.raises(ValueError, match="at least one path"):
        client.batch(VEHICLE, [])


def test_item_bodies_are_typed_in_the_generated_model() -> None:
    answer = {
        "responses": [
            {"path": "/odometer", "code": 200, "body": {"distance": 37829.4}},
            {"path": "/location", "code": 200, "body": {"latitude": 37.4, "longitude": -122.1}},
            {"path": "/battery/nominal_capacity", "code": 200, "body": {"capacity": None, "availableCapacities": []}},
            {"path": "/battery/capacity", "code": 200, "body": {"capacity": 75.0}},
            {"path": "/fuel", "code": 409, "body": {"type": "VEHICLE_STATE", "code": "ASLEEP", "statusCode": 409}},
            {"path": "/odometer", "code": 200, "body": {"distance": "far"}},
        ]
    }
    items = v2.BatchResponse.from_dict(answer).responses
    bodies = [item.body for item in items]
    assert all(isinstance(body, v2.BatchItemBody) for body in bodies[:5])
    odometer, location, nominal, capacity, failed = bodies[:5]
    assert isinstance(odometer, v2.BatchItemBody)
    assert odometer.distance == 37829.4
    assert isinstance(location, v2.BatchItemBody)
    assert (location.latitude, location.longitude) == (37.4, -122.1)
    assert isinstance(nominal, v2.BatchItemBody)
    assert nominal.capacity is None
    assert isinstance(capacity, v2.BatchItemBody)
    assert capacity.capacity == 75.0
    assert isinstance(failed, v2.BatchItemBody)
    assert failed.type_ == v2.ErrorType.VEHICLE_STATE
    assert all(isinstance(body, v2.BatchItemBody) and not body.additional_properties for body in bodies[:5])
    assert isinstance(bodies[5], v2.MalformedBatchItemBody), "a bad item is kept raw, not fatal to the batch"
