"""Contract test: every captured Smartcar payload goes through the client.

respx serves each file of ``$CARCONNECT_FIXTURES/smartcar`` (default: ``shared/fixtures`` beside the
repository) at the endpoint it belongs to; the client method must return its typed result, or, for
an error body, raise the typed error of its Smartcar ``type``. Webhook deliveries go through the
signature check and :func:`parse_webhook`. A file no entry of ``THROUGH`` matches fails, so new
captures cannot slip by.
"""

from __future__ import annotations

import fnmatch
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import ApiError, FakeClock, RetryPolicy
from carconnect.sim.vendor_fixtures import fixtures_dir
from carconnect.smartcar import (
    ERROR_CLASSES,
    AsyncSmartcarClient,
    BatchResult,
    Reading,
    SmartcarClient,
    models,
    parse_webhook,
    verify_signature,
)
from carconnect.smartcar.models import management, v3

from .conftest import AMT, API, MANAGEMENT, TOKEN, USER_ID, V3, VEHICLE

FIXTURES = fixtures_dir(__file__, "smartcar")
FILES = sorted(FIXTURES.glob("*.json"))
FETCHED = [path for path in FILES if not path.name.startswith("v3-webhook-")]
"""Payloads the client fetches (webhook deliveries are received, not fetched)."""
CAR = f"{API}/vehicles/{VEHICLE}"
CAR_V3 = f"{V3}/vehicles/{VEHICLE}"

Invoke = Callable[[Any, Any], Any]
"""``(client, payload) -> result`` (a coroutine for the async client)."""


@dataclass(frozen=True)
class Through:
    """Where a payload is served and which client call must turn it into ``result``."""

    method: str
    url: str
    invoke: Invoke
    result: type


def read(path: str, name: str, model: type) -> Through:
    return Through("GET", f"{CAR}{path}", lambda c, _: getattr(c, name)(VEHICLE), model)


def batch_paths(payload: Any) -> list[str]:
    return [item["path"] for item in payload["responses"]]


THROUGH: list[tuple[str, Through]] = [
    ("v2-action-success.json", Through("POST", f"{CAR}/security", lambda c, _: c.lock(VEHICLE), models.ActionResult)),
    ("v2-batch-*.json", Through("POST", f"{CAR}/batch", lambda c, p: c.batch(VEHICLE, batch_paths(p)), BatchResult)),
    ("v2-battery-nominal-capacity.json", read("/battery/nominal_capacity", "nominal_capacity", models.NominalCapacity)),
    ("v2-battery.json", read("/battery", "battery", models.Battery)),
    ("v2-charge-limit.json", read("/charge/limit", "charge_limit", models.ChargeLimit)),
    ("v2-charge.json", read("/charge", "charge", models.ChargeStatus)),
    ("v2-diagnostics-dtcs.json", read("/diagnostics/dtcs", "diagnostic_trouble_codes", models.DiagnosticTroubleCodes)),
    (
        "v2-diagnostics-system-status.json",
        read("/diagnostics/system_status", "diagnostic_system_status", models.SystemStatus),
    ),
    ("v2-error-*.json", read("/odometer", "odometer", ApiError)),
    ("v2-fuel.json", read("/fuel", "fuel", models.Fuel)),
    ("v2-location.json", read("/location", "location", models.Location)),
    (
        "v2-management-connections.json",
        Through(
            "GET",
            f"{MANAGEMENT}/management/connections",
            lambda c, _: c.management.connections(),
            management.ConnectionList,
        ),
    ),
    ("v2-odometer.json", read("/odometer", "odometer", models.Odometer)),
    (
        "v2-permissions.json",
        Through("GET", f"{CAR}/permissions", lambda c, _: c.permissions(VEHICLE), models.PermissionList),
    ),
    ("v2-security.json", read("/security", "lock_status", models.LockStatus)),
    ("v2-service-history.json", read("/service/history", "service_history", list)),
    ("v2-tires-pressure.json", read("/tires/pressure", "tire_pressure", models.TirePressure)),
    ("v2-user.json", Through("GET", f"{API}/user", lambda c, _: c.user(), models.User)),
    ("v2-vehicle-attributes.json", read("", "attributes", models.VehicleAttributes)),
    ("v2-vehicles-list.json", Through("GET", f"{API}/vehicles", lambda c, _: c.vehicles(), models.VehicleList)),
    (
        "v2-webhook-subscribe.json",
        Through("POST", f"{CAR}/webhooks/hook", lambda c, _: c.subscribe(VEHICLE, "hook"), models.WebhookSubscription),
    ),
    (
        "v3-signal-odometer.json",
        Through(
            "GET",
            f"{CAR_V3}/signals/odometer-traveleddistance",
            lambda c, _: c.v3.signal(VEHICLE, v3.SignalCode.ODOMETER_TRAVELEDDISTANCE),
            v3.Signal,
        ),
    ),
    ("v3-signals.json", Through("GET", f"{CAR_V3}/signals", lambda c, _: c.v3.signals(VEHICLE), v3.SignalList)),
    ("v3-vehicle.json", Through("GET", CAR_V3, lambda c, _: c.v3.vehicle(VEHICLE), v3.Vehicle)),
]
WEBHOOKS = {"VERIFY": v3.VerifyEvent, "VEHICLE_STATE": v3.VehicleStateEvent, "VEHICLE_ERROR": v3.VehicleErrorEvent}


