"""The developer portal's backend status: public, against the simulator and mocked answers."""

from __future__ import annotations

import httpx
import pytest

from carconnect.core import USER_AGENT, RequestTimeoutError, ResponseParseError, ServerError, TransportError
from carconnect.sim import Simulator
from carconnect.sim.brands.volvo import portal_status
from carconnect.volvo.status import PORTAL_URL, ApiStatus, aapi_status, api_status


@pytest.fixture
def sim() -> Simulator:
    return Simulator(seed=0)


def test_status_from_the_simulator(sim: Simulator) -> None:
    base = sim.url("volvo", "portal")
    assert api_status(base_url=base, transport=sim.transport()) == ApiStatus(message=None)
    portal_status(sim.state).message = "The Energy API is degraded."
    status = api_status(base_url=base, transport=sim.transport())
    assert (status.ok, status.message) == (False, "The Energy API is degraded.")


async def test_async_status_from_the_simulator(sim: Simulator) -> None:
    status = await aapi_status(base_url=sim.url("volvo", "portal"), transport=sim.async_transport())
    assert status.ok


def _answering(status: int, **kwargs: object) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url == f"{PORTAL_URL}/api/v1/backend-status"
        assert "authorization" not in request.headers
        assert "vcc-api-key" not in request.headers
        return httpx.Response(status, **kwargs)  # type: ignore[arg-type]

    return httpx.MockTransport(handler)


def test_missing_null_and_blank_messages_mean_ok() -> None:
    for body in ({}, {"message": None}, {"message": "  "}):
        assert api_status(transport=_answering(200, json=body)).ok


def test_failures_are_carconnect_errors() -> None:
    with pytest.raises(ServerError):
        api_status(transport=_answering(503, json={"message": "down"}))
    with pytest.raises(ResponseParseError):
        api_status(transport=_answering(200, json={"message": 3}))
    with pytest.raises(ResponseParseError):
        api_status(transport=_answering(200, content=b"<html>"))


def test_a_status_request_without_an_answer_is_named_as_core_names_requests() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    named = f"GET {PORTAL_URL}/api/v1/backend-status"
    with pytest.raises(TransportError) as failed:
        api_status(transport=httpx.MockTransport(refused))
    assert str(failed.value) == f"no HTTP answer from {named}: ConnectError: connection refused"
    with pytest.raises(RequestTimeoutError) as timed_out:
        api_status(transport=httpx.MockTransport(slow))
    assert str(timed_out.value) == f"{named} timed out (ReadTimeout)"


class _Kept(httpx.MockTransport):
    closed = False

    def close(self) -> None:
        self.closed = True


def test_the_request_names_carconnect_and_a_callers_transport_stays_open() -> None:
    agents: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["User-Agent"])
        return httpx.Response(200, json={})

    transport = _Kept(handler)
    assert api_status(transport=transport).ok
    assert agents == [USER_AGENT]
    assert not transport.closed
