"""Contract test: every captured BMW CarData payload parses into its generated model.

The fixtures live outside the repository, in `$CARCONNECT_FIXTURES/bmw` (default: the
`shared/fixtures` folder beside the repository root). Every JSON file there must match exactly one
pattern of `CASES`, so that a new fixture without a mapping fails instead of being ignored.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import pytest

from carconnect.bmw._generated.cardata.models import (
    ChargingHistoryPage,
    ContainerDetails,
    ContainerList,
    ContainerState,
    CustomerErrorResponse,
    LocationBasedChargingSettingsPage,
    MappingType,
    TelematicDataResponse,
    TyreDiagnosis,
    TyreSet,
    VehicleBasicData,
    VehicleBrand,
    VehicleMapping,
)
from carconnect.bmw._generated.cardata.types import Unset
from carconnect.sim.vendor_fixtures import fixtures_dir

BMW_FIXTURES = fixtures_dir(__file__, "bmw")

T = TypeVar("T")
M = TypeVar("M")


def present(value: T | Unset | None) -> T:
    """The value, asserting that the field was sent and not null."""
    assert value is not None
    assert not isinstance(value, Unset)
    return value


@dataclass(frozen=True)
class Case(Generic[M]):
    """How one kind of fixture is parsed, and what must hold for the parsed model."""

    parse: Callable[[Any], M]
    check: Callable[[M, str], None]

    def run(self, payload: Any, file_name: str) -> None:
        self.check(self.parse(payload), file_name)


def parse_mappings(payload: Any) -> list[VehicleMapping]:
    assert isinstance(payload, list), "the mappings body is a JSON array"
    return [VehicleMapping.from_dict(item) for item in payload]


def check_mappings(mappings: list[VehicleMapping], _: str) -> None:
    assert mappings
    for mapping in mappings:
        assert len(mapping.vin) == 17
        assert present(mapping.mapped_since).tzinfo is not None
        assert present(mapping.mapping_type) in {MappingType.PRIMARY, MappingType.SECONDARY}


def check_basic_data(data: VehicleBasicData, _: str) -> None:
    assert present(data.brand) is VehicleBrand.BMW
    assert isinstance(present(data.number_of_doors), int)
    assert present(data.is_telematics_capable) is True
    assert all(isinstance(mode, str) for mode in present(data.charging_modes))


def check_container_list(listing: ContainerList, _: str) -> None:
    containers = present(listing.containers)
    assert containers
    assert all(isinstance(present(container.created), datetime.datetime) for container in containers)
    assert present(containers[0].state) is ContainerState.ACTIVE


def check_container_details(container: ContainerDetails, _: str) -> None:
    assert container.container_id
    assert present(container.state) is ContainerState.ACTIVE
    descriptors = present(container.technical_descriptors)
    assert descriptors
    assert all(descriptor.startswith("vehicle.") for descriptor in descriptors)


def check_telematic_data(response: TelematicDataResponse, _: str) -> None:
    values = present(response.telematic_data).additional_properties
    assert values
    for descriptor, entry in values.items():
        assert descriptor.startswith("vehicle.")
        point = present(entry)
        assert isinstance(present(point.value), str), "telematic values are strings, booleans too"
        assert isinstance(present(point.timestamp), datetime.datetime)


def check_charging_history(page: ChargingHistoryPage, _: str) -> None:
    assert page.data
    for session in page.data:
        assert isinstance(session.start_time, int)
        assert session.end_time >= session.start_time
        units = present(session.mileage_units)
        assert units.is_known, f"new mileage unit spelling {units.value!r}"
        assert units.value.upper().removeprefix("MILEAGEUNITS.") in {"KM", "MI"}
        assert isinstance(present(session.mileage), int)
        for block in present(session.charging_blocks):
            assert isinstance(present(block.average_power_grid_kw), float)
    assert isinstance(page.next_token, str | Unset)


def check_charging_settings(page: LocationBasedChargingSettingsPage, _: str) -> None:
    settings = present(page.data)
    assert settings
    for setting in settings:
        assert isinstance(present(setting.latitude), float)
        assert isinstance(present(setting.visits), int)
        for window in present(setting.charging_time_windows):
            assert isinstance(present(window.start_charging_time_period_hour), int)
    assert isinstance(present(page.next_token), str), "the camelCase nextToken is read"


def check_tyre_diagnosis(diagnosis: TyreDiagnosis, _: str) -> None:
    mounted = present(present(diagnosis.passenger_car).mounted_tyres)
    assert isinstance(mounted, TyreSet)
    assert present(present(mounted.aggregated_quality_status).quality_status) == "GOOD"
    front_left = present(mounted.front_left)
    assert present(present(front_left.run_flat).run_flat) is True
    assert isinstance(present(present(front_left.tyre_wear).due_mileage), int)


def check_error(error: CustomerErrorResponse, file_name: str) -> None:
    error_id = present(error.exve_error_id)
    code = re.search(r"cu-(\d+)", file_name)
    if code:
        assert error_id == f"CU-{code.group(1)}"
    else:
        assert isinstance(error_id, str)


CASES: dict[str, Case[Any]] = {
    "cardata-vehicle-mappings*.json": Case(parse_mappings, check_mappings),
    "cardata-basic-data-*.json": Case(VehicleBasicData.from_dict, check_basic_data),
    "cardata-containers-list*.json": Case(ContainerList.from_dict, check_container_list),
    "cardata-container-details*.json": Case(ContainerDetails.from_dict, check_container_details),
    "cardata-telematic-data*.json": Case(TelematicDataResponse.from_dict, check_telematic_data),
    "cardata-charging-history-*.json": Case(ChargingHistoryPage.from_dict, check_charging_history),
    "cardata-location-based-charging-settings-*.json": Case(
        LocationBasedChargingSettingsPage.from_dict, check_charging_settings
    ),
    "cardata-tyre-diagnosis*.json": Case(TyreDiagnosis.from_dict, check_tyre_diagnosis),
    "cardata-error-*.json": Case(CustomerErrorResponse.from_dict, check_error),
}

FIXTURE_FILES = sorted(BMW_FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_fixture_parses_into_its_model(path: Path) -> None:
    cases = [case for pattern, case in CASES.items() if fnmatch.fnmatch(path.name, pattern)]
    assert cases, f"no model is mapped to {path.name}: add its file-name pattern to CASES"
    assert len(cases) == 1, f"{path.name} matches several patterns of CASES"
    cases[0].run(json.loads(path.read_text(encoding="utf-8")), path.name)
