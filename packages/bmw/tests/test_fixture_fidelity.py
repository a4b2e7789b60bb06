"""Every captured BMW CarData payload is typed: no member BMW documents lands in
``additional_properties``. Only maps keyed by free-form names (telematic descriptors) may keep
extra keys; a raw JSON object where a model belongs fails too."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path

import attrs
import pytest

from carconnect.bmw._generated.cardata.models import TelematicDataMap, VehicleBasicData

from .test_fixture_models import CASES, FIXTURE_FILES

OPEN_MAPS: frozenset[type] = frozenset({TelematicDataMap})
"""Models whose extra keys are names (telematic descriptor ids), not undocumented members."""


def untyped(value: object, path: str = "$") -> list[str]:
    """Paths of captured members that no model typed."""
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in untyped(item, f"{path}[{index}]")]
    if isinstance(value, dict):
        return [f"{path} (a raw JSON object)"]
    cls = type(value)
    if not attrs.has(cls):
        return []
    extra = getattr(value, "additional_properties", {})
    if cls in OPEN_MAPS:
        found = [entry for key, item in extra.items() for entry in untyped(item, f"{path}.{key}")]
    else:
        found = [f"{path}.{key}" for key in extra]
    for field in attrs.fields(cls):
        if field.name != "additional_properties":
            found += untyped(getattr(value, field.name), f"{path}.{field.name}")
    return found


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_no_documented_member_is_left_untyped(path: Path) -> None:
    case = next(case for pattern, case in CASES.items() if fnmatch.fnmatch(path.name, pattern))
    parsed = case.parse(json.loads(path.read_text(encoding="utf-8")))
    assert untyped(parsed) == [], path.name


def test_the_check_finds_untyped_members() -> None:
    assert untyped(VehicleBasicData.from_dict({"vin": "WBA", "doorCount": 4})) == ["$.doorCount"]
