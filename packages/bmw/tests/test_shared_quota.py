"""BMW's daily quota shared on a real Redis: workers together never spend more than the account's 50
calls, counted per ``for_user`` key, with the refund and the ``CU-429`` block shared too."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import redis
import respx

from carconnect.bmw import API_URL, AsyncBmwClient, BmwClient, DailyReset, QuotaBudget, RollingWindow
from carconnect.core import FakeClock, QuotaExceededError, RetryPolicy, TransportError
from carconnect.core.shared import QuotaLedger, RedisClock
from carconnect.sim.redis_server import RedisServer

MAPPINGS = "/customers/vehicles/mappings"
QUOTA_BODY = {"exveErrorId": "CU-429", "exveErrorMsg": "API rate limit reached", "exveNote": "Daily limit reached."}


@pytest.fixture
def api() -> respx.Router:
    router = respx.Router(base_url=API_URL, assert_all_called=False)
    router.get(MAPPINGS).respond(200, json=[])
    return router


@pytest.fixture
def ledger(carconnect_redis: RedisServer, clock: FakeClock) -> Iterator[QuotaLedger]:
    shared = QuotaLedger(carconnect_redis.url, limit=50, reset=DailyReset(), code="CU-429", clock=clock)
    yield shared
    shared.close()


def worker(api: respx.Router, budget: QuotaBudget, clock: FakeClock) -> BmwClient:
    return BmwClient("t", transport=httpx.MockTransport(api.handler), quota=budget, clock=clock)


def test_two_workers_spend_one_accounts_50_calls(api: respx.Router, ledger: QuotaLedger, clock: FakeClock) -> None:
    with worker(api, QuotaBudget.shared(ledger), clock) as one, worker(api, QuotaBudget.shared(ledger), clock) as two:
        alice_one, alice_two = one.for_user("t1", key="alice"), two.for_user("t2", key="alice")
        for _ in range(25):
            alice_one.vehicle_mappings()
            alice_two.vehicle_mappings()
        with pytest.raises(QuotaExceededError) as refused:
            alice_one.vehicle_mappings()
        assert two.for_user("t3", key="bob").vehicle_mappings() == []  # another account counts apart
        assert one.quota_of("alice").remaining() == 0
        assert two.quota_of("bob").status().used == 1
    assert refused.value.code == "CU-429"
    assert refused.value.details["local"] is True
    assert len(api.calls) == 51


def test_a_cu_429_blocks_every_worker(api: respx.Router, ledger: QuotaLedger, clock: FakeClock) -> None:
    clock.advance(12 * 3600)  # noon: long after the daily reset
    api.get(MAPPINGS).mock(side_effect=[httpx.Response(403, json=QUOTA_BODY), httpx.Response(200, json=[])])
    one_budget, two_budget = QuotaBudget.shared(ledger, key="acct"), QuotaBudget.shared(ledger, key="acct")
    with worker(api, one_budget, clock) as one, worker(api, two_budget, clock) as two:
        with pytest.raises(QuotaExceededError) as server_said:
            one.vehicle_mappings()
        assert server_said.value.details["calls_left"] == 0
        with pytest.raises(QuotaExceededError, match="refused locally"):
            two.vehicle_mappings()
        assert two.quota.status().blocked_by_server
        clock.advance(24 * 3600)  # past midnight UTC: the budget refills
        assert two.vehicle_mappings() == []
    assert len(api.calls) == 2


def test_a_call_that_never_left_is_refunded_in_the_shared_ledger(ledger: QuotaLedger, clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    budget = QuotaBudget.shared(ledger, key="carol")
    transport = httpx.MockTransport(refuse)
    client = BmwClient("t", transport=transport, quota=budget, clock=clock, retry=RetryPolicy.disabled())
    with client, pytest.raises(TransportError):
        client.vehicle_mappings()
    assert budget.status().used == 0
    assert "QuotaBudget.shared(QuotaLedger(" in repr(budget)
    assert budget.blocking


def test_threads_of_many_workers_never_overspend(carconnect_redis: RedisServer) -> None:
    ledger = QuotaLedger(carconnect_redis.url, limit=50, code="CU-429")
    budgets = [QuotaBudget.shared(ledger, key="dave") for _ in range(4)]
    spent: list[bool] = []
    lock = threading.Lock()

    def run(budget: QuotaBudget) -> None:
        for _ in range(20):
            try:
                budget.spend()
                outcome = True
            except QuotaExceededError:
                outcome = False
            with lock:
                spent.append(outcome)

    threads = [threading.Thread(target=run, args=(budget,)) for budget in budgets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert spent.count(True) == 50
    assert spent.count(False) == 30
    ledger.close()


async def test_async_client_counts_in_the_shared_ledger(
    api: respx.Router, ledger: QuotaLedger, clock: FakeClock
) -> None:
    transport = httpx.MockTransport(api.handler)
    budget = QuotaBudget.shared(ledger, key="own")
    async with AsyncBmwClient("t", transport=transport, quota=budget, clock=clock) as client:
        erin = client.for_user("t1", key="erin")
        for _ in range(3):
            await erin.vehicle_mappings()
        assert client.quota_of("erin").remaining() == 47
        assert client.quota.remaining() == 50


def test_the_shared_budget_refills_at_midnight_utc_like_the_in_process_one(carconnect_redis: RedisServer) -> None:
    clock = FakeClock(datetime(2026, 3, 1, 23, 0, tzinfo=UTC))
    ledger = QuotaLedger(carconnect_redis.url, limit=2, code="CU-429", clock=clock)  # no rule given
    local, shared = QuotaBudget(limit=2, clock=clock), QuotaBudget.shared(ledger, key="frank")
    for budget in (local, shared):
        budget.spend()
        budget.spend()
        with pytest.raises(QuotaExceededError) as refused:
            budget.spend()
        assert refused.value.retry_after == pytest.approx(3600)
    assert shared.status().resets_at == local.status().resets_at == datetime(2026, 3, 2, tzinfo=UTC)
    assert shared.for_account("gina").reset == local.reset == DailyReset()
    clock.advance(3900)  # 00:05 UTC: BMW's day (and the in-process budget's) began anew
    assert (local.remaining(), shared.remaining()) == (2, 2)
    shared.mark_exhausted()  # nothing counted: blocked until the next midnight, as in process
    local.mark_exhausted()
    assert shared.status().resets_at == local.status().resets_at == datetime(2026, 3, 3, tzinfo=UTC)
    ledger.close()


def test_the_shared_budget_keeps_a_rule_the_caller_chose(carconnect_redis: RedisServer) -> None:
    clock = FakeClock(datetime(2026, 3, 1, 23, 30, tzinfo=UTC))
    hourly = QuotaLedger(carconnect_redis.url, limit=1, period=timedelta(hours=1), prefix="hourly", clock=clock)
    plain = QuotaLedger(carconnect_redis.url, limit=1, prefix="plain", clock=clock)
    by_ledger = QuotaBudget.shared(hourly, key="h")
    by_budget = QuotaBudget.shared(plain, key="r", reset=RollingWindow(timedelta(hours=2)))
    by_ledger.spend()
    by_budget.spend()
    assert by_budget.for_account("s").reset == RollingWindow(timedelta(hours=2))
    assert "reset=RollingWindow(" in repr(by_budget)
    clock.advance(35 * 60)  # 00:05 UTC: midnight does not refill a rolling window
    assert (by_ledger.remaining(), by_budget.remaining()) == (0, 0)
    assert by_ledger.status().resets_at == datetime(2026, 3, 2, 0, 30, tzinfo=UTC)
    assert by_budget.status().resets_at == datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    clock.advance(30 * 60)
    assert (by_ledger.remaining(), by_budget.remaining()) == (1, 0)
    hourly.close()
    plain.close()


def test_a_shared_budget_counts_only_under_an_account_it_was_given(
    api: respx.Router, ledger: QuotaLedger, clock: FakeClock, carconnect_redis: RedisServer
) -> None:
    """One client per customer, each with ``QuotaBudget.shared(ledger)`` and no ``key=``, would all
    count under one key: such a call is refused, unsent, naming the fix."""
    with worker(api, QuotaBudget.shared(ledger), clock) as client:
        with pytest.raises(ValueError, match="names no account: give the client's own account as key="):
            client.vehicle_mappings()
        with pytest.raises(ValueError, match="names no account"):
            client.quota.remaining()
        assert client.for_user("t1", key="alice").vehicle_mappings() == []  # a view names its account
    with worker(api, QuotaBudget.shared(ledger, key="bob"), clock) as bob:
        assert bob.vehicle_mappings() == []
    assert len(api.calls) == 2
    with redis.Redis.from_url(carconnect_redis.url) as admin:
        assert sorted(admin.keys("*")) == [b"carconnect:quota:bmw:alice", b"carconnect:quota:bmw:bob"]


class Ahead:
    """A worker's clock ``seconds`` ahead of ``base``."""

    def __init__(self, base: FakeClock, seconds: float) -> None:
        self.base, self.seconds = base, seconds

    def now(self) -> datetime:
        return self.base.now() + timedelta(seconds=self.seconds)

    def monotonic(self) -> float:
        return self.base.monotonic()

    def sleep(self, seconds: float) -> None:
        self.base.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await self.base.asleep(seconds)


