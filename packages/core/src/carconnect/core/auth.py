"""The ``httpx.Auth`` every brand client signs with: credentials in, policies applied, typed errors out.

:class:`CarConnectAuth` is an ordinary ``httpx.Auth``, so it works in any ``httpx.Client`` or
``httpx.AsyncClient`` (``stream()``, event hooks, proxies and per-call timeouts keep their meaning).
For each request it adds the brand's headers and the access token, runs the brand's policies
(:mod:`carconnect.core.pipeline`) around every attempt, refreshes the token once and replays once
when the brand says the answer rejects the token (once per call: the call's :class:`Exchange`
remembers it when a transport error makes the call run again; no replay where a policy's
:meth:`~carconnect.core.pipeline.Policy.may_replay` forbids it: a command answered with a 2xx whose
body rejects the token), retries what :class:`RetryPolicy` and the policies allow, and raises a typed
:class:`ApiError` for the final failure. Success bodies are left to the caller (a streamed response
stays a stream).

The flow is one generator; the sync and async drivers only fetch tokens, read bodies and sleep.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncGenerator, Callable, Generator, Mapping, Sequence
from typing import Any, NamedTuple

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .errorbody import bound_error_body
from .errors import CLOSED_MESSAGE, REFUSAL_ERRORS, AuthenticationError, ClientClosedError
from .mapping import ErrorMapper, classify_response
from .pipeline import (
    Exchange,
    Hook,
    Policy,
    Sleep,
    answered_status,
    answered_success,
    current_exchange,
    describe,
    log_retry,
    notify,
)
from .redact import describe_request
from .refusals import RefusedTokens
from .retry import RetryPolicy, may_have_run
from .sources import TokenSource
from .tasks import run_blocking
from .users import current_user, for_whom

logger = logging.getLogger("carconnect.core.auth")

TokenHeader = Callable[[str], tuple[str, str]]
"""Turns an access token into the header that carries it: ``(name, value)``."""


_UNSENDABLE = re.compile(r"[\x00-\x1f\x7f]|^[ \t]|[ \t]$")
"""What HTTP refuses in a header value: control bytes (a line break) and surrounding whitespace."""
UNSENDABLE_PROBLEM = "has a line break, a control character or surrounding whitespace"


def sendable(value: str) -> bool:
    """Whether ``value`` can go in an HTTP header as it is."""
    return _UNSENDABLE.search(value) is None


def bearer(token: str) -> tuple[str, str]:
    """``Authorization: Bearer <token>``, what every vendor API but FordPass expects."""
    return "Authorization", f"Bearer {token}"


class _TokenWanted(NamedTuple):
    """The flow's request for a token from ``source``; ``rejected`` is the access token just refused."""

    source: TokenSource
    rejected: str | None


class _StoredToken(NamedTuple):
    """The flow's question to ``source`` for a token stored since ``refused`` (a new login), without a
    refresh; ``None`` when it has none or cannot tell (:meth:`TokenManager.stored_access_token`)."""

    source: TokenSource
    refused: str


class _ReadBody(NamedTuple):
    """The flow's request to read ``response``'s body before it goes on."""

    response: httpx.Response


_Step = _TokenWanted | _StoredToken | _ReadBody | Sleep | Hook | httpx.Request


