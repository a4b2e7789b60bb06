"""A 2xx answer whose body rejects the token: the vendor took the request, so a command is not sent
again with a new token (a read is); the token is refreshed either way. Also: calls inside
``without_retries`` get one attempt."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import (
    ApiError,
    AuthenticationError,
    CarConnectAuth,
    FakeClock,
    Policy,
    acall_detailed,
    call_detailed,
)
from carconnect.core.inbody import InBodyStatusPolicy
from carconnect.core.pipeline import (
    ANSWERED_STATUS,
    CommandsSentOncePolicy,
    answered_status,
    answered_success,
    without_retries,
)
from carconnect.sim.testing import RETRY_EVERYTHING

API = "https://api.example.test"
REJECTED = {"status": 401, "message": "token rejected"}


def is_command(request: httpx.Request) -> bool:
    return request.method == "POST"


def in_body_status(body: Any) -> int | None:
    status = body.get("status") if isinstance(body, dict) else None
    return status if isinstance(status, int) and status >= 400 else None


class Tokens:
    """Hands out ``token-N``, a new one for each rejection; ``stored`` is a login stored meanwhile."""

    def __init__(self, stored: str | None = None) -> None:
        self.issued = 0
        self.rejected: list[str] = []
        self.stored = stored

    def get_access_token(self, rejected: str | None = None) -> str:
        if rejected is not None:
            self.rejected.append(rejected)
            self.issued += 1
        return f"token-{self.issued}"

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return self.get_access_token(rejected)

    def stored_access_token(self, refused: str) -> str | None:
        return self.stored

    async def astored_access_token(self, refused: str) -> str | None:
        return self.stored


def signer(tokens: Tokens, clock: FakeClock, *extra: Policy) -> CarConnectAuth:
    policies = (InBodyStatusPolicy(in_body_status, logging.getLogger("test")), CommandsSentOncePolicy(is_command))
    return CarConnectAuth(tokens, retry=RETRY_EVERYTHING, clock=clock, policies=(*policies, *extra))


def recording(router: respx.Router, seen: list[str]) -> httpx.MockTransport:
    """A transport on ``router`` that notes each request's token as sent (the flow re-signs the same
    request object for a replay)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return router.handler(request)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("status", [200, 202])
def test_a_command_answered_2xx_with_an_in_body_401_is_sent_once(status: int, clock: FakeClock) -> None:
    router = respx.Router(base_url=API)
    route = router.post("/lock").mock(side_effect=[httpx.Response(status, json=REJECTED), httpx.Response(200)])
    tokens = Tokens()
    with (
        httpx.Client(base_url=API, transport=httpx.MockTransport(router.handler), auth=signer(tokens, clock)) as http,
        pytest.raises(AuthenticationError) as caught,
    ):
        call_detailed(http.post, "/lock")
    assert route.call_count == 1
    assert caught.value.may_have_run is True
    assert tokens.rejected == ["token-0"], "the refused token is still refreshed for the next call"
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [200, 202])
async def test_an_async_command_answered_2xx_with_an_in_body_401_is_sent_once(status: int, clock: FakeClock) -> None:
    router = respx.Router(base_url=API)
    route = router.post("/lock").mock(side_effect=[httpx.Response(status, json=REJECTED), httpx.Response(200)])
    tokens = Tokens()
    transport = httpx.MockTransport(router.handler)
    async with httpx.AsyncClient(base_url=API, transport=transport, auth=signer(tokens, clock)) as http:
        with pytest.raises(AuthenticationError) as caught:
            await acall_detailed(http.post, "/lock")
    assert route.call_count == 1
    assert caught.value.may_have_run is True
    assert tokens.rejected == ["token-0"]


def test_a_read_with_an_in_body_401_is_replayed_once_with_a_new_token(clock: FakeClock) -> None:
    router = respx.Router(base_url=API)
    router.get("/status").mock(side_effect=[httpx.Response(200, json=REJECTED), httpx.Response(200, json={"ok": True})])
    seen: list[str] = []
    with httpx.Client(base_url=API, transport=recording(router, seen), auth=signer(Tokens(), clock)) as http:
        assert call_detailed(http.get, "/status").json() == {"ok": True}
    assert seen == ["Bearer token-0", "Bearer token-1"]


