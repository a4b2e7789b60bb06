"""BMW's rules as policies, which errors may refresh the token, and core's client options."""

from __future__ import annotations

import errno
import gc
import logging
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from carconnect.bmw import (
    API_URL,
    AsyncBmwClient,
    BmwClient,
    ImageAcceptPolicy,
    QuotaBudget,
    QuotaPolicy,
    RollingWindow,
)
from carconnect.bmw.errors import map_cardata_error
from carconnect.bmw.policies import QuotaState
from carconnect.core import (
    FakeClock,
    PermissionDeniedError,
    QuotaExceededError,
    RetryPolicy,
    ServerError,
    StoreUnavailableError,
    Token,
    TokenManager,
)
from carconnect.core.mapping import classify_response
from carconnect.core.users import UserScope, UserView

VIN = "WBA5P7C05N1234567"
MAPPINGS = "/customers/vehicles/mappings"
IMAGE = f"/customers/vehicles/{VIN}/image"
ACCESS_TOKEN = "secret-access-token"
QUOTA_BODY = {"exveErrorId": "CU-429", "exveErrorMsg": "API rate limit reached", "exveNote": "Daily limit reached."}


def cardata_error(status: int, error_id: str, message: str = "m") -> httpx.Response:
    return httpx.Response(status, json={"exveErrorId": error_id, "exveErrorMsg": message, "exveNote": "n"})


def request(path: str = MAPPINGS) -> httpx.Request:
    return httpx.Request("GET", f"{API_URL}{path}")


# ---- policies as units ---------------------------------------------------------------------------


