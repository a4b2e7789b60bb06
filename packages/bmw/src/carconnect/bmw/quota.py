"""The CarData daily call budget, counted on our side.

BMW allows 50 calls per day per account (every endpoint counts) and says so only once the budget
is gone, as HTTP 403 ``CU-429``; it sends no quota headers and does not document when the budget
refills. :class:`QuotaBudget` therefore records every call, shared by every client of the account
(a JSON file plus a lock file when given a path, so other processes and restarts see the same
count), and refuses a call locally with :class:`~carconnect.core.QuotaExceededError` before it would
be spent in vain. The reset rule is configurable: :class:`DailyReset` (midnight UTC by default) or
:class:`RollingWindow` (each call counts for 24 hours).

A ledger file that cannot be read, locked or written raises
:class:`~carconnect.core.StoreUnavailableError` naming it: nothing is counted, and a call it was
counting for is not sent. A ledger whose content is damaged counts as no call at all, and is logged
(one WARNING naming the file per damage, not per read).

Many workers or machines share one budget per account through Redis:
``QuotaBudget.shared(ledger, key=account)`` counts in a :class:`carconnect.core.shared.QuotaLedger`
(the ``redis`` extra of carconnect-core), one server-side script per call, so the workers together
never spend more than the limit.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import logging
import os
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from carconnect.core import SYSTEM_CLOCK, Clock, QuotaExceededError, StoreUnavailableError
from carconnect.core.files import FileLock, replace_file
from carconnect.core.lazy import reexport

from .errors import QUOTA_ERROR_ID

if TYPE_CHECKING:
    from .quota_rules import DailyReset, QuotaStatus, ResetRule, RollingWindow
    from .quota_shared import LedgerBackend, LedgerSnapshot, SharedQuotaBudget
else:  # the reset rules, the status snapshot and the shared budget load on first use
    __getattr__, __dir__ = reexport(globals(), "carconnect.bmw.quota_rules", "carconnect.bmw.quota_shared")

logger = logging.getLogger("carconnect.bmw")

DAILY_LIMIT = 50
"""BMW's documented CarData limit: calls per day per account."""


def _file_safe(key: str) -> str:
    """``key`` as part of a file name: letters, digits, ``-`` and ``_`` kept, anything else hex-escaped."""
    return "".join(char if char.isascii() and (char.isalnum() or char in "-_") else f"%{ord(char):02x}" for char in key)


class _Call(NamedTuple):
    at: datetime
    expires: datetime
    """Computed once, when the call is counted or the ledger file is read."""


def _expiry(call: _Call) -> datetime:
    return call.expires


class _Ledger:
    """The counted calls, ordered by when they stop counting, and the server's block if any.

    Expired calls are therefore always at the front: dropping them costs one comparison per request.
    """

    def __init__(self, calls: list[_Call] | None = None, blocked_until: datetime | None = None) -> None:
        self.calls = sorted(calls, key=_expiry) if calls else []
        self.blocked_until = blocked_until

    def add(self, call: _Call) -> None:
        if self.calls and call.expires < self.calls[-1].expires:
            bisect.insort(self.calls, call, key=_expiry)  # the clock went back, or an unusual reset rule
        else:
            self.calls.append(call)

    def drop_expired(self, now: datetime) -> None:
        if self.calls and self.calls[0].expires <= now:
            del self.calls[: bisect.bisect_right(self.calls, now, key=_expiry)]
        if self.blocked_until is not None and self.blocked_until <= now:
            self.blocked_until = None

    def to_json(self) -> str:
        blocked = self.blocked_until.isoformat() if self.blocked_until else None
        return json.dumps({"calls": [call.at.isoformat() for call in self.calls], "blocked_until": blocked})

    @classmethod
    def from_json(cls, text: str, reset: ResetRule) -> _Ledger:
        data = json.loads(text)
        blocked = data.get("blocked_until")
        calls = [datetime.fromisoformat(call) for call in data.get("calls", [])]
        return cls(
            calls=[_Call(call, reset.expires_at(call)) for call in calls],
            blocked_until=datetime.fromisoformat(blocked) if blocked else None,
        )


class _MemoryStorage:
    """The ledger of one process: no I/O, so async clients update it on the event loop."""

    blocking = False

    def __init__(self) -> None:
        self._ledger = _Ledger()
        self._lock = threading.Lock()

    def locked(self) -> contextlib.AbstractContextManager[object]:
        return self._lock

    def load(self, reset: ResetRule) -> _Ledger:
        return self._ledger  # the live ledger: changed only under the lock

    def save(self, ledger: _Ledger) -> None:
        self._ledger = ledger

    def idle(self, now: datetime) -> bool:
        """No unexpired call and no block (expired calls are dropped on the way)."""
        with self._lock:
            self._ledger.drop_expired(now)
            return not self._ledger.calls and self._ledger.blocked_until is None