def test_a_command_answered_a_real_401_is_replayed_once(clock: FakeClock) -> None:
    """A real HTTP 401 shows the command was not run: it goes out once more with a new token."""
    router = respx.Router(base_url=API)
    router.post("/lock").mock(side_effect=[httpx.Response(401, json=REJECTED), httpx.Response(200)])
    seen: list[str] = []
    with httpx.Client(base_url=API, transport=recording(router, seen), auth=signer(Tokens(), clock)) as http:
        assert call_detailed(http.post, "/lock").status_code == 200
    assert seen == ["Bearer token-0", "Bearer token-1"]


def test_a_login_stored_meanwhile_does_not_resend_a_command_the_vendor_took(clock: FakeClock) -> None:
    """A token refused twice in a row is remembered; a login stored since replaces it for reads, but a
    command answered 2xx with an in-body 401 is not sent again with it."""
    router = respx.Router(base_url=API)
    router.get("/status").mock(return_value=httpx.Response(401, json=REJECTED))
    router.post("/lock").mock(side_effect=[httpx.Response(200, json=REJECTED), httpx.Response(200)])
    seen: list[str] = []
    with httpx.Client(base_url=API, transport=recording(router, seen), auth=signer(Tokens("stored"), clock)) as http:
        with pytest.raises(AuthenticationError):
            call_detailed(http.get, "/status")  # token-0 refused, token-1 refused too: remembered
        assert seen == ["Bearer token-0", "Bearer token-1"]
        seen.clear()
        with pytest.raises(AuthenticationError) as caught:
            call_detailed(http.post, "/lock")
        assert seen == ["Bearer token-1"]
        assert caught.value.may_have_run is True
        seen.clear()
        with pytest.raises(AuthenticationError):
            call_detailed(http.get, "/status")  # a read is sent once more with the stored login
        assert seen == ["Bearer token-1", "Bearer stored"]


def test_the_rewritten_answer_keeps_the_status_the_vendor_answered() -> None:
    policy = InBodyStatusPolicy(in_body_status, logging.getLogger("test"))
    request = httpx.Request("POST", f"{API}/lock")
    rewritten = policy.on_response(request, httpx.Response(202, json=REJECTED, request=request))
    assert (rewritten.status_code, rewritten.extensions[ANSWERED_STATUS]) == (401, 202)
    assert (answered_status(rewritten), answered_success(rewritten)) == (202, True)
    real = httpx.Response(401, request=request)
    assert (answered_status(real), answered_success(real)) == (401, False)


def test_a_refusal_status_in_a_2xx_body_does_not_free_a_command_for_a_retry() -> None:
    """A 429 the vendor answers is a refusal; the same status reported in a 2xx body is not: it took the command."""
    policy = CommandsSentOncePolicy(is_command, refused_statuses={429})
    request = httpx.Request("POST", f"{API}/lock")
    in_body = httpx.Response(429, request=request, extensions={ANSWERED_STATUS: 200})
    assert policy.may_retry(request, httpx.Response(429, request=request)) is None
    assert policy.may_retry(request, in_body) is False
    assert policy.may_replay(request, httpx.Response(401, request=request)) is True
    assert policy.may_replay(request, httpx.Response(401, request=request, extensions={ANSWERED_STATUS: 202})) is False
    read = httpx.Request("GET", f"{API}/status")
    assert policy.may_replay(read, httpx.Response(401, request=read, extensions={ANSWERED_STATUS: 200})) is True


def test_calls_inside_without_retries_get_one_attempt(clock: FakeClock) -> None:
    router = respx.Router(base_url=API)
    route = router.get("/status").mock(return_value=httpx.Response(503))
    with httpx.Client(
        base_url=API, transport=httpx.MockTransport(router.handler), auth=signer(Tokens(), clock)
    ) as http:
        with without_retries(), pytest.raises(ApiError):
            call_detailed(http.get, "/status")
        assert route.call_count == 1
        with pytest.raises(ApiError):
            call_detailed(http.get, "/status")
    assert route.call_count == 1 + 1 + RETRY_EVERYTHING.max_retries


async def test_async_calls_inside_without_retries_get_one_attempt(clock: FakeClock) -> None:
    router = respx.Router(base_url=API)
    route = router.get("/status").mock(side_effect=[httpx.RemoteProtocolError("dropped"), httpx.Response(200)])
    transport = httpx.MockTransport(router.handler)
    async with httpx.AsyncClient(base_url=API, transport=transport, auth=signer(Tokens(), clock)) as http:
        with without_retries(), pytest.raises(Exception, match="dropped"):
            await acall_detailed(http.get, "/status")
    assert route.call_count == 1
