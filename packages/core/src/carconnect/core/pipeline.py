"""The policy pipeline every brand client request runs through, written once and free of I/O.

A :class:`Policy` sees each attempt of a request before it is sent (it may ask to wait, or refuse
with a carconnect error), sees each answer (it may note it, or replace a success that carries a
failure in its body), sees transport errors, and may give a verdict on retrying. Brands list their
policies (Volvo's rate limiter, BMW's quota, Smartcar's resolutions, Ford's in-body statuses, and
:class:`CommandsSentOncePolicy` with each brand's idea of a command); the retry timing comes from
:class:`~carconnect.core.retry.RetryPolicy`, which a user may replace without dropping any brand rule.

:class:`CarConnectAuth` (an ordinary ``httpx.Auth``) drives the per-attempt part of the pipeline;
:func:`carconnect.core.call` drives retries after transport errors, which ``httpx`` raises past any
auth flow. Both share one :class:`Exchange` per call, so attempts, deadline and retry budget are
counted once across them.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any, NamedTuple, Protocol

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .errors import ApiError, ClientClosedError
from .redact import describe_request
from .retry import NEVER_SENT_ERRORS, RetryPolicy
from .tasks import run_blocking
from .users import for_whom

logger = logging.getLogger("carconnect.core.pipeline")


class Policy:
    """One brand or core rule in the pipeline; every hook does nothing unless overridden."""

    reads_success_body: bool = False
    """Whether :meth:`on_response` needs the body of success answers too (error bodies are always read)."""
    blocking: bool = False
    """Whether the hooks do blocking I/O (a file, Redis): async clients then run them in a worker
    thread instead of on the event loop."""

    @property
    def reason(self) -> str:
        """Why an attempt waits when :meth:`on_request` asks it to, as log records say it.

        By default the class name in words without "Policy" (``rate limit`` for ``RateLimitPolicy``);
        a policy that makes attempts wait overrides it (a class attribute will do) with what its
        vendor limits, such as ``"Volvo's limit of 100 calls a minute"``.
        """
        name = type(self).__name__
        return _WORD_START.sub(" ", name.removesuffix("Policy") or name).lower()

    def on_request(self, request: httpx.Request) -> float:
        """Called before every attempt: adjust ``request``, return seconds to wait first (0 to go now).

        Raise a :class:`~carconnect.core.CarConnectError` to refuse the request without sending it.
        """
        return 0.0

    def on_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Called with every answer (body read when it is an error); return it, or a replacement."""
        return response

    def on_unsent(self, request: httpx.Request) -> None:
        """Called when the attempt :meth:`on_request` admitted will not be sent after all: a later
        policy refused it, or the call was cancelled (or failed) while it waited to go. Give back
        what :meth:`on_request` took (a rate-limit slot, a quota call). A blocking policy's
        ``on_unsent`` runs in a worker thread under asyncio, as its other hooks do."""

    def on_transport_error(self, request: httpx.Request, error: httpx.TransportError) -> None:
        """Called when an attempt got no answer."""

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        """``False`` forbids a retry, ``True`` allows one the default rules would not, ``None`` defers."""
        return None

    def may_replay(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether ``request`` may be sent again with a new access token after ``response`` rejected
        the old one (``True`` unless overridden). The token is refreshed either way."""
        return True


class CommandsSentOncePolicy(Policy):
    """Never sends a command again once it may have reached the vendor, whatever ``retry=`` allows.

    ``is_command``: the brand's test of a request that makes the vehicle act (or changes something
    for good). ``refused_statuses``: answers by which the vendor refuses a command without running
    it (a gateway's rate-limit 429); after those, and after an error showing the request never left
    (:data:`~carconnect.core.retry.NEVER_SENT_ERRORS`), the retry policy decides as usual. Any other
    answer or transport error (a 5xx, a timeout, a dropped connection) forbids a retry, and so does
    a 2xx whose body reports a failure (:func:`answered_success`): the vendor took the command. After
    a real 401 a command is replayed once with a new token; after a 2xx reporting 401 it is not
    (:meth:`may_replay`).
    """

    def __init__(self, is_command: Callable[[httpx.Request], bool], *, refused_statuses: Collection[int] = ()) -> None:
        self.is_command = is_command
        self.refused_statuses = frozenset(refused_statuses)

    def __repr__(self) -> str:
        name = getattr(self.is_command, "__qualname__", repr(self.is_command))
        return f"CommandsSentOncePolicy({name}, refused_statuses={sorted(self.refused_statuses)})"

    def may_retry(self, request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> bool | None:
        if not self.is_command(request):
            return None
        if isinstance(outcome, httpx.Response):
            if outcome.status_code in self.refused_statuses and not answered_success(outcome):
                return None
        elif isinstance(outcome, NEVER_SENT_ERRORS):
            return None
        logger.debug("%s %s: a command is sent once, not again", request.method, request.url.path)
        return False

    def may_replay(self, request: httpx.Request, response: httpx.Response) -> bool:
        """A command is replayed with a new token only after a real HTTP 401, which shows it was not
        run; never after a 2xx whose body reports the rejection (the vendor took the command)."""
        if self.is_command(request) and answered_success(response):
            logger.debug("%s %s: a command the vendor took is not sent again", request.method, request.url.path)
            return False
        return True


ANSWERED_STATUS = "carconnect.answered_status"
"""Key of ``response.extensions`` holding the HTTP status the vendor answered with, on an answer a
policy gave another status (a 2xx whose body reports a failure: :class:`~carconnect.core.inbody.InBodyStatusPolicy`)."""


def answered_status(response: httpx.Response) -> int:
    """The HTTP status the vendor answered ``response`` with, before any policy gave it another."""
    status = response.extensions.get(ANSWERED_STATUS)
    return status if isinstance(status, int) else response.status_code


def answered_success(response: httpx.Response) -> bool:
    """Whether the vendor answered ``response`` with a 2xx (it took the request), whatever status a
    policy gave it since."""
    return 200 <= answered_status(response) < 300


class Hook(NamedTuple):
    """A flow's request to run a blocking policy hook (in a worker thread under asyncio)."""

    function: Callable[..., Any]
    args: tuple[Any, ...]


class Sleep(NamedTuple):
    """A flow's request to wait before it goes on."""

    seconds: float
    reason: str


class PolicySet(Protocol):
    """What an exchange needs from the signer that runs it (a :class:`CarConnectAuth`)."""

    @property
    def retry(self) -> RetryPolicy: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def policies(self) -> tuple[Policy, ...]: ...


async def _tell_every_policy(policies: Sequence[Policy], hook: str, request: httpx.Request, *args: object) -> None:
    """Call ``hook`` of every policy, a blocking policy's in a worker thread. A cancellation on the
    way waits until every policy has heard (each gives back what it took), then goes on."""
    interrupted: BaseException | None = None
    for policy in policies:
        if policy.blocking:
            try:
                await run_blocking(notify, getattr(policy, hook), request, *args)
            except BaseException as stopped:  # run_blocking let the hook finish first
                interrupted = stopped
        else:
            notify(getattr(policy, hook), request, *args)
    if interrupted is not None:
        raise interrupted


class Exchange:
    """The state of one call across its attempts: count, start time, whether the token was refreshed
    after a rejection, and the last success answer.

    :func:`carconnect.core.call` creates one per call and drops it when the call returns, so nothing
    here outlives the call.
    """

    __slots__ = ("answered", "attempt", "reached", "replayed", "response", "retries", "sent", "signer", "started")

    def __init__(self) -> None:
        self.retries = _retries.get()
        """Whether the call may be retried at all (not inside :func:`without_retries`)."""
        self.signer: PolicySet | None = None
        self.started = 0.0
        self.attempt = 0
        self.replayed = False
        """Whether an answer rejecting the token was met with a new token: a call does that once,
        across every run of its operation (a transport error's retry included)."""
        self.response: httpx.Response | None = None
        self.sent: httpx.Request | None = None
        """The call's request as last handed to httpx (an error about another request, such as a
        token source's own, does not concern it)."""
        self.answered: int | None = None
        """The status of the answer to :attr:`sent`, once its head arrived."""
        self.reached: httpx.Request | None = None
        """The attempt that passed every request hook, the transport's turn next (:func:`mark_reached`)."""

    def bind(self, signer: PolicySet) -> None:
        """Take the signer's rules at the first attempt (later attempts keep the first)."""
        if self.signer is None:
            self.signer, self.started = signer, signer.clock.monotonic()
            budget = signer.retry.budget
            if budget is not None:
                budget.record_request()

    def clock(self) -> Clock:
        return self.signer.clock if self.signer is not None else SYSTEM_CLOCK

    def _granted(self, delay: float | None) -> float | None:
        signer = self.signer
        if delay is None or signer is None or not self.retries:
            return None
        if not signer.retry.allows(self.attempt, delay, signer.clock.monotonic() - self.started):
            return None
        self.attempt += 1
        return delay

    def after_response(
        self, request: httpx.Request, response: httpx.Response, stated_wait: float | None = None
    ) -> float | None:
        """Seconds to wait before sending ``request`` again after ``response``, or ``None`` to stop.

        ``stated_wait``: the wait the vendor's error body asked for (the mapped error's ``retry_after``).
        """
        signer = self.signer
        if signer is None:
            return None
        verdict = _verdict(signer.policies, request, response)
        if verdict is False:
            return None
        delay = signer.retry.delay_after_response(
            request, response, self.attempt, signer.clock, forced=verdict is True, stated_wait=stated_wait
        )
        return self._granted(delay)

    def after_transport_error(self, error: httpx.TransportError) -> float | None:
        """Seconds to wait before running the call again after ``error``, or ``None`` to give up.

        Every policy hears of the error first (a quota refunds a request that never left).
        """
        signer = self.signer
        if signer is None:
            return None
        request = error.request
        for policy in signer.policies:
            notify(policy.on_transport_error, request, error)
        return self._after_error_heard(request, error)

    async def aafter_transport_error(self, error: httpx.TransportError) -> float | None:
        """:meth:`after_transport_error` with the hooks of blocking policies run in a worker thread."""
        signer = self.signer
        if signer is None:
            return None
        request = error.request
        await _tell_every_policy(signer.policies, "on_transport_error", request, error)
        return self._after_error_heard(request, error)

    def unsent(self, error: BaseException) -> None:
        """The call failed with ``error`` (or was cancelled): when that shows its latest attempt never
        left, every policy gives back what its ``on_request`` took (:meth:`Policy.on_unsent`)."""
        request = self._unsent_attempt(error)
        if request is not None:
            for policy in self.signer.policies if self.signer is not None else ():
                notify(policy.on_unsent, request)

    async def aunsent(self, error: BaseException) -> None:
        """:meth:`unsent` with the hooks of blocking policies run in a worker thread."""
        request = self._unsent_attempt(error)
        if request is not None and self.signer is not None:
            await _tell_every_policy(self.signer.policies, "on_unsent", request)

    def _unsent_attempt(self, error: BaseException) -> httpx.Request | None:
        """The latest attempt, handed to httpx and unanswered, when ``error`` shows it never left: a
        request hook failed before the transport's turn, or a closed transport or own client refused it."""
        request = self.sent
        if request is None or self.answered is not None:
            return None
        return request if self.reached is not request or isinstance(error, ClientClosedError) else None

    def _after_error_heard(self, request: httpx.Request, error: httpx.TransportError) -> float | None:
        signer = self.signer
        assert signer is not None
        verdict = _verdict(signer.policies, request, error)
        if verdict is False and not isinstance(error, NEVER_SENT_ERRORS):
            return None
        delay = self._granted(signer.retry.delay_after_error(request, error, self.attempt))
        if delay is not None:
            log_retry(request, describe(error), delay, self.attempt)
        return delay


def mark_reached(request: httpx.Request) -> None:
    """Note that ``request`` passed every request hook (the last hook of a brand client's httpx
    clients): an error after this may come from the transport, one before it never left."""
    exchange = current_exchange.get()
    if exchange is not None and exchange.sent is request:
        exchange.reached = request


def notify(hook: Callable[..., None], request: httpx.Request, *args: object) -> None:
    """Run a policy's notification ``hook(request, *args)`` (``on_unsent``, ``on_transport_error``):
    a failure there (a ledger gone) is logged and never hides why the attempt stopped or failed."""
    try:
        hook(request, *args)
    except Exception:
        name = getattr(hook, "__qualname__", repr(hook))
        logger.warning("%s failed for %s %s", name, request.method, request.url.path, exc_info=True)


def _verdict(
    policies: Sequence[Policy], request: httpx.Request, outcome: httpx.Response | httpx.TransportError
) -> bool | None:
    verdicts = [policy.may_retry(request, outcome) for policy in policies]
    if False in verdicts:
        return False
    return True if True in verdicts else None


current_exchange: contextvars.ContextVar[Exchange | None] = contextvars.ContextVar("carconnect_exchange", default=None)
"""The exchange of the call running in this context; set and reset by :func:`carconnect.core.call`."""

_retries: contextvars.ContextVar[bool] = contextvars.ContextVar("carconnect_retries", default=True)


@contextlib.contextmanager
def without_retries() -> Iterator[None]:
    """Calls started inside get one attempt, no automatic retry (the token replay after a rejected
    token still happens): for a caller that repeats the call on its own schedule, as a command
    handle's ``wait()`` does its polls within its deadline and poll budget."""
    reset = _retries.set(False)
    try:
        yield
    finally:
        _retries.reset(reset)


_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
"""Where a word starts inside a class name (``RateLimit``, ``HTTPQuota``)."""


def log_retry(request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
    """Log a retry of ``request`` after ``reason`` (:func:`describe`) at INFO."""
    logger.info(
        "retrying %s%s in %.1f s (retry %d) after %s", describe_request(request), for_whom(), delay, attempt, reason
    )


def describe(outcome: httpx.Response | httpx.RequestError | ApiError) -> str:
    """A short, secret-free description of an answer or failure for log records: the status and
    error class, with the vendor's error code and request id when known
    (``HTTP 503 ServerError, code SERVICE_UNAVAILABLE, request id 7f3a``)."""
    if isinstance(outcome, httpx.Response):
        return f"HTTP {outcome.status_code}"
    if isinstance(outcome, ApiError):
        status = f"HTTP {outcome.status_code} " if outcome.status_code is not None else ""
        known = [
            f"code {outcome.code}" if outcome.code else "",
            f"request id {outcome.request_id}" if outcome.request_id else "",
        ]
        return ", ".join([f"{status}{type(outcome).__name__}", *filter(None, known)])
    return type(outcome).__name__
