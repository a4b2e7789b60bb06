"""Every captured Smartcar payload is typed: no member Smartcar documents lands in
``additional_properties``. Only maps keyed by free-form names (makes, headers) and members Smartcar
does not document may stay untyped; v3 signal bodies are read through their family's model."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from carconnect.smartcar._generated.vehicles_v2 import models as v2
from carconnect.smartcar._generated.vehicles_v3 import models as v3
from carconnect.smartcar.signals import typed_body

from .test_fixture_models import FIXTURE_FILES, _expectation_for

OPEN_MAPS: frozenset[type] = frozenset(
    {
        v2.CompatibilityMatrix,  # keyed by make
        v3.ErrorMeta,  # free-form by Smartcar's own description
    }
)
"""Models whose extra keys are names, not undocumented members."""


def untyped(value: object, path: str = "$") -> list[str]:
    """Paths of captured members that no model typed."""
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in untyped(item, f"{path}[{index}]")]
    if isinstance(value, dict):
        return [f"{path} (a raw JSON object)"]
    cls = type(value)
    if not attrs.has(cls):
        return []
    if isinstance(value, v3.Signal | v3.WebhookSignal):
        body = typed_body(value)
        if isinstance(body, v3.SignalBody):
            return [f"{path}.body (no family for {body.to_dict()})"]
        found = untyped(body, f"{path}.body")
        skip = {"body", "attributes"} if isinstance(value, v3.WebhookSignal) else {"attributes"}
        if isinstance(value, v3.Signal):
            found += untyped(attrs.evolve(value.attributes, body=None), f"{path}.attributes")
        return (
            found
            + [
                entry
                for field in attrs.fields(cls)
                if field.name not in skip and field.name != "additional_properties"
                for entry in untyped(getattr(value, field.name), f"{path}.{field.name}")
            ]
            + [f"{path}.{key}" for key in getattr(value, "additional_properties", {})]
        )
    extra = getattr(value, "additional_properties", {})
    found = [] if cls in OPEN_MAPS else [f"{path}.{key}" for key in extra]
    if cls in OPEN_MAPS:
        found += [entry for key, item in extra.items() for entry in untyped(item, f"{path}.{key}")]
    for field in attrs.fields(cls):
        if field.name != "additional_properties":
            found += untyped(getattr(value, field.name), f"{path}.{field.name}")
    return found


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[path.name for path in FIXTURE_FILES])
def test_no_documented_member_is_left_untyped(path: Path) -> None:
    expectation = _expectation_for(path.name)
    payload = json.loads(path.read_text(encoding="utf-8"))
    for item in payload if isinstance(payload, list) else [payload]:
        assert untyped(expectation.model.from_dict(item)) == [], path.name


def test_the_check_finds_untyped_members() -> None:
    assert untyped(v2.Odometer.from_dict({"distance": 1.0, "speed": 3})) == ["$.speed"]
    signal = v3.WebhookSignal.from_dict(
        {"code": "location-preciselocation", "body": {"latitude": 1.0, "longitude": 2.0, "accuracy": 5}}
    )
    assert untyped(signal) == ["$.body.accuracy"]
    unknown = v3.WebhookSignal.from_dict({"code": "diagnostics-abs", "body": {"status": "OK"}})
    assert len(untyped(unknown)) == 1
    matrix = v2.CompatibilityMatrix.from_dict({"TESLA": [{"model": "3", "endpoints": [], "colour": "red"}]})
    assert untyped(matrix) == ["$.TESLA[0].colour"]
