"""Generated enums are open: a known value parses to its member, an unknown string to a pseudo-member
that keeps it, and any other JSON type to an error that names the field."""

from __future__ import annotations

from typing import Any

import pytest

from carconnect.ford._generated.connect import models as connect


def door(value: Any) -> dict[str, Any]:
    return {"vehicleDoor": "UNSPECIFIED_FRONT", "vehicleOccupantRole": "DRIVER", "value": value}


def test_a_known_value_parses_to_its_member() -> None:
    parsed = connect.DoorStatus.from_dict(door("OPEN"))
    assert parsed.value is connect.DoorState.OPEN
    assert parsed.value.is_known
    assert connect.DoorState.from_value("OPEN") is connect.DoorState("OPEN")


def test_an_unknown_string_keeps_its_value() -> None:
    parsed = connect.DoorStatus.from_dict(door("AJAR"))
    assert isinstance(parsed.value, connect.DoorState)
    assert parsed.value == "AJAR"
    assert parsed.value.name == "UNRECOGNIZED"
    assert not parsed.value.is_known
    assert parsed.to_dict()["value"] == "AJAR"


@pytest.mark.parametrize("value", [{}, ["OPEN"], 5, True])
def test_another_json_type_fails_naming_the_field(value: Any) -> None:
    with pytest.raises(TypeError, match=r"^value: "):
        connect.DoorStatus.from_dict(door(value))


@pytest.mark.parametrize("value", [{}, 5, None])
def test_from_value_refuses_what_is_not_a_string(value: Any) -> None:
    with pytest.raises(ValueError, match="is not a valid DoorState"):
        connect.DoorState.from_value(value)


def test_a_required_enum_of_the_wrong_type_fails() -> None:
    with pytest.raises(ValueError, match="is not a valid ResponseStatus"):
        connect.VehicleInfoResponse.from_dict({"status": {"code": 1}, "vehicle": {}})
