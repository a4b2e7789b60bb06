"""Command results (raw invokeStatus, succeeded, message) and commands that are never sent twice."""

from __future__ import annotations

import httpx
import pytest
import respx

from carconnect.core import (
    CommandFailedError,
    FakeClock,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    VehicleStateError,
    VehicleUnavailableError,
)
from carconnect.volvo import AsyncVolvoClient, CommandResult, VolvoClient
from carconnect.volvo.models import CommandResponse, UnlockResponse

VIN = "YV1ABCDEFG1234567"
CV = f"/connected-vehicle/v2/vehicles/{VIN}"


def result(command: str, status: str | None, **extra: object) -> CommandResult:
    data: dict[str, object] = {"vin": VIN, "message": "m", **extra}
    if status is not None:
        data["invokeStatus"] = status
    if command == "unlock":
        return CommandResult.from_response(command, UnlockResponse.from_dict({"data": data}))
    return CommandResult.from_response(command, CommandResponse.from_dict({"data": data}))


@pytest.mark.parametrize(
    ("command", "status", "succeeded"),
    [
        ("honk", "COMPLETED", True),
        ("honk", "DELIVERED", False),
        ("lock", "DELIVERED", True),
        ("lock-reduced-guard", "DELIVERED", True),
        ("lock", "COMPLETED", True),
        ("unlock", "DELIVERED", True),  # a door command, as for lock
        ("engine-start", "SUCCESS", False),
        ("lock", "UNABLE_TO_LOCK_DOOR_OPEN", False),
        ("flash", "VEHICLE_IN_SLEEP", False),
        ("flash", "UNKNOWN", False),
        ("flash", "SOMETHING_VOLVO_ADDS_LATER", False),
        ("flash", None, False),
    ],
)
def test_succeeded_follows_volvos_rules(command: str, status: str | None, succeeded: bool) -> None:
    outcome = result(command, status)
    assert outcome.succeeded is succeeded
    assert outcome.invoke_status == status
    assert outcome.message == "m"
    assert outcome.vin == VIN


def test_unlock_says_how_long_the_car_can_be_opened() -> None:
    outcome = result("unlock", "COMPLETED", readyToUnlock=True, readyToUnlockUntil=120)
    assert (outcome.ready_to_unlock, outcome.ready_to_unlock_until) == (True, 120)
    assert result("honk", "COMPLETED").ready_to_unlock is None


def test_raise_for_status() -> None:
    done = result("honk", "COMPLETED")
    assert done.raise_for_status() is done
    for status in ("VEHICLE_IN_SLEEP", "CAR_IN_SLEEP_MODE"):
        with pytest.raises(VehicleStateError) as asleep:  # a state the car leaves, as a busy car's 503
            result("honk", status).raise_for_status()
        assert asleep.value.code == status
        assert not isinstance(asleep.value, VehicleUnavailableError)
    with pytest.raises(CommandFailedError, match="m") as rejected:
        result("lock", "REJECTED").raise_for_status()
    assert rejected.value.details == {"command": "lock", "vin": VIN}
    assert (rejected.value.may_have_run, asleep.value.may_have_run) == (False, False)


@pytest.mark.parametrize("status", ["RUNNING", "WAITING", "SENT", "TIMEOUT", "UNKNOWN", "A_STATUS_VOLVO_ADDS_LATER"])
def test_a_status_that_leaves_the_outcome_open_raises_an_error_that_may_have_run(status: str) -> None:
    assert result("lock", status).may_have_run is True
    with pytest.raises(CommandFailedError) as open_outcome:
        result("lock", status).raise_for_status()
    assert open_outcome.value.may_have_run is True


@pytest.mark.parametrize("status", ["COMPLETED", "REJECTED", "VEHICLE_IN_SLEEP"])
def test_a_command_that_succeeded_or_was_refused_has_not_an_open_outcome(status: str) -> None:
    assert result("lock", status).may_have_run is False


def test_a_failed_command_is_returned_not_raised(client: VolvoClient, router: respx.Router) -> None:
    router.post(f"{CV}/commands/honk").respond(
        200, json={"data": {"vin": VIN, "invokeStatus": "CAR_IN_SLEEP_MODE", "message": "Car is asleep"}}
    )
    outcome = client.honk(VIN)
    assert (outcome.succeeded, outcome.invoke_status, outcome.message) == (False, "CAR_IN_SLEEP_MODE", "Car is asleep")


