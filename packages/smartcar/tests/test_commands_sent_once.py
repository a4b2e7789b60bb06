"""A command is sent once even under a caller's ``retry=`` that retries every method and status, and a
v3 command only counts as succeeded once it finished."""

from __future__ import annotations

import httpx
import pytest
import respx

from carconnect.core import (
    FakeClock,
    RateLimitError,
    RequestTimeoutError,
    ResponseParseError,
    ServerError,
    TransportError,
)
from carconnect.core.pipeline import CommandsSentOncePolicy
from carconnect.sim.testing import RETRY_EVERYTHING
from carconnect.smartcar.retry import COMMANDS_SENT_ONCE, ResolutionPolicy, is_command

from .conftest import API, V3, VEHICLE, make_async_client, make_client

SECURITY = f"{API}/vehicles/{VEHICLE}/security"
V3_LOCK = f"{V3}/vehicles/{VEHICLE}/commands/security/lock"
DONE = httpx.Response(200, json={"status": "success", "message": "ok"})


FAULTS: list[tuple[str, httpx.Response | Exception, type[Exception]]] = [
    ("502", httpx.Response(502, text="<html>Bad Gateway</html>"), ServerError),
    ("503", httpx.Response(503, text="<html>Service Unavailable</html>"), ServerError),
    ("429", httpx.Response(429, text="<html>Too Many Requests</html>"), RateLimitError),
    ("dropped", httpx.RemoteProtocolError("Server disconnected without sending a response"), TransportError),
    ("read-timeout", httpx.ReadTimeout("slow"), RequestTimeoutError),
]
IDS = [case[0] for case in FAULTS]
CASES = [case[1:] for case in FAULTS]


def test_the_client_lists_cores_command_rule_with_smartcars_predicate() -> None:
    assert isinstance(COMMANDS_SENT_ONCE, CommandsSentOncePolicy)
    assert COMMANDS_SENT_ONCE.is_command is is_command
    assert COMMANDS_SENT_ONCE.refused_statuses == frozenset()  # Smartcar asks that commands not be retried
    with make_client(respx.Router(), FakeClock()) as client:
        assert COMMANDS_SENT_ONCE in client.policies
        assert any(isinstance(policy, ResolutionPolicy) for policy in client.policies)


@pytest.mark.parametrize(("fault", "error"), CASES, ids=IDS)
def test_a_command_is_sent_once_under_a_retry_everything_policy(
    router: respx.Router, clock: FakeClock, fault: httpx.Response | Exception, error: type[Exception]
) -> None:
    route = router.post(SECURITY).mock(side_effect=[fault, DONE])
    with make_client(router, clock, retry=RETRY_EVERYTHING) as client, pytest.raises(error):
        client.lock(VEHICLE)
    assert route.call_count == 1


@pytest.mark.parametrize(("fault", "error"), CASES, ids=IDS)
async def test_an_async_v3_command_is_sent_once_under_a_retry_everything_policy(
    router: respx.Router, clock: FakeClock, fault: httpx.Response | Exception, error: type[Exception]
) -> None:
    route = router.post(V3_LOCK).mock(side_effect=[fault, DONE])
    async with make_async_client(router, clock, retry=RETRY_EVERYTHING) as client:
        with pytest.raises(error):
            await client.v3.lock(VEHICLE)
    assert route.call_count == 1


def test_a_command_whose_connection_never_opened_goes_again(router: respx.Router, clock: FakeClock) -> None:
    route = router.post(SECURITY).mock(side_effect=[httpx.ConnectError("refused"), DONE])
    with make_client(router, clock, retry=RETRY_EVERYTHING) as client:
        client.lock(VEHICLE)
    assert route.call_count == 2


EXECUTION = {"id": "e1", "type": "command-execution", "attributes": {"status": {"value": "SUCCESS"}}}


@pytest.mark.parametrize(("status", "succeeded"), [(200, True), (202, False)], ids=["finished", "still-running"])
def test_a_v3_command_succeeded_only_once_finished(
    router: respx.Router, clock: FakeClock, status: int, succeeded: bool
) -> None:
    router.post(V3_LOCK).respond(status, json={"data": EXECUTION})
    with make_client(router, clock) as client:
        result = client.v3.lock(VEHICLE)
    assert (result.finished, result.succeeded) == (status == 200, succeeded)


def test_a_v3_command_accepted_without_a_body_may_have_run(router: respx.Router, clock: FakeClock) -> None:
    router.post(V3_LOCK).respond(200, content=b"")
    with make_client(router, clock) as client, pytest.raises(ResponseParseError) as caught:
        client.v3.lock(VEHICLE)
    assert caught.value.may_have_run is True
