"""The daily call budget: counting, local refusal, reset rules, persistence and sharing across processes."""

from __future__ import annotations

import errno
import json
import logging
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from carconnect.bmw import DAILY_LIMIT, DailyReset, QuotaBudget, RollingWindow
from carconnect.core import FakeClock, QuotaExceededError, StoreUnavailableError, TokenStoreError

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def noon() -> FakeClock:
    return FakeClock(NOON)


def test_counts_and_refuses_the_call_beyond_the_limit(noon: FakeClock) -> None:
    budget = QuotaBudget(limit=3, clock=noon)
    for _ in range(3):
        budget.spend()
    assert budget.remaining() == 0
    with pytest.raises(QuotaExceededError) as caught:
        budget.spend()
    error = caught.value
    assert error.code == "CU-429"
    assert error.status_code is None
    assert error.details["local"] is True
    assert error.retry_after == 12 * 3600, "midnight UTC is 12 hours away"
    assert budget.status().used == 3, "a refused call is not counted"


def test_defaults_to_bmw_limit_and_midnight_utc(noon: FakeClock) -> None:
    budget = QuotaBudget(clock=noon)
    assert budget.limit == DAILY_LIMIT == 50
    assert budget.reset == DailyReset()
    assert budget.status().resets_at is None
    budget.spend()
    assert budget.status().resets_at == datetime(2026, 3, 11, tzinfo=UTC)


def test_daily_reset_refills_the_whole_budget_at_midnight(noon: FakeClock) -> None:
    budget = QuotaBudget(limit=2, clock=noon)
    budget.spend()
    budget.spend()
    noon.advance(11 * 3600 + 3599)
    assert budget.remaining() == 0
    noon.advance(1)
    assert budget.remaining() == 2


def test_daily_reset_at_another_hour_and_zone(noon: FakeClock) -> None:
    cet = timezone(timedelta(hours=1))
    budget = QuotaBudget(limit=1, reset=DailyReset(hour=2, tz=cet), clock=noon)
    budget.spend()
    assert budget.status().resets_at == datetime(2026, 3, 11, 2, 0, tzinfo=cet)


def test_rolling_window_frees_each_call_24_hours_after_it(noon: FakeClock) -> None:
    budget = QuotaBudget(limit=2, reset=RollingWindow(), clock=noon)
    budget.spend()
    noon.advance(3600)
    budget.spend()
    assert budget.status().resets_at == NOON + timedelta(hours=24)
    noon.advance(23 * 3600)
    assert budget.remaining() == 1
    noon.advance(3600)
    assert budget.remaining() == 2


def test_server_exhaustion_blocks_until_the_window_frees(noon: FakeClock) -> None:
    budget = QuotaBudget(clock=noon)
    budget.spend()
    budget.mark_exhausted()
    status = budget.status()
    assert status.blocked_by_server
    assert status.remaining == 0
    with pytest.raises(QuotaExceededError, match="BMW reported the quota exhausted"):
        budget.spend()
    assert budget.seconds_until_free() == 12 * 3600
    noon.advance(12 * 3600)
    assert budget.remaining() == DAILY_LIMIT
    assert budget.seconds_until_free() is None


def test_a_clock_set_back_still_frees_every_call_when_it_expires(noon: FakeClock) -> None:
    budget = QuotaBudget(limit=3, reset=RollingWindow(timedelta(hours=1)), clock=noon)
    budget.spend()  # counts until 13:00
    noon.advance(-1800)
    budget.spend()  # clock set back to 11:30: counts until 12:30, before the first
    noon.advance(600)
    budget.spend()  # 11:40: counts until 12:40
    assert budget.status().resets_at == NOON + timedelta(minutes=30)
    noon.advance(50 * 60)  # 12:30
    assert budget.status().used == 2
    noon.advance(10 * 60)  # 12:40
    assert budget.status().used == 1
    noon.advance(20 * 60)  # 13:00
    assert budget.remaining() == 3


def test_a_file_with_calls_out_of_order_expires_them_in_time(tmp_path: Path, noon: FakeClock) -> None:
    path = tmp_path / "quota.json"
    late, early = NOON - timedelta(minutes=10), NOON - timedelta(minutes=50)
    path.write_text(json.dumps({"calls": [late.isoformat(), early.isoformat()], "blocked_until": None}))
    budget = QuotaBudget(path, limit=5, reset=RollingWindow(timedelta(hours=1)), clock=noon)
    assert budget.status().used == 2
    noon.advance(10 * 60)
    assert budget.status().used == 1, "the call made 50 minutes before noon expired at 12:10"
    noon.advance(40 * 60)
    assert budget.status().used == 0


def test_refund_takes_back_the_latest_call(noon: FakeClock) -> None:
    budget = QuotaBudget(limit=1, clock=noon)
    budget.spend()
    budget.refund()
    budget.spend()
    assert budget.status().used == 1


