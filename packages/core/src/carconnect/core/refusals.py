"""Access tokens the vendor refuses although they were just issued: :class:`RefusedTokens`.

A 401 normally means the access token expired early or was revoked, and a new one fixes it: the
auth flow fetches one and replays the request once. When the vendor refuses the new token too, a
new token does not help (the user withdrew the app's access, the vendor blocked the application):
fetching one on every later call would double each call's traffic and churn tokens all day, a
pattern vendors block applications for. So such a token is remembered for :data:`FORGET_AFTER`
seconds: a 401 to it is not answered with a new token, and after :data:`REFUSALS_BEFORE_STOP`
refusals in a row it is not sent at all (a :class:`~carconnect.core.ReauthorizationRequiredError`
decided locally). A call with it that succeeds ends this; so does another token from the source (its
refresh near expiry, or a new login: a refused or stopped token makes the flow ask a
:class:`~carconnect.core.TokenManager` for a login stored since, which refreshes nothing) or, once the
token is forgotten, the next refusal, which fetches a new token as any refusal does.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict

import httpx

from .clock import Clock
from .errors import ReauthorizationRequiredError
from .redact import describe_request, url_without_query
from .users import for_whom

logger = logging.getLogger("carconnect.core.auth")

REFUSALS_BEFORE_STOP = 10
"""Refusals in a row of a just-issued token after which it is no longer sent (Ford's advice: stop
after 10 401s and ask for a new login)."""
FORGET_AFTER = 300.0
"""Seconds after which a refused token is forgotten: its next refusal fetches a new token again."""
REMEMBERED_TOKENS = 1024
"""At most this many refused tokens are remembered (the least recently refused is forgotten first)."""


class RefusedTokens:
    """Per access token: how many times in a row the vendor refused it since it was issued to replace
    a refused one, and when that began. Thread-safe; tokens stay in memory only and are never logged."""

    def __init__(self, clock: Clock, *, limit: int = REFUSALS_BEFORE_STOP, forget_after: float = FORGET_AFTER) -> None:
        self.clock = clock
        self.limit = limit
        self.forget_after = forget_after
        self._refusals: OrderedDict[str, tuple[int, float]] = OrderedDict()
        """Token -> (refusals in a row, monotonic time it was remembered)."""
        self._lock = threading.Lock()

    def _count(self, token: str) -> int | None:
        """Refusals of ``token`` in a row, ``None`` when it is not (or no longer) remembered. Under the lock."""
        entry = self._refusals.get(token)
        if entry is None:
            return None
        if self.clock.monotonic() - entry[1] >= self.forget_after:
            del self._refusals[token]
            return None
        return entry[0]

    def stopped(self, token: str) -> bool:
        """Whether ``token`` was refused ``limit`` times in a row: no longer sent."""
        if not self._refusals:
            return False
        with self._lock:
            count = self._count(token)
        return count is not None and count >= self.limit

    def check(self, token: str, request: httpx.Request) -> None:
        """Raise the local refusal instead of sending ``request`` when ``token`` was refused ``limit``
        times in a row."""
        if self.stopped(token):
            raise ReauthorizationRequiredError(
                f"{describe_request(request)} not sent: the vendor refused this login's access token "
                f"{self.limit} times in a row, a newly issued one included (the app's access was withdrawn "
                "or blocked): log in again",
                code="token_refused",
                details={"local": True},
                method=request.method,
                url=url_without_query(request.url),
            )

    def remember(self, token: str, request: httpx.Request) -> None:
        """``token`` was issued to replace a refused one and was refused in its turn."""
        with self._lock:
            self._refusals[token] = (1, self.clock.monotonic())
            self._refusals.move_to_end(token)
            while len(self._refusals) > REMEMBERED_TOKENS:
                self._refusals.popitem(last=False)
        logger.warning(
            "%s%s: the vendor refused a newly issued access token too: for %.0f s its refusals fetch no new "
            "token, and after %d in a row it is not sent",
            describe_request(request),
            for_whom(),
            self.forget_after,
            self.limit,
        )

    def refused(self, token: str) -> bool:
        """Count a refusal of ``token``; whether it is remembered (then no new token is fetched)."""
        if not self._refusals:
            return False
        with self._lock:
            count = self._count(token)
            if count is None:
                return False
            self._refusals[token] = (count + 1, self._refusals[token][1])
        return True

    def accepted(self, token: str) -> None:
        """A call with ``token`` succeeded: it is no longer refused."""
        if self._refusals:
            with self._lock:
                self._refusals.pop(token, None)