class _FileStorage:
    """A JSON file shared by every process of the account (see :mod:`carconnect.core.files`).

    A file that cannot be read or written (permissions, a full disk, a read-only directory) raises
    :class:`StoreUnavailableError` naming it; damaged content counts as no call (see :meth:`load`).
    """

    blocking = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(path)
        self._damage_seen: int | None = None
        """A hash of the damaged content last reported (``None`` since the last good read): each
        damage is logged once, not on every read of it."""

    def locked(self) -> contextlib.AbstractContextManager[None]:
        return self._lock.held(lambda exc: _unavailable("lock", self.path, exc))

    def load(self, reset: ResetRule) -> _Ledger:
        """The stored ledger; an empty one when there is no file yet, or when its content is damaged
        (a WARNING naming the file, once per damage: the client must not stay blocked by it)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self._damage_seen = None
            return _Ledger()
        except UnicodeDecodeError as exc:
            return self._damaged(hash(exc.object), f"not UTF-8 text ({exc.reason})")
        except OSError as exc:
            raise _unavailable("read", self.path, exc) from exc
        try:
            ledger = _Ledger.from_json(text, reset)
        except (ValueError, TypeError, AttributeError) as exc:
            return self._damaged(hash(text), f"{type(exc).__name__}: {exc}")
        self._damage_seen = None
        return ledger

    def _damaged(self, content: int, reason: str) -> _Ledger:
        if self._damage_seen != content:
            self._damage_seen = content
            logger.warning(
                "the CarData quota ledger %s is damaged (%s): counting starts afresh from 0 calls", self.path, reason
            )
        return _Ledger()

    def save(self, ledger: _Ledger) -> None:
        try:
            replace_file(self.path, ledger.to_json().encode("utf-8"))
        except OSError as exc:
            raise _unavailable("write", self.path, exc) from exc

    def idle(self, now: datetime) -> bool:
        """Always: the count lives in the file, not in this object."""
        return True


def _unavailable(action: str, path: Path, exc: OSError) -> StoreUnavailableError:
    """The error for a ledger file the system refused: it names the ledger (and the file the system
    named, when that is another one, such as the lock or a temporary file) and the system's reason."""
    reason = exc.strerror or type(exc).__name__
    if exc.filename is not None and os.fspath(exc.filename) != os.fspath(path):
        reason = f"{reason} ({os.fsdecode(exc.filename)})"
    return StoreUnavailableError(f"cannot {action} the CarData quota ledger {path}: {reason}")