def test_a_cu_429_just_after_a_workers_reset_holds_it_back_briefly_not_for_a_day(
    api: respx.Router, carconnect_redis: RedisServer
) -> None:
    """Worker B's clock is 3 s ahead of BMW's: its day begins first, and BMW answers its call with CU-429."""
    bmw_time = FakeClock(datetime(2026, 3, 1, 23, 0, tzinfo=UTC))
    b_time = Ahead(bmw_time, 3)
    answers = iter([*[httpx.Response(200, json=[])] * 50, httpx.Response(403, json=QUOTA_BODY)])
    api.get(MAPPINGS).mock(side_effect=lambda request: next(answers, httpx.Response(200, json=[])))

    def budget(clock: FakeClock | Ahead) -> QuotaBudget:
        return QuotaBudget.shared(QuotaLedger(carconnect_redis.url, limit=50, code="CU-429", clock=clock), key="acct")

    with worker(api, budget(bmw_time), bmw_time) as a, worker(api, budget(b_time), bmw_time) as b:
        for _ in range(50):
            a.vehicle_mappings()
        bmw_time.advance(59 * 60 + 58.5)  # 23:59:58.5 for BMW and A, 00:00:01.5 for B
        with pytest.raises(QuotaExceededError) as said:
            b.vehicle_mappings()
        assert said.value.status_code == 403  # BMW's own answer
        assert said.value.retry_after == 60.0  # B asks again in a minute, not tomorrow
        bmw_time.advance(50)  # BMW's day began
        assert a.vehicle_mappings() == []  # A, by BMW's clock: the ledger holds no block
        with pytest.raises(QuotaExceededError, match="just after our daily reset"):
            b.vehicle_mappings()  # B waits out its minute
        bmw_time.advance(10)
        assert b.vehicle_mappings() == []
        assert a.quota.status().used == 2  # the call BMW refused was taken back
    assert len(api.calls) == 53


def test_workers_with_clocks_apart_count_one_day_by_the_servers_clock(carconnect_redis: RedisServer) -> None:
    """B's own clock already says tomorrow, 00:00:05; by the server's, both workers spend today's calls."""
    with redis.Redis.from_url(carconnect_redis.url) as admin:
        seconds, micros = admin.time()
    now = datetime.fromtimestamp(seconds + micros / 1e6, UTC)
    today_ends = DailyReset().expires_at(now)

    def budget(seconds_off: float) -> QuotaBudget:
        clock = RedisClock(
            redis.Redis.from_url(carconnect_redis.url), local=FakeClock(now + timedelta(seconds=seconds_off))
        )
        return QuotaBudget.shared(QuotaLedger(carconnect_redis.url, limit=2, clock=clock), key="acct")

    a, b = budget(0), budget((today_ends - now).total_seconds() + 5)
    a.spend()
    b.spend()
    with pytest.raises(QuotaExceededError) as refused:
        b.spend()
    assert refused.value.details["resets_at"] == today_ends.isoformat()  # not the end of B's "tomorrow"
    assert refused.value.retry_after == pytest.approx((today_ends - now).total_seconds(), abs=5.0)
    assert a.status().resets_at == today_ends
