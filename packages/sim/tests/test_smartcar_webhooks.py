"""Smartcar webhook deliveries of the simulator: signed with the management token, spec-shaped."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import httpx
from jsonschema import Draft202012Validator

from carconnect.sim import DEMO_CLIENTS, ManualClock, Simulator
from carconnect.sim.brands.smartcar import challenge_answer, verify_delivery, webhook_deliveries
from carconnect.sim.contract import load_spec

SPEC = Path(__file__).resolve().parents[3] / "specs" / "smartcar" / "vehicles_v3.yaml"
AMT = DEMO_CLIENTS["smartcar"].management_token or ""


def schema_errors(schema_name: str, payload: object) -> list[str]:
    document = dict(load_spec(SPEC).document)
    validator = Draft202012Validator({**document, "$ref": f"#/components/schemas/{schema_name}"})
    return [error.message for error in validator.iter_errors(payload)]


def subscribe(sim: Simulator, vehicle_index: int, webhook_id: str = "hook") -> str:
    token = sim.issue_token("smartcar")["access_token"]
    vehicle_id = sim.fleet.vehicles("smartcar")[vehicle_index].id
    with httpx.Client(transport=sim.transport(), base_url=sim.url("smartcar")) as http:
        answer = http.post(
            f"/v2.0/vehicles/{vehicle_id}/webhooks/{webhook_id}", headers={"authorization": f"Bearer {token}"}
        )
    assert answer.status_code == 200
    return vehicle_id


def test_deliveries_go_to_subscribed_vehicles_signed_with_the_management_token() -> None:
    sim = Simulator(seed=0, clock=ManualClock())
    assert webhook_deliveries(sim.state) == []
    first, second = subscribe(sim, 0), subscribe(sim, 2, "other")

    deliveries = webhook_deliveries(sim.state)

    assert sorted((item.webhook_id, item.vehicle_id) for item in deliveries) == [("hook", first), ("other", second)]
    for delivery in deliveries:
        expected = hmac.new(AMT.encode(), delivery.body, hashlib.sha256).hexdigest()
        assert delivery.headers["SC-Signature"] == expected
        payload = json.loads(delivery.body)
        assert schema_errors("VehicleStateEvent", payload) == []
        assert payload["meta"]["signalCount"] == len(payload["data"]["signals"])
        odometer = next(s for s in payload["data"]["signals"] if s["code"] == "odometer-traveleddistance")
        assert odometer["body"]["unit"] == "km", "webhooks say km where the v3 API says kilometers"
    assert [item.vehicle_id for item in webhook_deliveries(sim.state, "other")] == [second]


def test_delivery_posts_the_exact_bytes_and_verify_is_unsigned() -> None:
    sim = Simulator(seed=0, clock=ManualClock())
    subscribe(sim, 0)
    received: list[httpx.Request] = []

    def endpoint(request: httpx.Request) -> httpx.Response:
        received.append(request)
        body = json.loads(request.content)
        if body["eventType"] == "VERIFY":
            return httpx.Response(200, json={"challenge": challenge_answer(body["data"]["challenge"])})
        return httpx.Response(200)

    with httpx.Client(transport=httpx.MockTransport(endpoint)) as http:
        delivery = webhook_deliveries(sim.state)[0]
        assert delivery.post("https://app.example/webhooks", http).status_code == 200
        verify = verify_delivery(sim.state, "hook", "any-abcd")
        answer = verify.post("https://app.example/webhooks", http)

    assert received[0].content == delivery.body
    assert "SC-Signature" not in verify.headers
    assert schema_errors("VerifyEvent", json.loads(verify.body)) == []
    assert answer.json() == {"challenge": hmac.new(AMT.encode(), b"any-abcd", hashlib.sha256).hexdigest()}
