"""``CommandsSentOncePolicy``: a brand's commands are never sent again once they may have reached the
vendor, whatever the caller's ``retry=`` allows; only a refusal the brand names, or an attempt that
never left, leaves the decision to the retry policy."""

from __future__ import annotations

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    CarConnectAuth,
    FakeClock,
    Policy,
    TransportError,
    acall_detailed,
    call_detailed,
)
from carconnect.core.pipeline import CommandsSentOncePolicy
from carconnect.sim.testing import RETRY_EVERYTHING

API = "https://api.example.test"


def is_command(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.startswith("/commands/")


SENT_ONCE = CommandsSentOncePolicy(is_command, refused_statuses={429})
COMMAND = httpx.Request("POST", f"{API}/commands/lock")


@pytest.mark.parametrize(
    ("outcome", "verdict"),
    [
        (httpx.Response(502), False),
        (httpx.Response(503, headers={"Retry-After": "1"}), False),
        (httpx.Response(500), False),
        (httpx.Response(400), False),
        (httpx.ReadTimeout("slow"), False),
        (httpx.RemoteProtocolError("Server disconnected"), False),
        (httpx.ReadError("reset"), False),
        (httpx.WriteError("broken pipe"), False),
        (httpx.Response(429), None),
        (httpx.ConnectError("refused"), None),
        (httpx.ConnectTimeout("no route"), None),
        (httpx.PoolTimeout("no slot"), None),
    ],
    ids=[
        "502",
        "503-retry-after",
        "500",
        "400",
        "read-timeout",
        "dropped",
        "reset",
        "write-error",
        "refused-429",
        "never-connected",
        "connect-timeout",
        "pool-timeout",
    ],
)
def test_the_verdict_on_a_command(outcome: httpx.Response | httpx.TransportError, verdict: bool | None) -> None:
    assert SENT_ONCE.may_retry(COMMAND, outcome) is verdict


def test_a_request_that_is_no_command_is_left_alone() -> None:
    for request in (httpx.Request("GET", f"{API}/commands/lock"), httpx.Request("POST", f"{API}/query")):
        assert SENT_ONCE.may_retry(request, httpx.Response(502)) is None
        assert SENT_ONCE.may_retry(request, httpx.ReadTimeout("slow")) is None


def test_without_refusal_statuses_even_a_429_is_final() -> None:
    strict = CommandsSentOncePolicy(is_command)
    assert strict.may_retry(COMMAND, httpx.Response(429, headers={"Retry-After": "1"})) is False
    assert strict.may_retry(COMMAND, httpx.ConnectError("refused")) is None
    assert "is_command" in repr(strict)


class ForcesRetries(Policy):
    """A rule that says "retry" for everything: the command rule must still win."""

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        return True


FAULTS = [
    httpx.Response(502),
    httpx.Response(503),
    httpx.RemoteProtocolError("Server disconnected without sending a response"),
]
FAULT_IDS = ["502", "503", "dropped"]


def auth(clock: FakeClock, *policies: Policy) -> CarConnectAuth:
    return CarConnectAuth(None, retry=RETRY_EVERYTHING, clock=clock, policies=policies)


@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
def test_a_command_goes_on_the_wire_once_under_a_retry_everything_policy(
    fault: httpx.Response | Exception, clock: FakeClock
) -> None:
    router = respx.Router(base_url=API)
    route = router.post("/commands/lock").mock(side_effect=[fault, httpx.Response(200)])
    transport = httpx.MockTransport(router.handler)
    policies = (SENT_ONCE, ForcesRetries())
    with (
        httpx.Client(base_url=API, transport=transport, auth=auth(clock, *policies)) as http,
        pytest.raises((ApiError, TransportError)),
    ):
        call_detailed(http.post, "/commands/lock")
    assert route.call_count == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
async def test_an_async_command_goes_on_the_wire_once_under_a_retry_everything_policy(
    fault: httpx.Response | Exception, clock: FakeClock
) -> None:
    router = respx.Router(base_url=API)
    route = router.post("/commands/lock").mock(side_effect=[fault, httpx.Response(200)])
    transport = httpx.MockTransport(router.handler)
    async with httpx.AsyncClient(base_url=API, transport=transport, auth=auth(clock, SENT_ONCE)) as http:
        with pytest.raises((ApiError, TransportError)):
            await acall_detailed(http.post, "/commands/lock")
    assert route.call_count == 1


def test_reads_and_refusals_keep_the_callers_retries(clock: FakeClock) -> None:
    router = respx.Router(base_url=API)
    read = router.get("/commands/lock").mock(side_effect=[httpx.Response(502), httpx.Response(200)])
    refused = router.post("/commands/honk").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(200)]
    )
    never_left = router.post("/commands/flash").mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200)])
    transport = httpx.MockTransport(router.handler)
    with httpx.Client(base_url=API, transport=transport, auth=auth(clock, SENT_ONCE)) as http:
        assert call_detailed(http.get, "/commands/lock").status_code == 200
        assert call_detailed(http.post, "/commands/honk").status_code == 200
        assert call_detailed(http.post, "/commands/flash").status_code == 200
    assert (read.call_count, refused.call_count, never_left.call_count) == (2, 2, 2)
