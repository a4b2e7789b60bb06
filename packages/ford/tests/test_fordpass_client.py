"""FordPass (experimental): both hosts, the Autonomic token, commands read back from telemetry."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from carconnect.core import (
    CommandFailedError,
    FakeClock,
    PermissionDeniedError,
    ResponseParseError,
    VehicleUnavailableError,
)
from carconnect.ford import AUTONOMIC_URL, FORD_VEHICLE_URL, CommandPendingError, Region, WaitPolicy
from carconnect.ford.models import fordpass
from carconnect.sim import Simulator

VIN = "1FMEE5DP0NL000001"
COMMAND_ID = "55b2de57-54c3-4fd4-ad51-670224fec4a7"
TELEMETRY = f"{AUTONOMIC_URL}/v1/telemetry/sources/fordpass/vehicles/{VIN}"
COMMANDS = f"{AUTONOMIC_URL}/v1/command/vehicles/{VIN}/commands"
COMMANDS_V1BETA = f"{AUTONOMIC_URL}/v1beta/command/vehicles/{VIN}/commands"
DASHBOARD = f"{FORD_VEHICLE_URL}/api/expdashboard/v1/details/"
EXCHANGE = "https://accounts.autonomic.ai/v1/auth/oidc/token"
ACCEPTED = {"id": COMMAND_ID, "type": "lock", "currentStatus": "REQUESTED"}

CONVENIENCE = [
    ("lock", (), COMMANDS, "lock", None),
    ("unlock", (), COMMANDS, "unlock", None),
    ("remote_start", (), COMMANDS, "remoteStart", None),
    ("cancel_remote_start", (), COMMANDS, "cancelRemoteStart", None),
    ("status_refresh", (), COMMANDS, "statusRefresh", None),
    ("start_panic_cue", (30,), COMMANDS, "startPanicCue", None),
    ("start_charge", (), COMMANDS_V1BETA, "startGlobalChargeCommand", "1.0.1"),
    ("cancel_charge", (), COMMANDS_V1BETA, "cancelGlobalChargeCommand", "1.0.1"),
    ("pause_charge", (), COMMANDS_V1BETA, "pauseGlobalChargeCommand", "1.0.1"),
]


def telemetry(command_type: str = "lock", **value: Any) -> httpx.Response:
    states = {f"{command_type}Command": {"commandId": COMMAND_ID, "value": value}} if value else {}
    return httpx.Response(200, json={"vin": VIN, "metrics": {}, "states": states})


async def test_vehicle_list_uses_the_cat_token_and_region_headers(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    route = router.post(DASHBOARD).respond(207, json={"userVehicles": {"vehicleDetails": [{"VIN": VIN}]}})
    dashboard = await run(make("fordpass", region=Region.EU, locale="de-DE").vehicles())
    assert isinstance(dashboard, fordpass.Dashboard)
    assert isinstance(dashboard.user_vehicles, fordpass.UserVehicles)
    assert isinstance(dashboard.user_vehicles.vehicle_details, list)
    assert dashboard.user_vehicles.vehicle_details[0].vin == VIN
    request = route.calls.last.request
    assert request.headers["auth-token"] == "access-token-1"
    assert "Authorization" not in request.headers
    assert request.headers["Application-Id"] == Region.EU.info.application_id
    assert request.headers["countryCode"] == "EUR"
    assert request.headers["locale"] == "de-DE"
    assert json.loads(request.content) == {"dashboardRefreshRequest": "All", "smsWakeUpVIN": ""}


async def test_telemetry_uses_an_exchanged_autonomic_token(
    make: Any, run: Any, router: respx.MockRouter, clock: FakeClock
) -> None:
    route = router.get(TELEMETRY).respond(json={"vin": VIN, "metrics": {"odometer": {"value": 1234.5}}})
    client = make("fordpass")
    result = await run(client.telemetry(VIN))
    assert isinstance(result.metrics.odometer, fordpass.NumberMetric)
    request = route.calls.last.request
    assert request.headers["Authorization"] == "Bearer autonomic-token-1"
    assert request.url.params["lrdt"] == "01-01-1970 00:00:00"
    exchange = router.routes[0].calls.last.request
    form = {key: values[0] for key, values in parse_qs(exchange.content.decode()).items()}
    assert form == {
        "subject_token": "access-token-1",
        "subject_issuer": "fordpass",
        "client_id": "fordpass-prod",
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
    }
    await run(client.telemetry(VIN))
    assert router.routes[0].call_count == 1
    clock.advance(280)  # within 30 s of the 5-minute lifetime: exchanged again before use
    await run(client.telemetry(VIN))
    assert router.routes[0].call_count == 2


async def test_a_401_from_autonomic_exchanges_again_and_replays(make: Any, run: Any, router: respx.MockRouter) -> None:
    tokens = [httpx.Response(200, json={"access_token": f"autonomic-{n}", "expires_in": 300}) for n in (1, 2)]
    exchange = router.post(EXCHANGE).mock(side_effect=tokens)
    unauthorized = httpx.Response(401, json={"code": 401, "error": "unauthorized", "message": "token expired"})
    route = router.get(TELEMETRY).mock(side_effect=[unauthorized, httpx.Response(200, json={"vin": VIN})])
    assert (await run(make("fordpass").telemetry(VIN))).vin == VIN
    assert route.call_count == 2
    assert exchange.call_count == 2
    assert route.calls.last.request.headers["Authorization"] == "Bearer autonomic-2"


async def test_query_telemetry_sends_the_sections(make: Any, run: Any, router: respx.MockRouter) -> None:
    route = router.post(f"{AUTONOMIC_URL}/v1beta/telemetry/sources/fordpass/vehicles/{VIN}:query").respond(
        json={"vin": VIN}
    )
    client = make("fordpass")
    await run(client.query_telemetry(VIN, [fordpass.TelemetrySection.STATES]))
    assert json.loads(route.calls.last.request.content) == {"includeMetrics": ["states"]}
    await run(client.query_telemetry(VIN))
    assert len(json.loads(route.calls.last.request.content)["includeMetrics"]) == 7


@pytest.mark.parametrize(
    ("method", "args", "url", "command_type", "version"), CONVENIENCE, ids=[c[0] for c in CONVENIENCE]
)
async def test_every_command(
    make: Any,
    run: Any,
    router: respx.MockRouter,
    method: str,
    args: tuple[Any, ...],
    url: str,
    command_type: str,
    version: str | None,
) -> None:
    route = router.post(url).respond(201, json={**ACCEPTED, "type": command_type})
    handle = await run(getattr(make("fordpass"), method)(VIN, *args))
    assert isinstance(handle.accepted, fordpass.Command)
    assert handle.command == command_type
    assert handle.can_wait
    body = json.loads(route.calls.last.request.content)
    expected: dict[str, Any] = {"type": command_type, "properties": {}, "tags": {}, "wakeUp": True}
    if method == "start_panic_cue":
        expected["properties"] = {"duration": 30}
    if version is not None:
        expected["version"] = version
    assert body == expected


async def test_generic_commands(make: Any, run: Any, router: respx.MockRouter) -> None:
    v1 = router.post(COMMANDS).respond(201, json=ACCEPTED)
    beta = router.post(COMMANDS_V1BETA).respond(201, json={"commandId": COMMAND_ID})
    client = make("fordpass")
    await run(client.send_command(VIN, "startTrailerLightCheck", wake_up=False))
    assert json.loads(v1.calls.last.request.content)["wakeUp"] is False
    properties = {"departureSchedules": [], "isDepartureTimeEnabled": True}
    handle = await run(client.send_command_v1beta(VIN, "updateDepartureTimes", properties, version="1"))
    assert handle.command_id == COMMAND_ID
    sent = json.loads(beta.calls.last.request.content)
    assert sent["properties"] == properties
    assert sent["version"] == "1"


async def test_wait_reads_the_outcome_from_telemetry(
    make: Any, run: Any, router: respx.MockRouter, clock: FakeClock
) -> None:
    router.post(COMMANDS).respond(201, json=ACCEPTED)
    polls = router.get(TELEMETRY).mock(
        side_effect=[
            telemetry(),
            telemetry(fromState="REQUEST_QUEUED", toState="REQUEST_DELIVERY_IN_PROGRESS"),
            telemetry(fromState="request_queued", toState="success"),
        ]
    )
    handle = await run(make("fordpass").lock(VIN))
    result = await run(handle.wait())
    assert result.status == "success"
    assert result.polls == 3
    assert isinstance(result.response, fordpass.VehicleTelemetry)
    assert polls.call_count == 3
    assert clock.sleeps == [2.0, 3.0, 4.5]


@pytest.mark.parametrize(
    ("value", "code", "reason"),
    [
        (
            {
                "toState": "expired",
                "data": {
                    "commandExpirationContext": {
                        "devicePrecludedExpirationContext": {
                            "commandPreclusionCauses": {
                                "deepSleepCommandPreclusionState": "COMMANDS_PRECLUDED_BY_DEEP_SLEEP"
                            }
                        },
                        "message": "vehicle asleep",
                    }
                },
            },
            "COMMANDS_PRECLUDED_BY_DEEP_SLEEP",
            "vehicle asleep",
        ),
        (
            {
                "toState": "COMMAND_FAILED_ON_DEVICE",
                "data": {
                    "commandError": {"commandExecutionFailure": {"oemErrorCode": 7, "oemErrorContext": "door open"}}
                },
            },
            "7",
            "door open",
        ),
        ({"toState": "failed"}, "failed", None),
    ],
    ids=["deep-sleep", "failed-on-device", "failed"],
)
async def test_failures_carry_fords_reason(
    make: Any, run: Any, router: respx.MockRouter, value: dict[str, Any], code: str, reason: str | None
) -> None:
    router.post(COMMANDS).respond(201, json=ACCEPTED)
    router.get(TELEMETRY).mock(return_value=telemetry(**value))
    handle = await run(make("fordpass").lock(VIN))
    with pytest.raises(CommandFailedError) as caught:
        await run(handle.wait())
    assert caught.value.code == code
    if reason is not None:
        assert reason in caught.value.message


async def test_newer_states_commands_shape_and_case_insensitive_ids(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    router.post(COMMANDS).respond(201, json=ACCEPTED)
    entry = {"commandId": COMMAND_ID.upper(), "value": {"toState": "COMMAND_SUCCEEDED_ON_DEVICE"}}
    router.get(TELEMETRY).respond(json={"vin": VIN, "states": {"commands": [entry]}})
    handle = await run(make("fordpass").lock(VIN))
    assert (await run(handle.wait())).status == "COMMAND_SUCCEEDED_ON_DEVICE"


async def test_another_commands_state_is_not_ours(make: Any, run: Any, router: respx.MockRouter) -> None:
    router.post(COMMANDS).respond(201, json=ACCEPTED)
    other = {"lockCommand": {"commandId": "someone-else", "value": {"toState": "success"}}}
    polls = router.get(TELEMETRY).respond(json={"vin": VIN, "states": other})
    handle = await run(make("fordpass").lock(VIN))
    with pytest.raises(CommandPendingError):
        await run(handle.wait())
    assert polls.call_count <= 15


async def test_acceptance_without_an_id_is_a_parse_error(make: Any, run: Any, router: respx.MockRouter) -> None:
    router.post(COMMANDS).respond(201, json={"type": "lock"})
    with pytest.raises(ResponseParseError) as caught:
        await run(make("fordpass").lock(VIN))
    assert caught.value.may_have_run is True  # FordPass took it: never to be sent again blindly


async def test_commands_are_never_resent(make: Any, run: Any, router: respx.MockRouter) -> None:
    body = {"code": 502, "error": "bad gateway", "message": "A TMC service returned an invalid response"}
    route = router.post(COMMANDS).mock(side_effect=[httpx.Response(502, json=body), httpx.Response(201, json=ACCEPTED)])
    with pytest.raises(VehicleUnavailableError):
        await run(make("fordpass").unlock(VIN))
    assert route.call_count == 1


# ---- on the simulator --------------------------------------------------------------------------------


async def test_every_endpoint_on_the_simulator(sim_client: Any, run: Any, sim: Simulator, clock: FakeClock) -> None:
    client = sim_client("fordpass")
    dashboard = await run(client.vehicles())
    vins = [vehicle.vin for vehicle in dashboard.user_vehicles.vehicle_details]
    assert vins == [vehicle.vin for vehicle in sim.fleet.vehicles("ford")]
    ev, phev, petrol = vins
    reading = await run(client.telemetry(petrol))
    assert reading.metrics.ignition_status.value is fordpass.OnOffState.OFF
    states_only = await run(client.query_telemetry(petrol, [fordpass.TelemetrySection.STATES]))
    assert isinstance(states_only.metrics, fordpass.Unset)
    for method, args, _, _, _ in CONVENIENCE:
        vin = ev if "charge" in method else petrol
        handle = await run(getattr(client, method)(vin, *args))
        assert (await run(handle.wait())).status == "success", method
    started = await run(client.telemetry(petrol))
    assert started.states.remote_start_command.value.to_state == "success"
    beta = await run(client.send_command_v1beta(phev, "startOnDemandPreconditioning"))
    assert (await run(beta.wait())).status == "success"
    assert sim.deliveries.count("ford", sim.fleet.vehicle("ford", petrol).id, "lock") == 1
    clock.advance(301)  # the 5-minute Autonomic token expired meanwhile: exchanged again
    assert (await run(client.telemetry(ev))).vin == ev


async def test_simulator_refusals_and_failures(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("fordpass")
    ev, _, petrol = (vehicle.vin for vehicle in sim.fleet.vehicles("ford"))
    with pytest.raises(PermissionDeniedError) as denied:
        await run(client.remote_start(ev))
    assert denied.value.code == "DENY_ALLOW"
    assert denied.value.request_id
    with pytest.raises(CommandFailedError) as not_capable:
        await run((await run(client.start_charge(petrol))).wait())
    assert "NOT_CAPABLE" in not_capable.value.message
    sim.fleet.set_asleep("ford", petrol)
    handle = await run(client.lock(petrol))
    with pytest.raises(CommandFailedError) as failed:
        await run(handle.wait())
    assert failed.value.code == "COMMANDS_PRECLUDED_BY_DEEP_SLEEP"


async def test_simulator_deadline_while_still_pending(sim_client: Any, run: Any, sim: Simulator) -> None:
    client = sim_client("fordpass")
    car = sim.fleet.vehicles("ford")[2]
    handle = await run(client.unlock(car.vin))
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait(WaitPolicy(timeout=1.5, first_delay=0.5)))
    assert caught.value.status == "REQUEST_DELIVERY_IN_PROGRESS"
    assert (await run(handle.wait())).status == "success"
    assert sim.deliveries.count("ford", car.id, "unlock") == 1
