"""A 2xx Ford answer whose body carries the legacy status 401: Ford took the request. The token is
refreshed; a read is sent again with the new one, a command is not (its ``AuthenticationError`` has
``may_have_run``)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from carconnect.core import AuthenticationError
from carconnect.ford import CONNECT_API_URL

VEHICLE_ID = "0" * 32
LOCK = f"{CONNECT_API_URL}/api/fordconnect/v1/vehicles/{VEHICLE_ID}/lock"
VEHICLES = f"{CONNECT_API_URL}/api/fordconnect/v3/vehicles"
ACCEPTED = {"status": "SUCCESS", "commandStatus": "PENDINGRESPONSE", "commandId": "abc"}


class Tokens:
    """A token source handing out a new token for each rejected one."""

    def __init__(self) -> None:
        self.rejected: list[str] = []

    def get_access_token(self, rejected: str | None = None) -> str:
        if rejected is not None:
            self.rejected.append(rejected)
        return f"token-{len(self.rejected)}"

    async def aget_access_token(self, rejected: str | None = None) -> str:
        return self.get_access_token(rejected)


async def test_a_lock_answered_202_with_an_in_body_401_is_sent_once(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    sent = router.post(LOCK).mock(
        side_effect=[httpx.Response(202, json={"status": 401, "commandId": "abc"}), httpx.Response(202, json=ACCEPTED)]
    )
    tokens = Tokens()
    with pytest.raises(AuthenticationError) as caught:
        await run(make("connect", credentials=tokens).lock(VEHICLE_ID))
    assert sent.call_count == 1
    assert caught.value.may_have_run is True
    assert tokens.rejected == ["token-0"], "the token is refreshed for the next call"


async def test_a_read_answered_200_with_an_in_body_401_is_replayed_once(
    make: Any, run: Any, router: respx.MockRouter
) -> None:
    seen: list[str] = []

    def vehicles(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        if len(seen) == 1:
            return httpx.Response(200, json={"status": 401, "message": "token expired"})
        return httpx.Response(200, json={"status": "SUCCESS", "vehicles": [{"vehicleId": VEHICLE_ID}]})

    router.get(VEHICLES).mock(side_effect=vehicles)
    answer = await run(make("connect", credentials=Tokens()).vehicles())
    assert answer.vehicles[0].vehicle_id == VEHICLE_ID
    assert seen == ["Bearer token-0", "Bearer token-1"]