def through(path: Path) -> Through | None:
    """The client route of a payload; ``None`` for webhook deliveries."""
    if path not in FETCHED:
        return None
    for pattern, entry in THROUGH:
        if fnmatch.fnmatchcase(path.name, pattern):
            return entry
    pytest.fail(f"{path.name}: no client route; add an entry to THROUGH in {__name__}")


def serve(router: respx.Router, entry: Through, payload: Any) -> None:
    is_error = entry.result is ApiError
    status = payload.get("statusCode", 400) if is_error else 200
    url = httpx.URL(entry.url)
    answer = httpx.Response(status, json=payload, headers={"SC-Request-Id": "fixture"})
    router.route(method=entry.method, host=url.host, path=url.path).mock(return_value=answer)


def check(entry: Through, payload: Any, outcome: Any) -> None:
    if entry.result is ApiError:
        assert isinstance(outcome, ApiError), f"expected a typed error, got {outcome!r}"
        assert type(outcome) is ERROR_CLASSES[payload["type"]]
        assert outcome.details["type"] == payload["type"]
        assert outcome.request_id == "fixture"
        return
    assert not isinstance(outcome, BaseException), repr(outcome)
    if isinstance(outcome, BatchResult):
        check_batch(outcome, payload)
        return
    value = outcome.data if isinstance(outcome, Reading) else outcome
    assert isinstance(value, entry.result)
    if isinstance(outcome, Reading):
        assert outcome.meta.request_id == "fixture"


def check_batch(result: BatchResult, payload: Any) -> None:
    """Every item parses into its path's model, or raises the typed error of its own body."""
    assert len(result) == len(payload["responses"])
    for item, raw in zip(result, payload["responses"], strict=True):
        assert item.status_code == raw["code"]
        if item.ok:
            assert item.reading().data is not None
        else:
            with pytest.raises(ERROR_CLASSES[raw["body"]["type"]]):
                item.reading()


def client_for(router: respx.Router) -> SmartcarClient:
    return SmartcarClient(
        TOKEN,
        user_id=USER_ID,
        management_token=AMT,
        retry=RetryPolicy.disabled(),
        transport=httpx.MockTransport(router.handler),
        clock=FakeClock(),
    )


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_payload_goes_through_the_sync_client(path: Path) -> None:
    payload = json.loads(path.read_bytes())
    entry = through(path)
    if entry is None:
        check_webhook(path.read_bytes(), payload)
        return
    router = respx.Router(assert_all_called=True)
    serve(router, entry, payload)
    with client_for(router) as client:
        try:
            outcome = entry.invoke(client, payload)
        except ApiError as error:
            outcome = error
    check(entry, payload, outcome)


@pytest.mark.parametrize("path", FETCHED, ids=[path.name for path in FETCHED])
async def test_payload_goes_through_the_async_client(path: Path) -> None:
    payload = json.loads(path.read_bytes())
    entry = through(path)
    assert entry is not None
    router = respx.Router(assert_all_called=True)
    serve(router, entry, payload)
    async with AsyncSmartcarClient(
        TOKEN,
        user_id=USER_ID,
        management_token=AMT,
        retry=RetryPolicy.disabled(),
        transport=httpx.MockTransport(router.handler),
        clock=FakeClock(),
    ) as client:
        try:
            outcome = await entry.invoke(client, payload)
        except ApiError as error:
            outcome = error
    check(entry, payload, outcome)


def check_webhook(body: bytes, payload: Any) -> None:
    """A delivery is verified on its raw bytes, then parsed into its event model."""
    signature = hmac.new(AMT.encode(), body, hashlib.sha256).hexdigest()
    assert verify_signature(body, signature, AMT)
    assert not verify_signature(body + b" ", signature, AMT)
    event = parse_webhook(body)
    assert isinstance(event, WEBHOOKS[payload["eventType"]])
