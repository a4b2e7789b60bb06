"""The generated catalogue and the decoder shared by REST and the stream."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from carconnect.bmw import models
from carconnect.bmw._generated import telematics as catalogue
from carconnect.bmw.descriptors import Kind
from carconnect.bmw.telematics import decode, decode_data, decode_response, descriptor, parse_timestamp
from carconnect.sim.vendor_fixtures import fixture_file

STAMP = datetime(2025, 3, 12, 14, 30, tzinfo=UTC)


def test_catalogue_lists_every_descriptor_once() -> None:
    assert len(catalogue.DESCRIPTORS) == 294
    assert catalogue.DESCRIPTORS["vehicle.isMoving"] is catalogue.IS_MOVING
    assert catalogue.IS_MOVING.kind is Kind.BOOLEAN
    assert catalogue.DRIVETRAIN_FUEL_SYSTEM_LEVEL.unit == "%"
    streamable = [entry for entry in catalogue.DESCRIPTORS.values() if entry.streamable]
    assert 240 <= len(streamable) < 294


@pytest.mark.parametrize(
    ("descriptor_id", "raw", "expected"),
    [
        ("vehicle.cabin.door.row1.driver.isOpen", "true", True),
        ("vehicle.cabin.door.row1.driver.isOpen", False, False),
        ("vehicle.isMoving", "ASN_isFalse", False),
        ("vehicle.drivetrain.fuelSystem.level", "72", 72),
        ("vehicle.drivetrain.fuelSystem.level", 55, 55),
        ("vehicle.drivetrain.electricEngine.charging.level", "72.5", 72.5),
        ("vehicle.cabin.sunroof.status", "OPEN", "OPEN"),
        ("vehicle.channel.teleservice.lastTeleserviceReportTime", "12.03.2025 14:30:00 UTC", STAMP),
        ("vehicle.status.serviceTime.inspectionDateLegal", "03/12/2025 14:30 UTC", STAMP),
    ],
)
def test_values_take_their_descriptor_type(descriptor_id: str, raw: object, expected: object) -> None:
    decoded = decode(descriptor_id, raw)
    assert decoded.value == expected
    assert type(decoded.value) is type(expected)
    assert decoded.decoded
    assert decoded.raw == raw


def test_values_that_do_not_fit_and_unknown_descriptors_stay_raw() -> None:
    invalid = decode("vehicle.drivetrain.fuelSystem.level", "INVALID")
    assert (invalid.value, invalid.decoded) == ("INVALID", False)
    unknown = decode("vehicle.chassis.mileage", "45230", "km")
    assert (unknown.value, unknown.unit, unknown.descriptor, unknown.decoded) == ("45230", "km", None, False)


def test_unit_defaults_to_the_catalogue_and_timestamps_parse() -> None:
    value = decode("vehicle.drivetrain.fuelSystem.level", 40, timestamp="2025-03-12T14:30:00.000Z")
    assert value.unit == "%"
    assert value.timestamp == STAMP
    assert descriptor("vehicle.drivetrain.fuelSystem.level") is catalogue.DRIVETRAIN_FUEL_SYSTEM_LEVEL
    assert parse_timestamp(int(STAMP.timestamp())) == STAMP


def test_rest_and_stream_decode_to_the_same_values() -> None:
    rest = models.TelematicDataResponse.from_dict(
        {
            "telematicData": {
                "vehicle.cabin.door.row1.driver.isOpen": {"value": "false", "unit": "", "timestamp": STAMP.isoformat()},
                "vehicle.drivetrain.fuelSystem.level": {"value": "72", "unit": "%", "timestamp": STAMP.isoformat()},
                "vehicle.body.trunk.isOpen": {"value": None, "unit": None, "timestamp": None},
            }
        }
    )
    stream = decode_data(
        {
            "vehicle.cabin.door.row1.driver.isOpen": {"value": False, "timestamp": "2025-03-12T14:30:00Z"},
            "vehicle.drivetrain.fuelSystem.level": {"value": 72, "unit": "%", "timestamp": "2025-03-12T14:30:00Z"},
        }
    )
    from_rest = decode_response(rest)
    assert set(from_rest) == set(stream)
    for key, value in stream.items():
        assert (from_rest[key].value, from_rest[key].timestamp) == (value.value, value.timestamp)
        assert type(from_rest[key].value) is type(value.value)


def test_captured_telematic_data_decodes() -> None:
    path = fixture_file(__file__, "bmw/cardata-telematic-data.json")
    decoded = decode_response(models.TelematicDataResponse.from_dict(json.loads(path.read_text())))
    assert decoded["vehicle.cabin.door.row1.driver.isOpen"].value is False
    assert all(value.timestamp is not None for value in decoded.values())


@pytest.mark.parametrize("raw", [-1e18, 1e300, "9" * 30, 10**20])
def test_an_out_of_range_moment_is_a_value_error_and_a_timestamp_of_none(raw: Any) -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_timestamp(raw)
    assert decode("vehicle.isMoving", True, timestamp=raw).timestamp is None
    kept = decode("vehicle.trip.segment.end.time", raw)
    assert (kept.value, kept.decoded) == (raw, False)