@pytest.mark.parametrize("command", ["lock", "unlock"])
async def test_a_command_accepted_and_not_finished_is_returned_once(
    command: str, client: VolvoClient, aclient: AsyncVolvoClient, router: respx.Router
) -> None:
    """A 202 (Volvo lists it among its answers) is a result, not a parse error a caller might retry."""
    route = router.post(f"{CV}/commands/{command}").respond(
        202, json={"data": {"vin": VIN, "invokeStatus": "RUNNING", "message": "in progress"}}
    )
    call = getattr(client, command)
    outcomes = [call(VIN), await getattr(aclient, command)(VIN)]
    for outcome in outcomes:
        assert (outcome.succeeded, outcome.invoke_status) == (False, "RUNNING")
        with pytest.raises(CommandFailedError, match="had not finished") as unfinished:
            outcome.raise_for_status()
        assert unfinished.value.code == "RUNNING"
    assert route.call_count == 2


# ---- never re-sent ----------------------------------------------------------------------------


def failing(router: respx.Router, path: str, answer: httpx.Response | Exception) -> respx.Route:
    route = router.post(path)
    if isinstance(answer, Exception):
        route.side_effect = answer
    else:
        route.return_value = answer
    return route


ANSWERS: list[tuple[str, httpx.Response | Exception, type[Exception]]] = [
    ("500", httpx.Response(500, json={"error": {"message": "INTERNAL_SERVER_ERROR"}}), ServerError),
    ("502", httpx.Response(502, text="bad gateway"), ServerError),
    ("503", httpx.Response(503, json={"error": {"message": "SERVICE_UNAVAILABLE"}}), ServerError),
    ("504", httpx.Response(504, text="gateway timeout"), ServerError),
    ("429-no-retry-after", httpx.Response(429, json={"statusCode": 429, "message": "Rate limit"}), RateLimitError),
    ("read-timeout", httpx.ReadTimeout("slow"), RequestTimeoutError),
    ("reset", httpx.RemoteProtocolError("Server disconnected"), TransportError),
]


@pytest.mark.parametrize(("answer", "error"), [case[1:] for case in ANSWERS], ids=[case[0] for case in ANSWERS])
def test_commands_are_sent_once(
    client: VolvoClient, router: respx.Router, answer: httpx.Response | Exception, error: type[Exception]
) -> None:
    route = failing(router, f"{CV}/commands/lock", answer)
    with pytest.raises(error):
        client.lock(VIN)
    assert route.call_count == 1


@pytest.mark.parametrize(("answer", "error"), [case[1:] for case in ANSWERS], ids=[case[0] for case in ANSWERS])
async def test_async_commands_are_sent_once(
    aclient: AsyncVolvoClient, router: respx.Router, answer: httpx.Response | Exception, error: type[Exception]
) -> None:
    route = failing(router, f"{CV}/commands/engine-start", answer)
    with pytest.raises(error):
        await aclient.start_engine(VIN, runtime_minutes=5)
    assert route.call_count == 1


def test_reads_are_retried_where_commands_are_not(client: VolvoClient, router: respx.Router, clock: FakeClock) -> None:
    route = router.get(f"{CV}/doors")
    route.side_effect = [httpx.Response(503), httpx.Response(200, json={"data": {}})]
    client.doors(VIN)
    assert route.call_count == 2
    assert clock.sleeps == [0.5]


def test_a_command_refused_before_processing_is_sent_again(client: VolvoClient, router: respx.Router) -> None:
    """429 with Retry-After: the gateway says it did not process the command, so core may retry it."""
    route = router.post(f"{CV}/commands/honk")
    route.side_effect = [
        httpx.Response(429, json={"statusCode": 429, "message": "Rate limit"}, headers={"Retry-After": "2"}),
        httpx.Response(200, json={"data": {"invokeStatus": "COMPLETED"}}),
    ]
    assert client.honk(VIN).succeeded
    assert route.call_count == 2