@pytest.mark.parametrize("in_a_file", [False, True], ids=["memory", "file"])
def test_a_receipt_refunds_its_own_call_while_it_counts(noon: FakeClock, tmp_path: Path, in_a_file: bool) -> None:
    path = tmp_path / "ledger.json" if in_a_file else None
    budget = QuotaBudget(path, reset=RollingWindow(timedelta(hours=1)), clock=noon)
    first = budget.spend()
    noon.advance(60)
    budget.spend()
    budget.refund(first)
    assert budget.status().used == 1
    budget.refund(first)  # refunded already: nothing more is taken back
    assert budget.status().used == 1
    late = budget.spend()
    noon.advance(3600)  # the call stopped counting before its refund came
    budget.spend()
    budget.refund(late)
    assert budget.status().used == 1


def test_enforce_false_counts_without_refusing(noon: FakeClock) -> None:
    budget = QuotaBudget(limit=1, enforce=False, clock=noon)
    budget.spend()
    budget.spend()
    assert budget.status().used == 2
    assert budget.remaining() == 0


def test_a_limit_below_one_is_rejected() -> None:
    with pytest.raises(ValueError, match="limit"):
        QuotaBudget(limit=0)


def test_the_file_survives_a_restart_and_is_shared(tmp_path: Path, noon: FakeClock) -> None:
    path = tmp_path / "state" / "bmw-quota.json"
    first = QuotaBudget(path, limit=5, clock=noon)
    first.spend()
    first.spend()
    second = QuotaBudget(path, limit=5, clock=noon)
    assert second.status().used == 2
    second.mark_exhausted()
    with pytest.raises(QuotaExceededError):
        first.spend()
    assert json.loads(path.read_text())["blocked_until"] == "2026-03-11T00:00:00+00:00"
    assert "bmw-quota.json" in repr(first)
    assert str(tmp_path) not in repr(first)


def test_a_damaged_file_starts_counting_afresh(tmp_path: Path, noon: FakeClock) -> None:
    path = tmp_path / "quota.json"
    path.write_text("{not json")
    budget = QuotaBudget(path, clock=noon)
    budget.spend()
    assert budget.status().used == 1


def test_a_damaged_file_is_logged_once_per_damage_naming_it(
    tmp_path: Path, noon: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="carconnect")
    path = tmp_path / "quota.json"
    budget = QuotaBudget(path, clock=noon)
    for _ in range(3):
        budget.spend()
    path.write_text("{damaged")
    for _ in range(3):  # reads that leave the damaged file as it is
        assert budget.status().used == 0
    budget.spend()  # writes a sound ledger over it
    assert budget.status().used == 1
    path.write_bytes(b"\xff not text")  # damaged again
    assert budget.remaining() == DAILY_LIMIT
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(warnings) == 2
    assert all(record.name.startswith("carconnect.bmw") for record in warnings)
    assert str(path) in warnings[0].getMessage()
    assert "damaged" in warnings[0].getMessage()
    assert "afresh" in warnings[0].getMessage()
    assert str(path) in warnings[1].getMessage()


def refuse_writes(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Every write of a ledger file fails as in a directory made read-only (``chattr +i``)."""

    def refused(target: Path, data: bytes) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target.with_name(f".{target.name}.x.tmp")))

    monkeypatch.setattr("carconnect.bmw.quota.replace_file", refused)


@pytest.mark.parametrize("fault", ["unwritable", "unreadable", "no directory"])
def test_an_unusable_ledger_file_is_a_store_error_naming_it(
    tmp_path: Path, noon: FakeClock, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    path = tmp_path / "quota.json"
    budget = QuotaBudget(path, limit=5, clock=noon)
    budget.spend()
    if fault == "unwritable":
        refuse_writes(monkeypatch, path)
    elif fault == "unreadable":
        path.unlink()
        path.mkdir()  # reading it fails with IsADirectoryError, even for root
    else:
        path = tmp_path / "a-file" / "quota.json"
        path.parent.write_text("")  # its directory cannot be created, nor its lock file
        budget = QuotaBudget(path, limit=5, clock=noon)
    with pytest.raises(StoreUnavailableError) as caught:
        budget.spend()
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, TokenStoreError)  # what every other store raises when it fails
    assert isinstance(caught.value.__cause__, OSError)
    if fault == "unwritable":
        assert ".tmp" in str(caught.value)  # the file the system refused, when it is another one
        assert "Operation not permitted" in str(caught.value)
        monkeypatch.undo()
        assert budget.status().used == 1  # the failed call was not counted
    else:
        with pytest.raises(StoreUnavailableError):
            budget.status()


WORKER = textwrap.dedent(
    """
    import sys
    from carconnect.bmw import QuotaBudget
    from carconnect.core import QuotaExceededError

    budget = QuotaBudget(sys.argv[1], limit=20)
    spent = 0
    for _ in range(15):
        try:
            budget.spend()
            spent += 1
        except QuotaExceededError:
            pass
    print(spent)
    """
)


def test_processes_sharing_a_file_never_overspend(tmp_path: Path) -> None:
    path = str(tmp_path / "quota.json")
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, path], stdout=subprocess.PIPE, text=True) for _ in range(2)
    ]
    spent = [int(worker.communicate(timeout=30)[0]) for worker in workers]
    assert sum(spent) == 20
    assert QuotaBudget(path, limit=20).status().used == 20