class QuotaBudget:
    """Counts CarData calls for one account and refuses the call that would exceed ``limit``.

    Give every client of an account the same budget object, or the same ``path`` across processes.
    ``enforce=False`` keeps counting without refusing anything. A ``path`` the system will not let
    us read, lock or write makes every method raise :class:`~carconnect.core.StoreUnavailableError`
    naming it, with nothing counted.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        limit: int = DAILY_LIMIT,
        reset: ResetRule | None = None,
        enforce: bool = True,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.path = Path(path).expanduser() if path is not None else None
        self.limit = limit
        if reset is None:
            from .quota_rules import DailyReset

            reset = DailyReset()
        self.reset: ResetRule = reset
        self.enforce = enforce
        self.clock = clock
        self._storage = _FileStorage(self.path) if self.path else _MemoryStorage()

    @staticmethod
    def shared(ledger: LedgerBackend, *, key: str | None = None, reset: ResetRule | None = None) -> SharedQuotaBudget:
        """A budget counted in ``ledger`` (a Redis ``QuotaLedger``), shared by every worker and machine.

        The ledger's limit, ``enforce`` and clock apply; build it with ``code="CU-429"`` so its
        refusals carry BMW's code. Calls stop counting by ``reset``, else by the rule the ledger was
        built with (``reset=`` or ``period=``), else by :class:`DailyReset` (midnight UTC), the
        in-process default. Calls of a ``for_user`` view count under the view's key, other calls
        under ``key``, the client's own account (``bmw:<key>`` in the ledger). Without ``key``, a
        call outside a view, and reading this budget, raise :class:`ValueError`: every client
        sharing the ledger would otherwise count under one key, and one account's calls would
        stall the others.
        """
        from .quota_shared import SharedQuotaBudget

        return SharedQuotaBudget(ledger, key=key or "", reset=reset)  # "bmw:" names no account

    @property
    def blocking(self) -> bool:
        """Whether counting does file I/O: a locked, synced write per call (on the event loop in async clients)."""
        return self._storage.blocking

    def for_account(self, key: str) -> QuotaBudget:
        """A new budget with the same rules for another account (its own file next to this one's)."""
        path = None
        if self.path is not None:
            path = self.path.with_name(f"{self.path.stem}.{_file_safe(key)}{self.path.suffix}")
        return QuotaBudget(path, limit=self.limit, reset=self.reset, enforce=self.enforce, clock=self.clock)

    def idle(self) -> bool:
        """Whether a new budget with the same rules and storage (:meth:`for_account`) would act exactly
        like this one: always for a file or shared budget, whose count lives outside the object; for an
        in-memory one, while it holds no unexpired call and no block (no I/O either way)."""
        return self._storage.idle(self.clock.now())

    def __repr__(self) -> str:
        where = repr(self.path.name) if self.path else "memory"
        return f"QuotaBudget({where}, limit={self.limit}, reset={self.reset!r}, enforce={self.enforce})"

    def _current(self, now: datetime) -> _Ledger:
        """The stored ledger without expired entries (call with the storage locked)."""
        ledger = self._storage.load(self.reset)
        ledger.drop_expired(now)
        return ledger

    @contextlib.contextmanager
    def _ledger(self, now: datetime, *, save: bool = True) -> Iterator[_Ledger]:
        """The current ledger, under the lock; saved when the block exits normally."""
        with self._storage.locked():
            ledger = self._current(now)
            yield ledger
            if save:
                self._storage.save(ledger)

    def _frees_at(self, ledger: _Ledger, now: datetime) -> datetime:
        """When the oldest counted call (or, with none, a call made now) stops counting."""
        if not ledger.calls:
            return self.reset.expires_at(now)
        return ledger.calls[0].expires

    def _status(self, ledger: _Ledger, now: datetime) -> QuotaStatus:
        from .quota_rules import QuotaStatus

        used = len(ledger.calls)
        remaining = 0 if ledger.blocked_until else max(self.limit - used, 0)
        resets_at = ledger.blocked_until or (self._frees_at(ledger, now) if used else None)
        return QuotaStatus(self.limit, used, remaining, resets_at, ledger.blocked_until is not None)

    def status(self) -> QuotaStatus:
        """Calls used and left in the current window, and when the next one frees up."""
        now = self.clock.now()
        with self._ledger(now, save=False) as ledger:
            return self._status(ledger, now)

    def remaining(self) -> int:
        """Calls left before the budget refuses (0 after BMW said ``CU-429``)."""
        return self.status().remaining

    def spend(self) -> object:
        """Count one call and return its receipt for :meth:`refund`, or raise
        :class:`QuotaExceededError` (nothing counted) if none is left."""
        now = self.clock.now()
        call = _Call(now, self.reset.expires_at(now))
        with self._storage.locked():  # once per request: no context manager of our own, no snapshot
            ledger = self._current(now)
            if self.enforce and (ledger.blocked_until is not None or len(ledger.calls) >= self.limit):
                raise self._refusal(self._status(ledger, now), now)
            ledger.add(call)
            self._storage.save(ledger)
        return call

    def refund(self, receipt: object = None) -> None:
        """Take back a call whose request provably never reached BMW: the one ``receipt`` (from
        :meth:`spend`) names, while it still counts; without a receipt, the latest call."""
        with self._ledger(self.clock.now()) as ledger:
            if receipt is None:
                if ledger.calls:
                    ledger.calls.pop()
            elif receipt in ledger.calls:
                ledger.calls.remove(receipt)

    def mark_exhausted(self) -> None:
        """BMW answered ``CU-429``: refuse every call until the window frees up."""
        now = self.clock.now()
        with self._ledger(now) as ledger:
            ledger.blocked_until = self._frees_at(ledger, now)

    def seconds_until_free(self) -> float | None:
        """Seconds until a call is possible again, ``None`` when one is possible now."""
        return self.status().seconds_until_free(self.clock.now())

    def _refusal(self, status: QuotaStatus, now: datetime) -> QuotaExceededError:
        when = status.resets_at.isoformat() if status.resets_at else "unknown"
        cause = "BMW reported the quota exhausted" if status.blocked_by_server else f"{status.used} calls used"
        return QuotaExceededError(
            f"CarData daily quota used up ({cause}, limit {self.limit}); refused locally until {when}",
            code=QUOTA_ERROR_ID,
            retry_after=max((status.resets_at - now).total_seconds(), 0.0) if status.resets_at else None,
            details={"local": True, "limit": self.limit, "used": status.used, "resets_at": when},
        )


__all__ = [
    "DAILY_LIMIT",
    "DailyReset",
    "LedgerBackend",
    "LedgerSnapshot",
    "QuotaBudget",
    "QuotaStatus",
    "ResetRule",
    "RollingWindow",
    "SharedQuotaBudget",
]
