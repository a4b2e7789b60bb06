"""BMW's daily quota shared on a real Redis: workers together never spend more than the account's 50
calls, counted per ``for_user`` key, with the refund and the ``CU-429`` block shared too."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import respx

from carconnect.bmw import API_URL, AsyncBmwClient, BmwClient, DailyReset, QuotaBudget, RollingWindow
from carconnect.core import FakeClock, QuotaExceededError, RetryPolicy, TransportError
from carconnect.core.shared import QuotaLedger
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
    api.get(MAPPINGS).mock(side_effect=[httpx.Response(403, json=QUOTA_BODY), httpx.Response(200, json=[])])
    with worker(api, QuotaBudget.shared(ledger), clock) as one, worker(api, QuotaBudget.shared(ledger), clock) as two:
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
    async with AsyncBmwClient("t", transport=transport, quota=QuotaBudget.shared(ledger), clock=clock) as client:
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
