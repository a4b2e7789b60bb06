"""A vendor that keeps refusing even newly issued tokens costs one refresh, not one per call."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from carconnect.core import (
    AsyncClientBase,
    AuthenticationError,
    ClientBase,
    FakeClock,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    Token,
    TokenManager,
)
from carconnect.core.refusals import FORGET_AFTER, REFUSALS_BEFORE_STOP

from .conftest import NumberingRefresher

API = "https://api.example.test"
URL = f"{API}/vehicles/V1/odometer"


class Vendor:
    """Answers 401 to every token in ``refused``, 200 to any other; records the tokens it saw."""

    def __init__(self, refused: Callable[[str], bool]) -> None:
        self.refused = refused
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.headers["Authorization"].removeprefix("Bearer ")
        self.seen.append(token)
        if self.refused(token):
            return httpx.Response(401, json={"message": "access withdrawn"})
        return httpx.Response(200, json={"ok": True})


def read(
    vendor: Vendor, refresher: NumberingRefresher, clock: FakeClock, calls: int, *, use_async: bool
) -> list[Exception]:
    """``calls`` reads through one client; the error each one raised."""
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), refresher, clock=clock)
    transport = httpx.MockTransport(vendor)
    errors: list[Exception] = []
    if use_async:

        async def run() -> None:
            base = AsyncClientBase(manager, transport=transport, clock=clock)
            http = base.http_client_for(API)
            for _ in range(calls):
                try:
                    await http.get(URL)
                except AuthenticationError as exc:
                    errors.append(exc)
            await base.aclose()

        asyncio.run(run())
        return errors
    base = ClientBase(manager, transport=transport, clock=clock)
    http = base.http_client_for(API)
    for _ in range(calls):
        try:
            http.get(URL)
        except AuthenticationError as exc:
            errors.append(exc)
    base.close()
    return errors


@pytest.mark.parametrize("use_async", [False, True])
def test_a_lasting_refusal_is_refreshed_once_and_then_no_longer_sent(clock: FakeClock, use_async: bool) -> None:
    vendor, refresher = Vendor(lambda token: True), NumberingRefresher()
    errors = read(vendor, refresher, clock, 20, use_async=use_async)
    assert refresher.calls == 1
    # the first call: at-0, then at-1 (refused too); then at-1 alone until refused 10 times in a row
    assert vendor.seen == ["at-0"] + ["at-1"] * REFUSALS_BEFORE_STOP
    assert len(errors) == 20
    local = errors[-1]
    assert isinstance(local, ReauthorizationRequiredError)
    assert local.code == "token_refused"
    assert local.details["local"]
    assert local.status_code is None
    assert "at-1" not in str(local)
    assert "at-1" not in repr(local)
    assert not any(isinstance(error, ReauthorizationRequiredError) for error in errors[: REFUSALS_BEFORE_STOP - 1])


def test_a_token_accepted_again_is_forgotten(clock: FakeClock) -> None:
    refusing = {"on": True}
    vendor, refresher = Vendor(lambda token: refusing["on"]), NumberingRefresher()
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), refresher, clock=clock)
    base = ClientBase(manager, transport=httpx.MockTransport(vendor), clock=clock)
    http = base.http_client_for(API)
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            http.get(URL)
    refusing["on"] = False
    assert http.get(URL).status_code == 200
    refusing["on"] = True  # refused again later: one refresh and one replay, as for any refusal
    with pytest.raises(AuthenticationError):
        http.get(URL)
    assert refresher.calls == 2
    assert vendor.seen[-2:] == ["at-1", "at-2"]
    base.close()


@pytest.mark.parametrize("refusals", [2, REFUSALS_BEFORE_STOP + 2])
def test_a_new_login_stored_by_another_process_is_used_at_once(clock: FakeClock, refusals: int) -> None:
    """Whether the refused token is still sent (refused twice) or no longer (refused 12 times)."""
    vendor, refresher = Vendor(lambda token: token != "at-new"), NumberingRefresher()
    store = MemoryTokenStore(Token("at-0", "rt-0"))
    base = ClientBase(TokenManager(store, refresher, clock=clock), transport=httpx.MockTransport(vendor), clock=clock)
    http = base.http_client_for(API)
    for _ in range(refusals):
        with pytest.raises(AuthenticationError):
            http.get(URL)
    sent = len(vendor.seen)
    store.save(Token("at-new", "rt-new"))  # the user logs in again, through another process
    assert [http.get(URL).status_code for _ in range(2)] == [200, 200]
    assert refresher.calls == 1
    stopped = refusals > REFUSALS_BEFORE_STOP
    assert vendor.seen[sent:] == (["at-new"] * 2 if stopped else ["at-1", "at-new", "at-new"])
    base.close()


async def test_an_async_client_uses_a_new_login_at_once(clock: FakeClock) -> None:
    vendor, refresher = Vendor(lambda token: token != "at-new"), NumberingRefresher()
    store = MemoryTokenStore(Token("at-0", "rt-0"))
    manager = TokenManager(store, refresher, clock=clock)
    async with AsyncClientBase(manager, transport=httpx.MockTransport(vendor), clock=clock) as base:
        http = base.http_client_for(API)
        for _ in range(REFUSALS_BEFORE_STOP + 2):
            with pytest.raises(AuthenticationError):
                await http.get(URL)
        store.save(Token("at-new", "rt-new"))
        assert (await http.get(URL)).status_code == 200
    assert vendor.seen[-1] == "at-new"
    assert refresher.calls == 1


def test_a_lasting_refusal_costs_one_new_token_per_forget_period(clock: FakeClock) -> None:
    vendor, refresher = Vendor(lambda token: True), NumberingRefresher()
    manager = TokenManager(MemoryTokenStore(Token("at-0", "rt-0")), refresher, clock=clock)
    base = ClientBase(manager, transport=httpx.MockTransport(vendor), clock=clock)
    http = base.http_client_for(API)
    for _ in range(3):
        for _ in range(30):
            with pytest.raises(AuthenticationError):
                http.get(URL)
        clock.advance(FORGET_AFTER)
    assert refresher.calls == 3
    assert len(vendor.seen) == 3 * (REFUSALS_BEFORE_STOP + 1)
    base.close()


def test_the_refusal_is_logged_once_without_the_token(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    vendor, refresher = Vendor(lambda token: True), NumberingRefresher()
    with caplog.at_level("DEBUG", logger="carconnect"):
        read(vendor, refresher, clock, 5, use_async=False)
    warnings = [record.getMessage() for record in caplog.records if "newly issued" in record.getMessage()]
    assert len(warnings) == 1
    assert "GET https://api.example.test/vehicles/V1/odometer" in warnings[0]
    assert not any("at-1" in record.getMessage() or "at-0" in record.getMessage() for record in caplog.records)
