"""``answering``: a handler's raised answers, and clients that disconnect before their body arrives."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message

from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.sim.brands import Answer, Handler, answering
from carconnect.sim.errors import CLIENT_GONE

Case = Callable[[Simulator], tuple[str, dict[str, str]]]


def _bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "content-type": "application/json", "accept": "application/json"}


def _fordpass_command(sim: Simulator) -> tuple[str, dict[str, str]]:
    token = sim.issue_token("fordpass", audience="fordpass-autonomic")["access_token"]
    vin = sim.fleet.vehicles("ford")[0].vin
    return f"/ford/autonomic/v1/command/vehicles/{vin}/commands", _bearer(token)


def _fordpass_query(sim: Simulator) -> tuple[str, dict[str, str]]:
    token = sim.issue_token("fordpass", audience="fordpass-autonomic")["access_token"]
    vin = sim.fleet.vehicles("ford")[0].vin
    return f"/ford/autonomic/v1beta/telemetry/sources/fordpass/vehicles/{vin}:query", _bearer(token)


def _volvo_command(sim: Simulator) -> tuple[str, dict[str, str]]:
    token = sim.issue_token("volvo")["access_token"]
    vin = sim.fleet.vehicles("volvo")[0].vin
    headers = {**_bearer(token), "vcc-api-key": DEMO_CLIENTS["volvo"].api_key or ""}
    return f"/volvo/api/connected-vehicle/v2/vehicles/{vin}/commands/lock", headers


def _bmw_container(sim: Simulator) -> tuple[str, dict[str, str]]:
    token = sim.issue_token("bmw")["access_token"]
    return "/bmw/api/customers/containers", {**_bearer(token), "x-version": "v1"}


def _smartcar_command(sim: Simulator) -> tuple[str, dict[str, str]]:
    token = sim.issue_token("smartcar")["access_token"]
    vehicle = sim.fleet.vehicles("smartcar")[0].id
    return f"/smartcar/api/v2.0/vehicles/{vehicle}/security", _bearer(token)


def _token_endpoint(sim: Simulator) -> tuple[str, dict[str, str]]:
    return urlsplit(sim.endpoints("volvo").token_url).path, {"content-type": "application/x-www-form-urlencoded"}


async def _disconnected_post(sim: Simulator, path: str, headers: dict[str, str]) -> list[Message]:
    """POST ``path`` to the app as a client that hangs up before sending its body."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 50000),
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"127.0.0.1"), (b"content-length", b"64")]
        + [(name.encode(), value.encode()) for name, value in headers.items()],
    }
    await sim.app(scope, receive, send)
    return sent


@pytest.mark.parametrize(
    "case",
    [_fordpass_command, _fordpass_query, _volvo_command, _bmw_container, _smartcar_command, _token_endpoint],
)
def test_a_client_gone_before_its_body_gets_499_and_the_handler_does_not_raise(case: Case) -> None:
    sim = Simulator(seed=0)
    path, headers = case(sim)
    sent = asyncio.run(_disconnected_post(sim, path, headers))
    assert sent[0]["type"] == "http.response.start"
    assert sent[0]["status"] == CLIENT_GONE
    assert sim.deliveries.count() == 0  # nothing was executed


class _TeapotError(Exception):
    pass


def test_answering_sends_answers_renders_its_kind_and_lets_other_errors_through() -> None:
    async def raising(request: Request) -> Response:
        raise {"answer": Answer(Response(status_code=418)), "teapot": _TeapotError(), "other": KeyError("x")}[
            request.query_params["raise"]
        ]

    plain = answering(raising)
    rendering = answering(_TeapotError, lambda error: JSONResponse({"teapot": True}, status_code=418))

    def call(handler: Handler, what: str) -> Response:
        async def run() -> Response:
            scope = {"type": "http", "method": "GET", "query_string": f"raise={what}".encode(), "headers": []}
            return await handler(Request(scope))

        return asyncio.run(run())

    assert call(plain, "answer").status_code == 418
    assert call(rendering(raising), "answer").status_code == 418
    assert bytes(call(rendering(raising), "teapot").body) == b'{"teapot":true}'
    with pytest.raises(_TeapotError):
        call(plain, "teapot")
    with pytest.raises(KeyError):
        call(rendering(raising), "other")
    assert rendering(raising).__name__ == "raising"
