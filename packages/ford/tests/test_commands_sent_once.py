"""A Ford command is sent once even under a caller's ``retry=`` that retries every method and status."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from carconnect.core import RequestTimeoutError, ServerError, TransportError
from carconnect.ford import AUTONOMIC_URL, CONNECT_API_URL
from carconnect.sim.testing import RETRY_EVERYTHING

VEHICLE_ID = "12341234123412341234123412341234"
VIN = "1FTFW1E50PFA00001"
V1 = f"{CONNECT_API_URL}/api/fordconnect/v1/vehicles/{VEHICLE_ID}"
FORDPASS_COMMANDS = f"{AUTONOMIC_URL}/v1/command/vehicles/{VIN}/commands"
ACCEPTED = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": "c-1"}


FAULTS: list[tuple[str, httpx.Response | Exception, type[Exception]]] = [
    ("502", httpx.Response(502, text="bad gateway"), ServerError),
    ("503", httpx.Response(503, json={"statusCode": 503, "message": "Service Unavailable"}), ServerError),
    ("dropped", httpx.RemoteProtocolError("Server disconnected without sending a response"), TransportError),
    ("read-timeout", httpx.ReadTimeout("slow"), RequestTimeoutError),
]
IDS = [case[0] for case in FAULTS]
CASES = [case[1:] for case in FAULTS]


@pytest.mark.parametrize(("fault", "error"), CASES, ids=IDS)
async def test_a_fordconnect_command_is_sent_once(
    make: Any, run: Any, router: respx.MockRouter, fault: httpx.Response | Exception, error: type[Exception]
) -> None:
    lock = router.post(f"{V1}/lock").mock(side_effect=[fault, httpx.Response(202, json=ACCEPTED)])
    client = make("connect", retry=RETRY_EVERYTHING)
    with pytest.raises(error):
        await run(client.lock(VEHICLE_ID))
    assert lock.call_count == 1


@pytest.mark.parametrize(("fault", "error"), CASES, ids=IDS)
async def test_a_fordpass_command_is_sent_once(
    make: Any, run: Any, router: respx.MockRouter, fault: httpx.Response | Exception, error: type[Exception]
) -> None:
    accepted = httpx.Response(201, json={"id": "c-1", "currentStatus": "REQUESTED"})
    sent = router.post(FORDPASS_COMMANDS).mock(side_effect=[fault, accepted])
    client = make("fordpass", retry=RETRY_EVERYTHING)
    with pytest.raises(error):
        await run(client.lock(VIN))
    assert sent.call_count == 1


async def test_a_rate_limited_command_may_go_again(make: Any, run: Any, router: respx.MockRouter) -> None:
    """Ford's 429 means it took nothing; with Retry-After the retry policy waits it out and sends again."""
    limited = httpx.Response(429, json={"statusCode": 429, "message": "Rate limit"}, headers={"Retry-After": "2"})
    lock = router.post(f"{V1}/lock").mock(side_effect=[limited, httpx.Response(202, json=ACCEPTED)])
    handle = await run(make("connect", retry=RETRY_EVERYTHING).lock(VEHICLE_ID))
    assert handle.command_id == "c-1"
    assert lock.call_count == 2
