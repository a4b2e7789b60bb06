"""``CarConnectError.may_have_run``: set where a request that changes something reached the vendor and
its outcome is not settled, so callers never send a command twice on an error that leaves it open."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest

from carconnect.core import (
    AccessTokenCallback,
    AsyncClientBase,
    BadRequestError,
    CarConnectError,
    ClientBase,
    ErrorDetails,
    FakeClock,
    MemoryTokenStore,
    RequestTimeoutError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    Token,
    TokenManager,
    TransportError,
    VehicleStateError,
    acall,
    call,
)

API = "https://api.example.test"
Answer = Callable[[httpx.Request], httpx.Response]


@dataclass(frozen=True)
class Detailed:
    """Shaped like a generated ``Response[T]``."""

    parsed: dict[str, Any] | None
    content: bytes
    status_code: int = 200


def _detailed(response: httpx.Response) -> Detailed:
    return Detailed(parsed=response.json(), content=response.content, status_code=response.status_code)


def lock(vin: str, *, client: httpx.Client) -> Detailed:
    return _detailed(client.request("POST", f"/vehicles/{vin}/commands/lock"))


async def alock(vin: str, *, client: httpx.AsyncClient) -> Detailed:
    return _detailed(await client.request("POST", f"/vehicles/{vin}/commands/lock"))


def read(vin: str, *, client: httpx.Client) -> Detailed:
    return _detailed(client.request("GET", f"/vehicles/{vin}/odometer"))


class Refresher:
    def __init__(self, failure: CarConnectError | None = None) -> None:
        self.failure = failure

    def refresh(self, token: Token) -> Token:
        if self.failure is not None:
            raise self.failure
        return Token("at-1", "rt-1")

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def recording(sent: list[httpx.Request]) -> Answer:
    """Answers success and keeps every request that reached the server in ``sent``."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "done"})

    return answer


def raising(error: type[httpx.TransportError]) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        raise error("as the network did", request=request)

    return answer


def answering(status: int, content: bytes = b'{"status": "done"}') -> Answer:
    return lambda request: httpx.Response(status, content=content)


def gzip_garbled(status: int) -> Answer:
    """An answer whose body says gzip and is not: httpx fails to decode it."""
    return lambda request: httpx.Response(
        status, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"}
    )


class DroppedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose connection drops after the head arrived."""

    def __iter__(self) -> Iterator[bytes]:
        raise httpx.ReadError("connection dropped in the body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:  # raises as the sync body does
            yield chunk


def body_dropped(status: int) -> Answer:
    return lambda request: httpx.Response(status, stream=DroppedBody())


CASES = [
    pytest.param(answering(502, b"bad gateway"), ServerError, True, id="5xx"),
    pytest.param(answering(200, b"{truncated"), ResponseParseError, True, id="unreadable-2xx"),
    pytest.param(raising(httpx.ReadTimeout), RequestTimeoutError, True, id="read-timeout"),
    pytest.param(raising(httpx.RemoteProtocolError), TransportError, True, id="dropped-after-sending"),
    pytest.param(answering(400, b'{"error": "bad"}'), BadRequestError, False, id="refused-4xx"),
    pytest.param(raising(httpx.ConnectError), TransportError, False, id="never-connected"),
    pytest.param(raising(httpx.ConnectTimeout), RequestTimeoutError, False, id="connect-timeout"),
    pytest.param(raising(httpx.ProxyError), TransportError, False, id="proxy-refused-the-tunnel"),
    pytest.param(gzip_garbled(200), ResponseParseError, True, id="undecodable-2xx"),
    pytest.param(gzip_garbled(409), ResponseParseError, False, id="undecodable-409"),
    pytest.param(body_dropped(200), TransportError, True, id="2xx-body-dropped"),
    pytest.param(body_dropped(409), TransportError, False, id="409-body-dropped"),
]


def manager(clock: FakeClock, refresher: Refresher | None = None, *, expired: bool = False) -> TokenManager:
    expires_at = clock.now() + timedelta(hours=-1 if expired else 1)
    return TokenManager(
        MemoryTokenStore(Token("at-0", "rt-0", expires_at=expires_at)), refresher or Refresher(), clock=clock
    )


def options(answer: Answer, clock: FakeClock) -> dict[str, Any]:
    transport = httpx.MockTransport(answer)
    retry = RetryPolicy(rng=lambda: 0, max_retries=0)
    return {"transport": transport, "retry": retry, "clock": clock}


@pytest.mark.parametrize(("answer", "expected", "may_have_run"), CASES)
def test_a_command_error_says_whether_the_command_may_have_run(
    answer: Answer, expected: type[CarConnectError], may_have_run: bool, clock: FakeClock
) -> None:
    with ClientBase(manager(clock), **options(answer, clock)) as base, pytest.raises(expected) as caught:
        call(lock, "V1", client=base.http_client_for(API))
    assert caught.value.may_have_run is may_have_run


@pytest.mark.parametrize(("answer", "expected", "may_have_run"), CASES)
async def test_an_async_command_error_says_whether_the_command_may_have_run(
    answer: Answer, expected: type[CarConnectError], may_have_run: bool, clock: FakeClock
) -> None:
    async with AsyncClientBase(manager(clock), **options(answer, clock)) as base:
        with pytest.raises(expected) as caught:
            await acall(alock, "V1", client=base.http_client_for(API))
    assert caught.value.may_have_run is may_have_run


@pytest.mark.parametrize(("answer", "expected", "_"), CASES)
def test_a_read_never_may_have_run(answer: Answer, expected: type[CarConnectError], _: bool, clock: FakeClock) -> None:
    with ClientBase(manager(clock), **options(answer, clock)) as base, pytest.raises(expected) as caught:
        call(read, "V1", client=base.http_client_for(API))
    assert caught.value.may_have_run is False


def test_a_login_server_failure_before_the_command_went_out_is_not_unsettled(clock: FakeClock) -> None:
    """The token refresh failed with a 5xx: the command itself was never sent."""
    sent: list[httpx.Request] = []
    refresher = Refresher(ServerError("the login server is down", status_code=503))
    base = ClientBase(manager(clock, refresher, expired=True), **options(recording(sent), clock))
    with base, pytest.raises(ServerError) as caught:
        call(lock, "V1", client=base.http_client_for(API))
    assert sent == []
    assert caught.value.may_have_run is False


def test_a_token_callback_failing_on_its_own_request_leaves_the_command_unsent(clock: FakeClock) -> None:
    """The application's token getter timed out talking to its vault: the command never went out."""
    vault = httpx.Request("POST", "https://vault.example.test/token")

    def token() -> str:
        raise httpx.ReadTimeout("the vault did not answer", request=vault)

    sent: list[httpx.Request] = []
    base = ClientBase(AccessTokenCallback(token), **options(recording(sent), clock))
    with base, pytest.raises(RequestTimeoutError) as caught:
        call(lock, "V1", client=base.http_client_for(API))
    assert sent == []
    assert caught.value.may_have_run is False


def refusing_with_a_5xx(status: int, body: Any, headers: httpx.Headers) -> ErrorDetails | None:
    """A vendor that answers a refusal with a 503 (Volvo's car in use or asleep)."""
    return ErrorDetails(VehicleStateError, code="BUSY") if status == 503 else None


def test_a_refusal_the_vendor_sends_with_a_5xx_is_settled(clock: FakeClock) -> None:
    base = ClientBase(manager(clock), error_mapper=refusing_with_a_5xx, **options(answering(503, b"car in use"), clock))
    with base, pytest.raises(VehicleStateError) as caught:
        call(lock, "V1", client=base.http_client_for(API))
    assert caught.value.may_have_run is False


async def test_a_token_source_calling_through_another_carconnect_client_leaves_the_command_unsent(
    clock: FakeClock,
) -> None:
    """The vault's client is signed by carconnect too: its request must not pass for the command's."""

    def vault(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("the vault dropped the connection", request=request)

    async def own_key() -> str:
        return "vault-key"

    sent: list[httpx.Request] = []
    async with AsyncClientBase(AccessTokenCallback(aget=own_key), **options(vault, clock)) as vault_base:

        async def token() -> str:
            answer = await vault_base.http_client_for("https://vault.example.test").post("/token")
            return answer.text

        async with AsyncClientBase(AccessTokenCallback(aget=token), **options(recording(sent), clock)) as base:
            with pytest.raises(CarConnectError) as caught:
                await acall(alock, "V1", client=base.http_client_for(API))
    assert sent == []
    assert caught.value.may_have_run is False