def test_the_quota_policy_spends_one_call_per_attempt_and_refuses_when_spent(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    policy = QuotaPolicy(QuotaBudget(limit=2, clock=clock))
    assert policy.on_request(request()) == 0.0
    assert policy.on_request(request()) == 0.0
    with pytest.raises(QuotaExceededError, match="refused locally"):
        policy.on_request(request())
    assert policy.budget.status().used == 2
    assert [record.name for record in caplog.records] == ["carconnect.bmw"]


def test_the_quota_policy_blocks_the_budget_on_cu_429(clock: FakeClock) -> None:
    clock.advance(12 * 3600)  # noon: long after the daily reset
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    policy.on_response(request(), cardata_error(403, "CU-404"))
    assert not policy.budget.status().blocked_by_server
    policy.on_response(request(), httpx.Response(403, json=QUOTA_BODY))
    assert policy.budget.status().blocked_by_server
    assert policy.budget.remaining() == 0


def test_a_cu_429_just_after_the_reset_holds_back_briefly_then_probes_bmw_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Our day began, BMW's not yet (its clock a little behind): the budget must not block for a day."""
    caplog.set_level(logging.DEBUG, logger="carconnect")
    clock = FakeClock(datetime(2026, 3, 2, 0, 0, 5, tzinfo=UTC))
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    probe = request()
    policy.on_request(probe)
    policy.on_response(probe, httpx.Response(403, json=QUOTA_BODY))
    status = policy.budget.status()
    assert (status.used, status.blocked_by_server) == (0, False)  # BMW refused it before its day: refunded
    assert policy.noted_state() == QuotaState(calls_left=0, limit=50, frees_in=60.0)
    clock.advance(30)
    with pytest.raises(QuotaExceededError, match="just after our daily reset") as held:
        policy.on_request(request())
    assert (held.value.code, held.value.retry_after, held.value.details["local"]) == ("CU-429", 30.0, True)
    clock.advance(30)  # 00:01:05: a call probes BMW again, which has still not begun its day
    probe = request()
    policy.on_request(probe)
    policy.on_response(probe, httpx.Response(403, json=QUOTA_BODY))
    clock.advance(60)
    policy.on_request(request())  # 00:02:05: BMW's day began; this call went through
    warnings = [record.getMessage() for record in caplog.records if record.levelname == "WARNING"]
    assert len(warnings) == 1  # one per reset, however often BMW is probed
    assert "5 s after our reset at 2026-03-02T00:00:00+00:00" in warnings[0]
    clock.advance(5 * 60)  # 00:07:05, long enough after the reset: a CU-429 means the day is spent
    probe = request()
    policy.on_request(probe)
    policy.on_response(probe, httpx.Response(403, json=QUOTA_BODY))
    status = policy.budget.status()
    assert (status.used, status.blocked_by_server) == (2, True)
    assert status.resets_at == datetime(2026, 3, 3, tzinfo=UTC)


def test_a_cu_429_blocks_a_rolling_window_however_recent_its_calls() -> None:
    clock = FakeClock(datetime(2026, 3, 2, 0, 0, 5, tzinfo=UTC))
    policy = QuotaPolicy(QuotaBudget(reset=RollingWindow(), clock=clock))
    policy.on_request(request())
    policy.on_response(request(), httpx.Response(403, json=QUOTA_BODY))
    assert policy.budget.status().blocked_by_server


def test_the_quota_policy_refunds_only_what_never_left(clock: FakeClock) -> None:
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    slow, refused = request(), request()
    policy.on_request(slow)
    policy.on_request(refused)
    policy.on_transport_error(slow, httpx.ReadTimeout("slow"))
    assert policy.budget.status().used == 2
    policy.on_transport_error(refused, httpx.ConnectError("refused"))
    assert policy.budget.status().used == 1


def test_an_attempt_not_sent_after_all_is_refunded_once(clock: FakeClock) -> None:
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    sent, cancelled = request(), request()
    policy.on_request(sent)
    policy.on_request(cancelled)
    policy.on_unsent(cancelled)  # cancelled (or refused by another policy) before it went
    assert policy.budget.status().used == 1
    policy.on_unsent(cancelled)
    policy.on_transport_error(cancelled, httpx.ConnectError("refused"))
    assert policy.budget.status().used == 1  # refunded once only


def test_a_new_attempt_keeps_the_previous_one_counted(clock: FakeClock) -> None:
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    replayed = request()
    policy.on_request(replayed)  # sent, answered 401
    policy.on_request(replayed)  # the replay with a fresh token, then cancelled before it went
    policy.on_unsent(replayed)
    assert policy.budget.status().used == 1


def test_a_refund_after_the_daily_reset_takes_back_nothing_of_the_new_day() -> None:
    clock = FakeClock(datetime(2026, 3, 1, 23, 59, 58, tzinfo=UTC))
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    before_midnight, after_midnight = request(), request()
    policy.on_request(before_midnight)
    clock.advance(3)
    policy.on_request(after_midnight)  # another thread's call, counted for the new day
    clock.advance(2)
    policy.on_transport_error(before_midnight, httpx.ConnectTimeout("no connection"))
    assert policy.budget.status().used == 1  # the new day's call still counts


def test_a_spent_budget_warns_once_per_exhaustion_window_and_refusals_log_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    clock = FakeClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    policy = QuotaPolicy(QuotaBudget(limit=1, clock=clock))
    policy.on_request(request())
    for _ in range(3):  # a service polling a spent budget
        with pytest.raises(QuotaExceededError):
            policy.on_request(request())
    assert [record.levelname for record in caplog.records] == ["WARNING", "DEBUG", "DEBUG"]
    assert "refused locally" in caplog.records[0].getMessage()
    assert "2026-03-02T00:00:00+00:00" in caplog.records[0].getMessage()
    caplog.clear()
    clock.advance(86400)  # the next window
    policy.on_request(request())
    with pytest.raises(QuotaExceededError):
        policy.on_request(request())
    policy.on_response(request(), httpx.Response(403, json=QUOTA_BODY))  # BMW agrees: the same window
    with pytest.raises(QuotaExceededError):
        policy.on_request(request())
    assert [record.levelname for record in caplog.records] == ["WARNING", "DEBUG", "DEBUG"]


def test_bmws_cu_429_is_the_one_warning_of_its_window_and_each_account_has_its_own(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    clock.advance(12 * 3600)  # noon: long after the daily reset
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    for _ in range(2):  # a budget that does not enforce would hear it on every call: one WARNING
        policy.on_response(request(), httpx.Response(403, json=QUOTA_BODY))
    for _ in range(2):
        with pytest.raises(QuotaExceededError):
            policy.on_request(request())
    view = UserView(policy, UserScope("alice", TokenManager(Token("t"), clock=clock)))
    view.on_response(request(), httpx.Response(403, json=QUOTA_BODY))
    with pytest.raises(QuotaExceededError):
        view.on_request(request())
    levels = [record.levelname for record in caplog.records]
    assert levels == ["WARNING", "DEBUG", "DEBUG", "DEBUG", "WARNING", "DEBUG"]
    assert "BMW reports the daily CarData quota used up" in caplog.records[0].getMessage()


def test_the_warned_windows_go_with_the_accounts_budgets(clock: FakeClock) -> None:
    """A service making an unnamed view per call (``for_user(token)``) keeps no warning state behind."""
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    for number in range(50):
        view = UserView(policy, UserScope(f"user-{number}", TokenManager(Token("t"), clock=clock), named=False))
        view.on_response(request(), httpx.Response(403, json=QUOTA_BODY))
        del view
    gc.collect()
    assert len(policy._warned) == 0  # each went with its view's budget


def refuse_ledger_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write of a ledger file fails as in a directory made read-only (``chattr +i``)."""

    def refused(target: Path, data: bytes) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target.with_name(f".{target.name}.x.tmp")))

    monkeypatch.setattr("carconnect.bmw.quota.replace_file", refused)


def test_a_ledger_that_fails_keeps_every_counted_call(
    clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = QuotaPolicy(QuotaBudget(tmp_path / "quota.json", clock=clock))
    sent, refused = request(), request()
    policy.on_request(sent)
    refuse_ledger_writes(monkeypatch)
    with pytest.raises(StoreUnavailableError, match=r"quota\.json"):
        policy.on_request(refused)
    monkeypatch.undo()
    policy.on_unsent(refused)  # what core tells the policy of an attempt refused before it went
    assert policy.budget.status().used == 1  # the call that went stays counted; the refused one never was
    policy.on_transport_error(sent, httpx.ConnectError("refused"))
    assert policy.budget.status().used == 0


async def test_a_ledger_that_cannot_be_written_stops_the_call_unsent(
    make_client: Callable[..., Any],
    run_on: Callable[..., Awaitable[Any]],
    router: respx.MockRouter,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "quota.json"
    route = router.get(MAPPINGS).respond(200, json=[])
    client = make_client(quota=QuotaBudget(path, clock=clock))
    await run_on(client, "vehicle_mappings")
    refuse_ledger_writes(monkeypatch)
    with pytest.raises(StoreUnavailableError) as caught:
        await run_on(client, "vehicle_mappings")
    assert str(path) in str(caught.value)
    assert route.call_count == 1  # not sent
    monkeypatch.undo()
    assert client.quota.status().used == 1
    await run_on(client, "vehicle_mappings")
    assert (route.call_count, client.quota.status().used) == (2, 2)


@pytest.mark.parametrize(
    "outcome",
    [
        cardata_error(503, "CU-503"),
        cardata_error(500, "CU-500"),
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("reset"),
    ],
    ids=["503", "500", "429", "read-timeout", "reset"],
)
def test_the_quota_policy_forbids_retrying_anything_bmw_may_have_received(
    clock: FakeClock, outcome: httpx.Response | httpx.TransportError, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.bmw")
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    sent = request()
    policy.on_request(sent)
    if isinstance(outcome, httpx.Response):
        policy.on_response(sent, outcome)
    assert policy.may_retry(sent, outcome) is False
    assert "not retried" in caplog.text
    assert ("49 left" in caplog.text) is isinstance(outcome, httpx.Response)


def test_the_quota_policy_lets_core_retry_what_never_left(clock: FakeClock) -> None:
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    assert policy.may_retry(request(), httpx.ConnectError("refused")) is None
    assert policy.may_retry(request(), httpx.ConnectTimeout("no connection")) is None


def test_the_image_policy_asks_for_any_media_type_only_for_images() -> None:
    policy = ImageAcceptPolicy()
    image, other = request(IMAGE), request()
    image.headers["Accept"] = other.headers["Accept"] = "application/json"
    assert policy.on_request(image) == policy.on_request(other) == 0.0
    assert (image.headers["Accept"], other.headers["Accept"]) == ("*/*", "application/json")


# ---- which errors refresh the token ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "rejects_token"),
    [
        (401, {"exveErrorId": "CU-101", "exveErrorMsg": "invalid_token"}, True),
        (401, {"exveErrorId": "CU-102", "exveErrorMsg": "invalid_token"}, True),
        (403, {"exveErrorId": "CU-127", "exveErrorMsg": "invalid_token"}, True),
        (401, {"fault": {"faultstring": "x", "detail": {"errorcode": "oauth.v2.invalid_access_token"}}}, True),
        (401, {"exveErrorId": "", "exveErrorMsg": "Unauthorized"}, True),
        (401, {"exveErrorId": "CU-999", "exveErrorMsg": "x"}, True),
        (401, {"fault": {"faultstring": "Unauthorized", "detail": {"errorcode": "oauth.v2.Unauthorized"}}}, True),
        (403, {"exveErrorId": "CU-103", "exveErrorMsg": "scope"}, False),
        (403, {"exveErrorId": "CU-104", "exveErrorMsg": "vin"}, False),
        (403, {"exveErrorId": "CU-999", "exveErrorMsg": "x"}, False),
        (403, QUOTA_BODY, False),
        (500, {"fault": {"faultstring": "x", "detail": {"errorcode": "keymanagement.x"}}}, False),
    ],
    ids=[
        "CU-101",
        "CU-102",
        "invalid_token-under-CU-127",
        "gateway-token",
        "401-without-id",
        "401-unknown-id",
        "401-other-gateway-fault",
        "CU-103",
        "CU-104",
        "403-unknown-id",
        "quota",
        "gateway",
    ],
)
def test_only_access_token_errors_reject_the_token(status: int, body: Any, rejects_token: bool) -> None:
    """An id BMW documents decides; an unknown or empty id leaves it to the status (401 refreshes)."""
    response = httpx.Response(status, json=body, request=httpx.Request("GET", "https://api.invalid/x"))
    _error, token_rejected = classify_response(response, map_cardata_error)
    assert token_rejected is rejects_token


class CountingRefresher:
    def __init__(self) -> None:
        self.refreshes = 0

    def refresh(self, token: Token) -> Token:
        self.refreshes += 1
        return Token(f"fresh-{self.refreshes}", refresh_token=f"r{self.refreshes + 1}")

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def test_a_missing_subscription_never_refreshes_the_token(router: respx.MockRouter, clock: FakeClock) -> None:
    refresher = CountingRefresher()
    manager = TokenManager(Token("old", refresh_token="r1"), refresher, clock=clock)
    route = router.get(MAPPINGS).mock(return_value=cardata_error(403, "CU-103", "scope"))
    transport = httpx.MockTransport(router.handler)
    with BmwClient(manager, transport=transport, clock=clock) as client:
        for _ in range(10):
            with pytest.raises(PermissionDeniedError, match="subscribe the client"):
                client.vehicle_mappings()
    assert (refresher.refreshes, route.call_count) == (0, 10)


# ---- BMW's rules inside the clients ---------------------------------------------------------------


def test_a_users_retry_policy_keeps_the_quota_rules(router: respx.MockRouter, clock: FakeClock) -> None:
    eager = RetryPolicy(max_retries=10, retry_statuses=frozenset({429, 500, 502, 503, 504}), jitter=0.0)
    route = router.get(MAPPINGS).mock(return_value=cardata_error(500, "CU-500"))
    transport = httpx.MockTransport(router.handler)
    with BmwClient(ACCESS_TOKEN, transport=transport, retry=eager, clock=clock) as client:
        with pytest.raises(ServerError) as caught:
            client.vehicle_mappings()
        assert client.quota.remaining() == 49
    assert route.call_count == 1
    assert caught.value.details["calls_left"] == 49
    assert clock.sleeps == []


def test_log_records_never_carry_the_token(
    router: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    router.get(MAPPINGS).mock(return_value=httpx.Response(403, json=QUOTA_BODY))
    transport = httpx.MockTransport(router.handler)
    with BmwClient(ACCESS_TOKEN, transport=transport, clock=clock) as client:
        for _ in range(2):
            with pytest.raises(QuotaExceededError):
                client.vehicle_mappings()
    assert "quota used up" in caplog.text
    assert "refused locally" in caplog.text
    assert ACCESS_TOKEN not in caplog.text


def test_quota_records_name_the_call_its_vehicle_and_whose_account_it_spends(
    router: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect.bmw")
    clock.advance(12 * 3600)  # noon: long after the daily reset
    basic_data = f"/customers/vehicles/{VIN}/basicData"
    router.get(basic_data).mock(side_effect=[cardata_error(500, "CU-500"), httpx.Response(403, json=QUOTA_BODY)])
    transport = httpx.MockTransport(router.handler)
    with BmwClient("the-apps-own-token", transport=transport, clock=clock) as client:
        user7 = client.for_user(ACCESS_TOKEN, key="user-7")
        with pytest.raises(ServerError):
            user7.basic_data(VIN)
        with pytest.raises(QuotaExceededError):
            user7.basic_data(VIN)
        with pytest.raises(QuotaExceededError):
            user7.basic_data(VIN)
    call = f"GET {basic_data} for user user-7"
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("INFO", f"{call}: not retried, every CarData call counts against the daily quota (49 left)"),
        (
            "WARNING",
            f"{call}: BMW reports the daily CarData quota used up; this account's calls are refused until "
            "2026-01-02T00:00:00+00:00",
        ),
        (
            "DEBUG",
            f"{call}: refused locally: CarData daily quota used up (BMW reported the quota exhausted, limit 50); "
            "refused locally until 2026-01-02T00:00:00+00:00",
        ),
    ]
    assert ACCESS_TOKEN not in caplog.text


def test_a_cu_429_just_after_the_reset_names_the_call_and_the_user(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="carconnect.bmw")
    clock.advance(60)  # a minute after the daily reset
    policy = QuotaPolicy(QuotaBudget(clock=clock))
    view = UserView(policy, UserScope("alice", TokenManager(Token("t"), clock=clock)))
    view.on_response(request(f"/customers/vehicles/{VIN}/basicData"), httpx.Response(403, json=QUOTA_BODY))
    assert [record.getMessage() for record in caplog.records] == [
        f"GET /customers/vehicles/{VIN}/basicData for user alice: BMW reports the daily CarData quota used up 60 s "
        "after our reset at 2026-01-01T00:00:00+00:00: BMW's day has not begun yet, so this account's calls wait "
        "only until 2026-01-01T00:02:00+00:00 and then ask again"
    ]


# ---- core's options through the BMW clients -------------------------------------------------------


def test_event_hooks_fire_for_every_attempt(router: respx.MockRouter, clock: FakeClock) -> None:
    seen: list[str] = []
    router.get(MAPPINGS).respond(200, json=[])
    hooks = {
        "request": [lambda sent: seen.append(f"request {sent.url.path}")],
        "response": [lambda answer: seen.append(f"response {answer.status_code}")],
    }
    transport = httpx.MockTransport(router.handler)
    with BmwClient(ACCESS_TOKEN, transport=transport, clock=clock, event_hooks=hooks) as client:
        assert client.vehicle_mappings() == []
    assert seen == [f"request {MAPPINGS}", "response 200"]


async def test_async_event_hooks_fire(router: respx.MockRouter, clock: FakeClock) -> None:
    seen: list[str] = []

    async def on_request(sent: httpx.Request) -> None:
        seen.append(sent.headers["x-version"])

    router.get(MAPPINGS).respond(200, json=[])
    transport = httpx.MockTransport(router.handler)
    async with AsyncBmwClient(
        ACCESS_TOKEN, transport=transport, clock=clock, event_hooks={"request": [on_request]}
    ) as client:
        assert await client.vehicle_mappings() == []
    assert seen == ["v1"]


def test_a_callers_http_client_is_used_and_stays_open(router: respx.MockRouter, clock: FakeClock) -> None:
    route = router.get(MAPPINGS).respond(200, json=[])
    with httpx.Client(transport=httpx.MockTransport(router.handler), headers={"X-Proxy": "1"}) as mine:
        with BmwClient(ACCESS_TOKEN, http_client=mine, clock=clock) as client:
            client.vehicle_mappings()
            assert client.quota.status().used == 1
        assert not mine.is_closed
    sent = route.calls.last.request
    assert (sent.headers["x-proxy"], sent.headers["x-version"]) == ("1", "v1")


async def test_a_callers_async_http_client_is_used(router: respx.MockRouter, clock: FakeClock) -> None:
    route = router.get(MAPPINGS).respond(200, json=[])
    async with httpx.AsyncClient(transport=httpx.MockTransport(router.handler), headers={"X-Proxy": "1"}) as mine:
        async with AsyncBmwClient(ACCESS_TOKEN, http_client=mine, clock=clock) as client:
            await client.vehicle_mappings()
        assert not mine.is_closed
    assert route.calls.last.request.headers["x-proxy"] == "1"


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A picture handed out chunk by chunk; ``started`` tells whether anyone has read it yet."""

    def __init__(self) -> None:
        self.started = False

    def __iter__(self) -> Iterator[bytes]:
        self.started = True
        yield from (b"\x89PNG", b"rest")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.started = True
        for chunk in (b"\x89PNG", b"rest"):
            yield chunk


def image_route(router: respx.MockRouter, body: Chunks) -> respx.Route:
    answer = httpx.Response(200, headers={"Content-Type": "image/png"}, stream=body)
    return router.get(IMAGE).mock(return_value=answer)


def test_http_client_for_streams_through_the_client(router: respx.MockRouter, clock: FakeClock) -> None:
    body = Chunks()
    route = image_route(router, body)
    with BmwClient(ACCESS_TOKEN, transport=httpx.MockTransport(router.handler), clock=clock) as client:
        with client.http_client_for(API_URL).stream("GET", IMAGE) as response:
            assert not body.started
            assert list(response.iter_bytes()) == [b"\x89PNG", b"rest"]
        assert client.quota.status().used == 1
    sent = route.calls.last.request
    assert (sent.headers["accept"], sent.headers["authorization"]) == ("*/*", f"Bearer {ACCESS_TOKEN}")


async def test_async_http_client_for_streams_through_the_client(router: respx.MockRouter, clock: FakeClock) -> None:
    body = Chunks()
    route = image_route(router, body)
    client = AsyncBmwClient(ACCESS_TOKEN, transport=httpx.MockTransport(router.handler), clock=clock)
    async with client, client.http_client_for(API_URL).stream("GET", IMAGE) as response:
        assert not body.started
        assert [chunk async for chunk in response.aiter_bytes()] == [b"\x89PNG", b"rest"]
    assert client.quota.status().used == 1
    assert route.calls.last.request.headers["accept"] == "*/*"


# ---- many accounts on one client ----------------------------------------------------------------


def test_each_account_of_a_client_has_its_own_budget(router: respx.MockRouter, clock: FakeClock) -> None:
    route = router.get(MAPPINGS).respond(200, json=[])
    transport = httpx.MockTransport(router.handler)
    with BmwClient(ACCESS_TOKEN, transport=transport, clock=clock, quota=QuotaBudget(limit=1, clock=clock)) as client:
        alice, bob = client.for_user("token-a", key="alice"), client.for_user("token-b", key="bob")
        alice.vehicle_mappings()
        bob.vehicle_mappings()
        with pytest.raises(QuotaExceededError):
            alice.vehicle_mappings()
        assert (client.quota_of("alice").remaining(), client.quota.remaining()) == (0, 1)
    signed = [call.request.headers["authorization"] for call in route.calls]
    assert signed == ["Bearer token-a", "Bearer token-b"]


def test_an_unnamed_users_budget_lives_as_long_as_its_token_source(router: respx.MockRouter, clock: FakeClock) -> None:
    import gc

    router.get(MAPPINGS).respond(200, json=[])
    transport = httpx.MockTransport(router.handler)
    quota = QuotaBudget(limit=1, clock=clock)
    with BmwClient(ACCESS_TOKEN, transport=transport, clock=clock, quota=quota) as client:
        manager = TokenManager(Token("token-a"), clock=clock)
        client.for_user(manager).vehicle_mappings()
        with pytest.raises(QuotaExceededError):  # another view of the same user: the same budget
            client.for_user(manager).vehicle_mappings()
        for _ in range(100):  # a view per request from a token string: each its own user
            client.for_user("token-b").vehicle_mappings()
        gc.collect()
        policy = next(policy for policy in client.policies if isinstance(policy, QuotaPolicy))
        assert len(policy._unnamed) == 1  # only the manager still alive keeps a budget
        assert client.quota.remaining() == 1


def test_idle_named_budgets_are_let_go_and_come_back_the_same() -> None:
    clock = FakeClock(datetime(2026, 3, 1, 8, tzinfo=UTC))
    policy = QuotaPolicy(QuotaBudget(limit=3, clock=clock))
    left = []
    for index in range(1000):  # users who called once and left
        budget = policy.budget_for(f"user-{index}")
        budget.spend()
        left.append(weakref.ref(budget))
    clock.advance(24 * 3600)  # the next day: none of their calls counts any more
    budget = policy.budget_for("busy")
    budget.spend()
    budget.spend()
    policy.budget_for("blocked").mark_exhausted()
    busy = weakref.ref(budget)
    del budget
    for _ in range(3000):  # the sweep runs now and then as budgets are looked up
        policy.budget_for("busy")
    gc.collect()
    assert [ref for ref in left if ref() is not None] == []
    assert busy() is policy.budget_for("busy")
    assert policy.budget_for("busy").status().used == 2
    assert policy.budget_for("blocked").status().blocked_by_server
    assert policy.budget_for("user-7").status() == QuotaBudget(limit=3, clock=clock).status()


def test_a_quiet_service_lets_idle_budgets_go_on_the_clock() -> None:
    """Too few lookups for the count to trigger a sweep: an hour on the clock does."""
    clock = FakeClock(datetime(2026, 3, 1, 8, tzinfo=UTC))
    policy = QuotaPolicy(QuotaBudget(limit=3, clock=clock))
    for index in range(100):
        policy.budget_for(f"user-{index}").spend()
    clock.advance(24 * 3600)  # the next day
    policy.budget_for("the one call today")
    assert set(policy._held) == {"the one call today"}


def test_a_call_on_a_budget_a_sweep_just_let_go_holds_it_again(clock: FakeClock) -> None:
    class SweptMidCall(QuotaBudget):
        def for_account(self, key: str) -> QuotaBudget:
            return SweptMidCall(limit=self.limit, clock=self.clock)

        def spend(self) -> object:
            with policy._lock:  # another thread's sweep, between the lookup and the spend
                policy._sweep()
            return super().spend()

    policy = QuotaPolicy(SweptMidCall(limit=3, clock=clock))
    view = UserView(policy, UserScope("alice", TokenManager(Token("t"), clock=clock)))
    sent = request()
    view.on_request(sent)
    del sent
    gc.collect()
    assert policy.budget_for("alice").status().used == 1


def test_an_accounts_file_budget_lives_next_to_the_clients(tmp_path: Any, clock: FakeClock) -> None:
    budget = QuotaBudget(tmp_path / "quota.json", clock=clock)
    other = budget.for_account("user/42")
    assert other.path == tmp_path / "quota.user%2f42.json"
    other.spend()
    assert (other.remaining(), budget.remaining()) == (49, 50)
    assert QuotaBudget(other.path, clock=clock).remaining() == 49


async def test_pages_are_fetched_for_the_user_of_the_view(router: respx.MockRouter, clock: FakeClock) -> None:
    pages = [
        {"data": [{"id": "lbcs-1", "latitude": 48.17, "longitude": 11.55}], "nextToken": "t2"},
        {"data": [{"id": "lbcs-2", "latitude": 48.18, "longitude": 11.56}]},
    ]
    signed: list[str] = []

    def answer(sent: httpx.Request) -> httpx.Response:
        signed.append(sent.headers["authorization"])
        return httpx.Response(200, json=pages[len(signed) - 1])

    router.get(f"/customers/vehicles/{VIN}/locationBasedChargingSettings").mock(side_effect=answer)
    transport = httpx.MockTransport(router.handler)
    async with AsyncBmwClient(ACCESS_TOKEN, transport=transport, clock=clock) as client:
        view = client.for_user("token-a", key="alice")
        settings = [setting async for setting in view.iter_charging_settings(VIN)]
    assert len(settings) == 2
    assert signed == ["Bearer token-a", "Bearer token-a"]
    assert client.quota_of("alice").status().used == 2
