"""A v3 answer of 200 or 202 whose ``errors`` document says AUTHENTICATION: Smartcar took the request.
The token is refreshed; a read is sent again with the new one, a command is not (its
``AuthenticationError`` has ``may_have_run``)."""

from __future__ import annotations

import httpx
import pytest
import respx

from carconnect.core import AuthenticationError, FakeClock
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient

from .conftest import TOKEN, USER_ID, V3, VEHICLE

LOCK = f"{V3}/vehicles/{VEHICLE}/commands/security/lock"
SIGNAL = f"{V3}/vehicles/{VEHICLE}/signals/odometer-traveleddistance"
REJECTED = {"errors": [{"status": "401", "type": "AUTHENTICATION", "code": None, "title": "Unauthorized"}]}
LOCKED = {
    "data": {
        "id": "c1",
        "type": "command-execution",
        "attributes": {"commandType": "security-lock", "status": {"value": "SUCCESS"}},
    }
}
SIGNAL_BODY = {
    "id": "odometer-traveleddistance",
    "type": "signal",
    "attributes": {"code": "odometer-traveleddistance", "body": {"value": 10, "unit": "km"}},
}


class AppTokens:
    """An application token source handing out a new token for each rejected one."""

    def __init__(self) -> None:
        self.rejected: list[str] = []

    def get_access_token(self, rejected: str | None = None) -> str:
        if rejected is not None:
            self.rejected.append(rejected)
        return f"app-token-{len(self.rejected)}"

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return self.get_access_token(rejected)


def recording(router: respx.Router, seen: list[str]) -> httpx.MockTransport:
    """A transport on ``router`` noting each request's token as sent (a replay re-signs the same request)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return router.handler(request)

    return httpx.MockTransport(handler)


def client(router: respx.Router, clock: FakeClock, tokens: AppTokens, seen: list[str]) -> SmartcarClient:
    return SmartcarClient(TOKEN, app_token=tokens, user_id=USER_ID, transport=recording(router, seen), clock=clock)


@pytest.mark.parametrize("answered", [200, 202])
def test_a_lock_answered_2xx_with_an_authentication_error_is_sent_once(
    router: respx.Router, clock: FakeClock, answered: int
) -> None:
    route = router.post(LOCK).mock(
        side_effect=[httpx.Response(answered, json=REJECTED), httpx.Response(200, json=LOCKED)]
    )
    tokens, seen = AppTokens(), list[str]()
    with client(router, clock, tokens, seen) as smartcar, pytest.raises(AuthenticationError) as caught:
        smartcar.v3.lock(VEHICLE)
    assert route.call_count == 1
    assert caught.value.may_have_run is True
    assert tokens.rejected == ["app-token-0"], "the token is refreshed for the next call"


@pytest.mark.parametrize("answered", [200, 202])
async def test_an_async_lock_answered_2xx_with_an_authentication_error_is_sent_once(
    router: respx.Router, clock: FakeClock, answered: int
) -> None:
    route = router.post(LOCK).mock(
        side_effect=[httpx.Response(answered, json=REJECTED), httpx.Response(200, json=LOCKED)]
    )
    tokens, seen = AppTokens(), list[str]()
    transport = recording(router, seen)
    async with AsyncSmartcarClient(TOKEN, app_token=tokens, user_id=USER_ID, transport=transport, clock=clock) as sc:
        with pytest.raises(AuthenticationError) as caught:
            await sc.v3.lock(VEHICLE)
    assert route.call_count == 1
    assert caught.value.may_have_run is True


def test_a_read_answered_2xx_with_an_authentication_error_is_replayed_once(
    router: respx.Router, clock: FakeClock
) -> None:
    router.get(SIGNAL).mock(side_effect=[httpx.Response(200, json=REJECTED), httpx.Response(200, json=SIGNAL_BODY)])
    tokens, seen = AppTokens(), list[str]()
    with client(router, clock, tokens, seen) as smartcar:
        assert smartcar.v3.signal(VEHICLE, "odometer-traveleddistance").id == "odometer-traveleddistance"
    assert seen == ["Bearer app-token-0", "Bearer app-token-1"]


def test_a_lock_answered_a_real_401_is_replayed_once(router: respx.Router, clock: FakeClock) -> None:
    """A real HTTP 401 shows Smartcar did not take the command: it goes out once more with a new token."""
    router.post(LOCK).mock(side_effect=[httpx.Response(401, json=REJECTED), httpx.Response(200, json=LOCKED)])
    tokens, seen = AppTokens(), list[str]()
    with client(router, clock, tokens, seen) as smartcar:
        assert smartcar.v3.lock(VEHICLE).succeeded
    assert seen == ["Bearer app-token-0", "Bearer app-token-1"]
