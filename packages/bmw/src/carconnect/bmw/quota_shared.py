"""A CarData budget counted in a shared backend (a Redis ``QuotaLedger``): :meth:`QuotaBudget.shared`.

Loaded on first use, like the backend it talks to.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Protocol

from carconnect.core import Clock

from .quota import QuotaBudget
from .quota_rules import QuotaStatus, ResetRule, RollingWindow


class LedgerSnapshot(Protocol):
    """One account's state in a shared ledger (:class:`carconnect.core.shared.LedgerStatus` fits)."""

    @property
    def used(self) -> int: ...

    @property
    def remaining(self) -> int: ...

    @property
    def resets_at(self) -> datetime | None: ...

    @property
    def blocked_by_server(self) -> bool: ...


class LedgerBackend(Protocol):
    """Where shared budgets are counted: :class:`carconnect.core.shared.QuotaLedger` fits."""

    @property
    def limit(self) -> int: ...

    @property
    def enforce(self) -> bool: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def reset(self) -> ResetRule | None:
        """The reset rule the ledger was built with, if any."""
        ...

    @property
    def period(self) -> timedelta | None:
        """The rolling period the ledger was built with, if any."""
        ...

    def spend(
        self, key: str, now: datetime | None = None, *, call_id: str | None = None, expires: datetime | None = None
    ) -> int: ...

    def status(self, key: str, now: datetime | None = None) -> LedgerSnapshot: ...

    def refund(self, key: str, call_id: str | None = None) -> None: ...

    def mark_exhausted(self, key: str, now: datetime | None = None, *, expires: datetime | None = None) -> None: ...


def _rule_of(ledger: LedgerBackend) -> ResetRule | None:
    """The rule the ledger was built with (``reset=``, or ``period=`` as a rolling window), if any."""
    if ledger.reset is not None:
        return ledger.reset
    return RollingWindow(ledger.period) if ledger.period is not None else None


class SharedQuotaBudget(QuotaBudget):
    """A :class:`QuotaBudget` whose ledger lives in a shared backend (see :meth:`QuotaBudget.shared`).

    The backend keys are ``bmw:<account>`` under its prefix; every method is one backend call. Each
    call counts until ``self.reset`` says (passed to the backend with the call): ``reset`` if given,
    else the ledger's own rule, else :class:`DailyReset` (midnight UTC) as for an in-process budget.
    """

    def __init__(self, ledger: LedgerBackend, *, key: str, reset: ResetRule | None = None) -> None:
        rule = reset or _rule_of(ledger)
        super().__init__(limit=ledger.limit, reset=rule, enforce=ledger.enforce, clock=ledger.clock)
        self.ledger = ledger
        self.key = key
        self._name = f"bmw:{key}"

    def __repr__(self) -> str:
        return f"QuotaBudget.shared({self.ledger!r}, key={self.key!r}, reset={self.reset!r})"

    @property
    def blocking(self) -> bool:
        """Always: every call asks the shared backend over the network."""
        return True

    def for_account(self, key: str) -> QuotaBudget:
        """The budget of another account in the same ledger, with the same reset rule."""
        return SharedQuotaBudget(self.ledger, key=key, reset=self.reset)

    def idle(self) -> bool:
        """Always: the count lives in the shared backend."""
        return True

    def status(self) -> QuotaStatus:
        found = self.ledger.status(self._name)
        return QuotaStatus(self.limit, found.used, found.remaining, found.resets_at, found.blocked_by_server)

    def spend(self) -> object:
        call_id, now = secrets.token_hex(16), self.clock.now()
        self.ledger.spend(self._name, now, call_id=call_id, expires=self.reset.expires_at(now))
        return call_id

    def refund(self, receipt: object = None) -> None:
        self.ledger.refund(self._name, receipt if isinstance(receipt, str) else None)

    def mark_exhausted(self) -> None:
        now = self.clock.now()
        self.ledger.mark_exhausted(self._name, now, expires=self.reset.expires_at(now))


__all__ = ["LedgerBackend", "LedgerSnapshot", "SharedQuotaBudget"]