class CarConnectAuth(httpx.Auth):
    """Brand headers and token, the brand's policies, one replay after a token rejection, typed errors."""

    def __init__(
        self,
        token_source: TokenSource | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        error_mapper: ErrorMapper | None = None,
        policies: Sequence[Policy] = (),
        retry: RetryPolicy | None = None,
        clock: Clock = SYSTEM_CLOCK,
        token_header: TokenHeader = bearer,
        per_user: bool = True,
    ) -> None:
        for name, value in (headers or {}).items():
            if not sendable(value):  # the value is a secret (an API key): never quoted
                raise ValueError(f"header {name!r} {UNSENDABLE_PROBLEM}")
        self.token_source = token_source
        self.per_user = per_user
        """Whether a :class:`~carconnect.core.users.UserView`'s credentials replace ``token_source``."""
        self._headers = dict(headers or {})
        self.error_mapper = error_mapper
        self.policies = tuple(policies)
        self.retry = retry if retry is not None else RetryPolicy()
        self.clock = clock
        self.token_header = token_header
        self.refused_tokens = RefusedTokens(clock)
        """Access tokens the vendor refused although just issued: not refreshed again, in the end not sent."""
        self.closed = False
        """Set when the client that made this signer closed: requests then raise :class:`ClientClosedError`."""

    def __repr__(self) -> str:
        policies = [type(policy).__name__ for policy in self.policies]
        headers = sorted(self._headers)
        return f"CarConnectAuth(token_source={self.token_source!r}, headers={headers!r}, policies={policies!r})"

    def credentials_guard(self, base_url: str) -> Callable[[httpx.Request], None]:
        """An httpx request hook that drops the headers this signer set (the brand's, such as an API
        key, and the token header) from a request to an origin other than ``base_url``'s: a
        redirect followed to another host. httpx itself drops only ``Authorization`` there."""
        home = httpx.URL(base_url)
        names = [*self._headers, self.token_header("-")[0]]

        def keep_credentials_home(request: httpx.Request) -> None:
            url = request.url
            if (url.scheme, url.host, url.port) != (home.scheme, home.host, home.port):
                for name in names:
                    request.headers.pop(name, None)

        return keep_credentials_home

    def _sign(self, request: httpx.Request, token: str) -> None:
        name, value = self.token_header(token)
        if not sendable(value):
            raise AuthenticationError(
                f"the access token {UNSENDABLE_PROBLEM} (read from a file or an environment variable?); "
                "nothing was sent",
                code="malformed_token",
            )
        request.headers[name] = value

    def _flow(self, request: httpx.Request) -> Generator[_Step, Any, None]:
        if self.closed:
            raise ClientClosedError(CLOSED_MESSAGE)
        exchange = current_exchange.get()
        if exchange is None or exchange.signer not in (None, self):
            exchange = Exchange()  # not this call's: a token source's own request through another client
        exchange.bind(self)
        for name, value in self._headers.items():
            request.headers[name] = value
        scope = current_user() if self.per_user else None
        source = scope.source if scope is not None else self.token_source
        token: str | None = None
        replacement: str | None = None  # the token fetched in this flow to replace a refused one
        if source is not None:
            token = yield _TokenWanted(source, None)
            if self.refused_tokens.stopped(token):
                token = (yield _StoredToken(source, token)) or token
                self.refused_tokens.check(token, request)
            self._sign(request, token)
        while True:
            yield from self._admit(request)
            exchange.sent, exchange.answered = request, None
            response: httpx.Response = yield request
            exchange.answered = response.status_code
            if not response.is_success:
                bound_error_body(response, self.clock)
                yield _ReadBody(response)
            elif any(policy.reads_success_body for policy in self.policies):
                yield _ReadBody(response)
            for policy in self.policies:
                if policy.blocking:
                    response = yield Hook(policy.on_response, (request, response))
                else:
                    response = policy.on_response(request, response)
            if response.is_success:
                if token is not None:
                    self.refused_tokens.accepted(token)
                exchange.response = response
                return
            error, token_rejected = classify_response(response, self.error_mapper, clock=exchange.clock())
            # a 2xx whose body rejects the token: the vendor took the request, so whether it ran is unknown
            taken = (token_rejected or isinstance(error, AuthenticationError)) and answered_success(response)
            replayable = not token_rejected or all(policy.may_replay(request, response) for policy in self.policies)
            if token_rejected and source is not None and token is not None:
                if token == replacement:
                    self.refused_tokens.remember(token, request)
                elif self.refused_tokens.refused(token):
                    token_rejected = False  # a new token would be refused too: no refresh
                    replay = replayable and not exchange.replayed
                    stored = (yield _StoredToken(source, token)) if replay else None
                    if stored is not None:  # a new login, stored meanwhile: sent once in its place
                        exchange.replayed = True
                        token = stored
                        self._sign(request, token)
                        continue
            if token_rejected and source is not None and token is not None and not exchange.replayed:
                exchange.replayed = True
                fresh = yield _TokenWanted(source, token)  # refreshed for later calls even when not replayed
                if fresh != token and replayable:
                    logger.info(
                        "%s%s: access token rejected, replaying once with a new one",
                        describe_request(request),
                        for_whom(),
                    )
                    token = replacement = fresh
                    self._sign(request, token)
                    continue
                if fresh != token:
                    logger.info(
                        "%s%s: access token rejected in a %d answer; refreshed, the request is not sent again",
                        describe_request(request),
                        for_whom(),
                        answered_status(response),
                    )
            delay = exchange.after_response(request, response, error.retry_after)
            if delay is None:
                if taken:
                    error.may_have_run = may_have_run(request, status=answered_status(response))
                else:
                    error.may_have_run = not isinstance(error, REFUSAL_ERRORS) and may_have_run(
                        request, status=response.status_code
                    )
                raise error
            log_retry(request, describe(error), delay, exchange.attempt)
            yield Sleep(delay, "retry")

    def _admit(self, request: httpx.Request) -> Generator[_Step, Any, None]:
        """Run every policy's ``on_request`` and wait where one asks to.

        When the attempt will not be sent after all (a policy refuses it, or the wait or a hook is
        interrupted: the driver throws the error in here), the policies that had admitted it hear
        of it (:meth:`Policy.on_unsent`), last first, and the error goes on.
        """
        admitted: list[Policy] = []
        try:
            for policy in self.policies:
                if policy.blocking:
                    # the driver lets the hook finish before it throws a cancellation in here, so
                    # whatever the hook took is given back below
                    admitted.append(policy)
                    wait = yield Hook(policy.on_request, (request,))
                else:
                    wait = policy.on_request(request)
                    admitted.append(policy)
                if wait > 0:
                    reason = policy.reason
                    logger.info(
                        "waiting %.1f s before sending %s%s: %s", wait, describe_request(request), for_whom(), reason
                    )
                    yield Sleep(wait, reason)
        except BaseException as stopped:
            interrupted: BaseException | None = None
            for policy in reversed(admitted):
                if policy.blocking and not isinstance(stopped, GeneratorExit):
                    try:
                        yield Hook(notify, (policy.on_unsent, request))
                    except BaseException as late:  # a cancellation meanwhile: the others still give back
                        interrupted = late
                else:
                    notify(policy.on_unsent, request)
            if interrupted is not None:
                raise interrupted from stopped
            raise

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        reply: object = None
        failure: BaseException | None = None
        while True:
            try:
                step = flow.send(reply) if failure is None else flow.throw(failure)
            except StopIteration:
                return
            reply, failure = None, None
            if isinstance(step, httpx.Request):
                reply = yield step
                continue
            try:
                if isinstance(step, _TokenWanted):
                    reply = step.source.get_access_token(step.rejected)
                elif isinstance(step, _StoredToken):
                    stored = getattr(step.source, "stored_access_token", None)
                    reply = stored(step.refused) if stored is not None else None
                elif isinstance(step, _ReadBody):
                    step.response.read()
                elif isinstance(step, Sleep):
                    self.clock.sleep(step.seconds)
                else:
                    reply = step.function(*step.args)
            except BaseException as exc:  # the flow gives back what its policies took, then raises it
                failure = exc

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._flow(request)
        reply: object = None
        failure: BaseException | None = None
        while True:
            try:
                step = flow.send(reply) if failure is None else flow.throw(failure)
            except StopIteration:
                return
            reply, failure = None, None
            if isinstance(step, httpx.Request):
                reply = yield step
                continue
            try:
                if isinstance(step, _TokenWanted):
                    reply = await step.source.aget_access_token(step.rejected)
                elif isinstance(step, _StoredToken):
                    stored = getattr(step.source, "astored_access_token", None)
                    reply = await stored(step.refused) if stored is not None else None
                elif isinstance(step, _ReadBody):
                    await step.response.aread()
                elif isinstance(step, Sleep):
                    await self.clock.asleep(step.seconds)
                else:
                    reply = await run_blocking(step.function, *step.args)
            except BaseException as exc:  # a cancellation too: the flow gives back, then raises it
                failure = exc
