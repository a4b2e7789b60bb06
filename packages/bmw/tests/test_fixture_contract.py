"""Contract test: every captured CarData payload goes through the client.

For each file in ``$CARCONNECT_FIXTURES/bmw`` (default: ``shared/fixtures`` beside the repository),
the fixtures README names the endpoint (and the status, for error bodies). respx serves the file
there, and the sync and async clients must return the typed model, or raise the typed error the
mapping rules give for that body. New fixtures are picked up as soon as the README lists them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import respx

from carconnect.bmw import ERROR_IDS, AsyncBmwClient, BmwClient, models
from carconnect.core import ApiError, AuthenticationError, QuotaExceededError
from carconnect.core.mapping import class_for_status
from carconnect.sim.vendor_fixtures import fixtures_dir, fixtures_root

FIXTURES_ROOT = fixtures_root(__file__)
BMW_FIXTURES = fixtures_dir(__file__, "bmw")

VIN = "WBA5P7C05N1234567"
CONTAINER_ID = "c0ffee1234567"
Run = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    """Path template as the README writes it (``{vin}``, ``{containerId}``)."""
    statuses: tuple[int, ...]


@dataclass(frozen=True)
class Operation:
    """How the client reaches one endpoint and what a success returns."""

    call: tuple[Any, ...]
    """Client method name and arguments."""
    expected: type | None
    """Model type of the result; ``None`` for a list of ``VehicleMapping``."""


OPERATIONS: dict[tuple[str, str], Operation] = {
    ("GET", "/customers/vehicles/mappings"): Operation(("vehicle_mappings",), None),
    ("GET", "/customers/vehicles/{vin}/basicData"): Operation(("basic_data", VIN), models.VehicleBasicData),
    ("GET", "/customers/containers"): Operation(("containers",), models.ContainerList),
    ("POST", "/customers/containers"): Operation(
        ("create_container", ["vehicle.cabin.door.status"]), models.ContainerDetails
    ),
    ("GET", "/customers/containers/{containerId}"): Operation(("container", CONTAINER_ID), models.ContainerDetails),
    ("GET", "/customers/vehicles/{vin}/telematicData"): Operation(
        ("telematic_data", VIN, CONTAINER_ID), models.TelematicDataResponse
    ),
    ("GET", "/customers/vehicles/{vin}/chargingHistory"): Operation(
        ("charging_history", VIN, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)),
        models.ChargingHistoryPage,
    ),
    ("GET", "/customers/vehicles/{vin}/locationBasedChargingSettings"): Operation(
        ("charging_settings", VIN), models.LocationBasedChargingSettingsPage
    ),
    ("GET", "/customers/vehicles/{vin}/smartMaintenanceTyreDiagnosis"): Operation(
        ("tyre_diagnosis", VIN), models.TyreDiagnosis
    ),
}
CALL_OPTIONS = {"create_container": {"name": "contract", "purpose": "contract test"}}

_METHOD_URL = re.compile(r"\b(GET|POST|PUT|DELETE) (https?://[^\s)]+)")
_STATUS = re.compile(r"\b([1-5]\d\d)\b")


def parse_endpoints(cell: str) -> list[Endpoint]:
    """``GET https://host/path (403 in practice; test uses 429)`` -> endpoints with their statuses."""
    found = []
    for segment in re.split(r"\balso\b", cell):
        match = _METHOD_URL.search(segment)
        if match:
            statuses = tuple(int(status) for status in _STATUS.findall(segment[match.end() :]))
            found.append(Endpoint(match.group(1), urlsplit(match.group(2)).path, statuses))
    return found


def readme_endpoints() -> dict[str, list[Endpoint]]:
    """File name -> endpoints, from the fixtures README table (``| `bmw/<file>` | <endpoint> | ...``)."""
    readme = FIXTURES_ROOT / "README.md"
    if not readme.is_file():
        return {}
    table: dict[str, list[Endpoint]] = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) > 1 and cells[0].startswith("`bmw/"):
            table[cells[0].strip("`").removeprefix("bmw/")] = parse_endpoints(cells[1])
    return table


ENDPOINTS = readme_endpoints()
CASES = [
    pytest.param(path, endpoint, status, id=f"{path.name}-{endpoint.method}-{status}")
    for path in sorted(BMW_FIXTURES.glob("*.json"))
    for endpoint in ENDPOINTS.get(path.name) or [Endpoint("?", "?", ())]
    for status in endpoint.statuses or [201 if endpoint.method == "POST" else 200]
]


def concrete(template: str) -> str:
    return template.replace("{vin}", VIN).replace("{containerId}", CONTAINER_ID)


def expected_error(status: int, body: Any) -> tuple[type[ApiError], str | None]:
    error_id = body.get("exveErrorId") if isinstance(body, dict) else None
    if isinstance(error_id, str) and error_id in ERROR_IDS:
        return ERROR_IDS[error_id][0], error_id
    return class_for_status(status), error_id or None


def check_success(result: Any, operation: Operation) -> None:
    if operation.expected is None:
        assert isinstance(result, list)
        assert all(isinstance(item, models.VehicleMapping) for item in result)
    else:
        assert isinstance(result, operation.expected)


@pytest.mark.parametrize(("path", "endpoint", "status"), CASES)
async def test_fixture_through_the_client(
    path: Path,
    endpoint: Endpoint,
    status: int,
    router: respx.MockRouter,
    make_client: Callable[..., BmwClient | AsyncBmwClient],
    run_on: Run,
) -> None:
    assert endpoint.method != "?", f"{path.name} has no row in the fixtures README naming its endpoint"
    operation = OPERATIONS.get((endpoint.method, endpoint.path))
    assert operation is not None, f"no client method is mapped to {endpoint.method} {endpoint.path}"
    body = json.loads(path.read_text(encoding="utf-8"))
    route = router.route(method=endpoint.method, path=concrete(endpoint.path)).respond(status, json=body)
    client = make_client()
    method, *args = operation.call
    options = CALL_OPTIONS.get(method, {})
    if status < 400:
        check_success(await run_on(client, method, *args, **options), operation)
    else:
        error_class, code = expected_error(status, body)
        with pytest.raises(ApiError) as caught:
            await run_on(client, method, *args, **options)
        assert type(caught.value) is error_class
        assert (caught.value.status_code, caught.value.code) == (status, code)
        if error_class is QuotaExceededError:
            assert not isinstance(caught.value, AuthenticationError)
    assert route.called


def test_readme_parser() -> None:
    cell = (
        "GET https://api-cardata.bmwgroup.com/customers/containers/{containerId} "
        "(also POST https://api-cardata.bmwgroup.com/customers/containers 201)"
    )
    assert parse_endpoints(cell) == [
        Endpoint("GET", "/customers/containers/{containerId}", ()),
        Endpoint("POST", "/customers/containers", (201,)),
    ]
    quota = (
        "GET https://api-cardata.bmwgroup.com/customers/vehicles/{vin}/telematicData (403 in practice; test uses 429)"
    )
    assert parse_endpoints(quota)[0].statuses == (403, 429)
    paged = "GET https://api-cardata.bmwgroup.com/customers/vehicles/{vin}/chargingHistory?from=…&to=…"
    assert parse_endpoints(paged)[0].path == "/customers/vehicles/{vin}/chargingHistory"
    assert httpx.URL(concrete("/x/{vin}/{containerId}")).path == f"/x/{VIN}/{CONTAINER_ID}"
