"""A status poll that fails after Ford accepted a command is not the command's failure: ``wait()``
polls on (no sooner than a ``Retry-After``) and, when the wait ends, raises ``CommandPendingError``
(``may_have_run``) from the last poll's error; each poll is one request."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    FakeClock,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    VehicleUnavailableError,
)
from carconnect.ford import AUTONOMIC_URL, CONNECT_API_URL, CommandPendingError, WaitPolicy

ACCESS_TOKEN = "access-token-1"

VEHICLE_ID = "12341234123412341234123412341234"
COMMAND_ID = "da29c19c-4a49-4ca1-8db0-20060fc05844"
LOCK = f"{CONNECT_API_URL}/api/fordconnect/v1/vehicles/{VEHICLE_ID}/lock"
VIN = "1FMEE5DP0NL000001"
TELEMETRY = f"{AUTONOMIC_URL}/v1/telemetry/sources/fordpass/vehicles/{VIN}"
FORDPASS_COMMANDS = f"{AUTONOMIC_URL}/v1/command/vehicles/{VIN}/commands"


def answer(status: str, code: int = 200) -> httpx.Response:
    return httpx.Response(code, json={"status": "SUCCESS", "commandStatus": status, "commandId": COMMAND_ID})


FAILURES: list[tuple[Any, type[Exception]]] = [
    (httpx.Response(503, json={"statusCode": 503, "message": "Service Unavailable"}), ServerError),
    (httpx.Response(500, json={"statusCode": 500, "message": "Internal Server Error"}), ServerError),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), TransportError),
    (httpx.Response(429, headers={"Retry-After": "5"}, json={"statusCode": 429}), RateLimitError),
]
FAILURE_IDS = ["503", "500", "dropped", "429"]


def fails(failure: Any) -> Any:
    """A respx side effect failing every poll the same way (a fresh response each time)."""

    def poll(request: httpx.Request) -> httpx.Response:
        if isinstance(failure, Exception):
            raise failure
        return httpx.Response(failure.status_code, headers=failure.headers, content=failure.content)

    return poll


def fails_once(failure: Any, *then: httpx.Response) -> Any:
    """A respx side effect failing the first poll as :func:`fails` does, then answering ``then``."""
    answers = iter(then)
    first = [fails(failure)]

    def poll(request: httpx.Request) -> httpx.Response:
        return first.pop()(request) if first else next(answers)

    return poll


@pytest.mark.parametrize(("failure", "error"), FAILURES, ids=FAILURE_IDS)
async def test_polls_that_fail_until_the_deadline_leave_the_outcome_unknown(
    make: Any,
    run: Any,
    router: respx.MockRouter,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    failure: Any,
    error: type[Exception],
) -> None:
    sent = router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    polls = router.get(f"{LOCK}/{COMMAND_ID}").mock(side_effect=fails(failure))
    handle = await run(make("connect").lock(VEHICLE_ID))
    caplog.set_level(logging.INFO, logger="carconnect.ford")
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait())
    assert caught.value.may_have_run is True
    assert isinstance(caught.value.__cause__, error)
    assert caught.value.polls == polls.call_count, "each poll is one request: the wait paces the next"
    assert 1 < polls.call_count <= 15
    assert sum(clock.sleeps) <= 100.0
    assert sent.call_count == 1
    assert caught.value.status is None, "no poll told a status"
    logged = [record.getMessage() for record in caplog.records if record.levelno == logging.INFO]
    assert any(COMMAND_ID in message and "outcome unknown" in message for message in logged)


@pytest.mark.parametrize(("failure", "error"), FAILURES, ids=FAILURE_IDS)
async def test_a_poll_that_fails_is_polled_again(
    make: Any, run: Any, router: respx.MockRouter, failure: Any, error: type[Exception]
) -> None:
    router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    polls = router.get(f"{LOCK}/{COMMAND_ID}").mock(
        side_effect=fails_once(failure, answer("PENDINGRESPONSE"), answer("COMPLETED"))
    )
    handle = await run(make("connect").lock(VEHICLE_ID))
    seen: list[str | None] = []
    result = await run(handle.wait(progress=lambda step: seen.append(step.status)))
    assert (result.status, result.polls, polls.call_count) == ("COMPLETED", 3, 3)
    assert seen == ["PENDINGRESPONSE", "COMPLETED"]


async def test_a_429_slows_the_polls_down_within_the_deadline(
    make: Any, run: Any, router: respx.MockRouter, clock: FakeClock
) -> None:
    router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    limited = httpx.Response(429, headers={"Retry-After": "45"}, json={"statusCode": 429})
    polls = router.get(f"{LOCK}/{COMMAND_ID}").mock(side_effect=fails(limited))
    handle = await run(make("connect").lock(VEHICLE_ID))
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait())
    assert clock.sleeps == [2.0, 45.0, 45.0, 8.0], "Retry-After is waited, the last wait ends at the deadline"
    assert polls.call_count == 4
    assert isinstance(caught.value.__cause__, RateLimitError)


async def test_a_poll_error_that_will_not_pass_ends_the_wait_at_once(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    polls = router.get(f"{LOCK}/{COMMAND_ID}").mock(
        return_value=httpx.Response(403, json={"statusCode": 403, "message": "Forbidden"})
    )
    handle = await run(make("connect").lock(VEHICLE_ID))
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait())
    assert (caught.value.may_have_run, caught.value.polls, polls.call_count) == (True, 1, 1)
    assert isinstance(caught.value.__cause__, PermissionDeniedError)
    report = await run(handle.outcome())
    assert (report.outcome, report.polls) == ("unknown", 1)


async def test_a_pending_answer_after_failed_polls_is_still_pending(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    router.get(f"{LOCK}/{COMMAND_ID}").mock(
        side_effect=[httpx.Response(503, json={"statusCode": 503}), answer("QUEUED")]
    )
    handle = await run(make("connect").lock(VEHICLE_ID))
    with pytest.raises(CommandPendingError, match="still pending") as caught:
        await run(handle.wait(WaitPolicy(max_polls=2)))
    assert (caught.value.status, caught.value.polls, caught.value.__cause__) == ("QUEUED", 2, None)


async def test_fordpass_telemetry_polls_that_fail_leave_the_outcome_unknown(
    make: Any, run: Any, router: respx.MockRouter, clock: FakeClock
) -> None:
    sent = router.post(FORDPASS_COMMANDS).respond(
        201, json={"id": COMMAND_ID, "type": "lock", "currentStatus": "REQUESTED"}
    )
    polls = router.get(TELEMETRY).mock(side_effect=fails(httpx.Response(502, text="Bad Gateway")))
    handle = await run(make("fordpass").lock(VIN))
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait(WaitPolicy(timeout=60.0)))
    assert caught.value.may_have_run is True
    assert isinstance(caught.value.__cause__, VehicleUnavailableError | ServerError)
    assert caught.value.polls == polls.call_count > 1
    assert sum(clock.sleeps) <= 60.0
    assert sent.call_count == 1


async def test_polls_failing_after_a_pending_answer_keep_its_status(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    failed = [httpx.Response(503, json={"statusCode": 503}) for _ in range(2)]
    router.get(f"{LOCK}/{COMMAND_ID}").mock(side_effect=[answer("QUEUED"), *failed])
    handle = await run(make("connect").lock(VEHICLE_ID))
    with pytest.raises(CommandPendingError, match="polling its outcome failed") as caught:
        await run(handle.wait(WaitPolicy(max_polls=3)))
    assert (caught.value.status, caught.value.polls) == ("QUEUED", 3)
    assert isinstance(caught.value.__cause__, ServerError)


async def test_records_and_the_error_name_the_vehicle_and_the_user_the_command_was_sent_for(
    make: Any, run: Any, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    router.post(LOCK).mock(return_value=answer("PENDINGRESPONSE", 202))
    router.get(f"{LOCK}/{COMMAND_ID}").mock(side_effect=fails(httpx.Response(503, json={"statusCode": 503})))
    alice = make("connect", None).for_user(ACCESS_TOKEN, key="alice")
    handle = await run(alice.lock(VEHICLE_ID))
    caplog.set_level(logging.DEBUG, logger="carconnect.ford")
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait(WaitPolicy(max_polls=2)))  # waited for outside the view: the handle knows whose
    sent = f"lock {COMMAND_ID} to vehicle {VEHICLE_ID}"
    assert [record.getMessage() for record in caplog.records if record.name == "carconnect.ford"] == [
        f"{sent} for user alice: PENDINGRESPONSE, poll 1 in 2.0 s",
        f"{sent} for user alice: poll 1 failed (ServerError)",
        f"{sent} for user alice: PENDINGRESPONSE, poll 2 in 3.0 s",
        f"{sent} for user alice: poll 2 failed (ServerError)",
        f"{sent} for user alice: outcome unknown, polling failed (ServerError) until the wait ended after 2 polls",
    ]
    assert caught.value.vehicle == VEHICLE_ID
    assert str(caught.value).startswith(f"{sent}: outcome unknown: Ford accepted the command, then polling")
    assert ACCESS_TOKEN not in caplog.text


async def test_a_fordpass_command_still_pending_names_its_vin(
    make: Any, run: Any, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    router.post(FORDPASS_COMMANDS).respond(201, json={"id": COMMAND_ID, "type": "lock", "currentStatus": "REQUESTED"})
    router.get(TELEMETRY).respond(200, json={"vin": VIN, "states": {}})
    handle = await run(make("fordpass").lock(VIN))
    caplog.set_level(logging.INFO, logger="carconnect.ford")
    with pytest.raises(CommandPendingError) as caught:
        await run(handle.wait(WaitPolicy(max_polls=1)))
    assert str(caught.value).startswith(f"lock {COMMAND_ID} to vehicle {VIN} still pending")
    assert [record.getMessage() for record in caplog.records] == [
        f"lock {COMMAND_ID} to vehicle {VIN}: still {caught.value.status} after 1 polls; gave up waiting"
    ]
