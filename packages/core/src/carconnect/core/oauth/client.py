"""Runs the OAuth flows of :mod:`.flows` over HTTP, sync or async."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Self, TypeVar, Unpack

import httpx

from ..calls import cause_of, request_named, transport_problem
from ..clock import SYSTEM_CLOCK
from ..errors import CarConnectError, RequestTimeoutError, ResponseParseError, TransportError
from ..options import TOKEN_TIMEOUT, USER_AGENT, LoginOptions, reject_unknown
from ..pipeline import describe, log_retry
from ..renewing import AsyncRenewingTransport, RenewingTransport
from ..retry import RetryPolicy
from ..sources import ClientCredentialsSource, TokenManager
from ..stores import TokenStore
from ..tasks import afinish_token_work, finish_token_work
from ..tokens import Token
from . import flows
from .config import OAuthConfig
from .flows import AuthorizationRequest, DeviceAuthorization, DevicePollStatus, Flow, Sleep

T = TypeVar("T")


class OAuthClient:
    """One OAuth client registration, able to log in, refresh and revoke, sync or async.

    It is also the :class:`~carconnect.core.sources.Refresher` a
    :class:`~carconnect.core.sources.TokenManager` uses. Token requests are retried only when they
    provably never reached the server (a refresh token must not be spent twice).
    """

    def __init__(self, config: OAuthConfig, **options: Unpack[LoginOptions]) -> None:
        reject_unknown(options, LoginOptions, self)
        self.config = config
        self.clock = options.get("clock", SYSTEM_CLOCK)
        self._transport, self._async_transport = options.get("transport"), options.get("async_transport")
        self._retry = options.get("retry") or RetryPolicy()
        self._user_agent = options.get("user_agent") or USER_AGENT
        self._timeout = httpx.Timeout(options.get("timeout", TOKEN_TIMEOUT))
        self._trust_env = options.get("trust_env", True)
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"

    # -- driving flows -------------------------------------------------------------------------

    def _client(self) -> httpx.Client:
        if self._sync is None:
            if self._transport is not None:
                self._sync = httpx.Client(transport=self._transport, trust_env=self._trust_env)
            else:  # renewed in a forked child
                transport, mounts = RenewingTransport.for_client(trust_env=self._trust_env)
                self._sync = httpx.Client(transport=transport, mounts=mounts, trust_env=self._trust_env)
        return self._sync

    def _async_client(self) -> httpx.AsyncClient:
        if self._async is None:
            if self._async_transport is not None:
                self._async = httpx.AsyncClient(transport=self._async_transport, trust_env=self._trust_env)
            else:  # renewed in a forked child and in each new event loop (a refresh per asyncio.run job)
                transport, mounts = AsyncRenewingTransport.for_client(trust_env=self._trust_env)
                self._async = httpx.AsyncClient(transport=transport, mounts=mounts, trust_env=self._trust_env)
        return self._async

    def _retry_delay(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.RequestError,
        attempt: int,
        started: float,
        *,
        paced: bool,
    ) -> float | None:
        """Seconds to wait before sending a token request again: only when it provably was not processed.

        An error that is not a transport error (an answer whose body cannot be decoded...) means the
        server answered, so the request is never sent again; nor is a request of a ``paced`` flow
        that got an answer: that flow reads every answer and spaces its requests itself.
        """
        if isinstance(outcome, httpx.Response):
            if paced:
                return None
            delay = self._retry.delay_after_response(request, outcome, attempt, self.clock)
        elif isinstance(outcome, httpx.TransportError):
            delay = self._retry.delay_after_error(request, outcome, attempt)
        else:
            return None
        if delay is None or not self._retry.allows(attempt, delay, self.clock.monotonic() - started):
            return None
        return delay

    def _retrying(
        self, flow: Flow[T], *, paced: bool = False
    ) -> Generator[httpx.Request | Sleep, httpx.Response | httpx.RequestError | None, T]:
        """``flow`` with each request sent again where :meth:`_retry_delay` allows.

        The driver answers a request with its response, or with the httpx request error it raised.
        A transport error left after the retries (no answer, or an answer cut off) is raised as a
        carconnect error, except in a ``paced`` flow, where it is thrown into the flow at the request's
        ``yield``: the device poll then polls again at its next interval (see
        :func:`~.flows.device_token_flow`); one the flow lets through is translated as usual.
        Each token request the flow makes adds to the retry policy's budget, as each API call does,
        so a budget spent on retries refills with later requests.
        """
        reply: httpx.Response | None = None
        lost: httpx.TransportError | None = None
        while True:
            try:
                step = flow.send(reply) if lost is None else flow.throw(lost)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            except httpx.TransportError as exc:
                if exc is not lost:
                    raise
                raise _translated(exc) from cause_of(exc)
            reply, lost = None, None
            if isinstance(step, Sleep):
                yield step
                continue
            # flows build bare requests: send() adds no client headers (nor, before httpx 0.27.1, the
            # client's timeout), so every token request gets both here
            step.headers.setdefault("User-Agent", self._user_agent)
            step.extensions.setdefault("timeout", self._timeout.as_dict())
            if self._retry.budget is not None:
                self._retry.budget.record_request()
            started, attempt = self.clock.monotonic(), 0
            while True:
                outcome = yield step
                assert outcome is not None
                delay = self._retry_delay(step, outcome, attempt, started, paced=paced)
                if delay is None:
                    break
                attempt += 1
                failed = (
                    flows.oauth_error(outcome, clock=self.clock) if isinstance(outcome, httpx.Response) else outcome
                )
                log_retry(step, describe(failed), delay, attempt)
                yield Sleep(delay)
            if paced and isinstance(outcome, httpx.TransportError):
                lost = outcome  # the flow decides: a device poll is sent again at its next interval
            elif isinstance(outcome, httpx.RequestError):
                raise _translated(outcome) from cause_of(outcome)
            else:
                reply = outcome

    def run(self, flow: Flow[T], *, paced: bool = False) -> T:
        """Drive a flow with the sync HTTP client; ``paced``: the flow reads every answer and spaces
        its requests itself (device polling), so an answer is never retried here, and a request whose
        answer was lost is the flow's to send again (the error is thrown into it)."""
        steps = self._retrying(flow, paced=paced)
        reply: httpx.Response | httpx.RequestError | None = None
        while True:
            try:
                step = steps.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            reply = None
            if isinstance(step, Sleep):
                self.clock.sleep(step.seconds)
                continue
            try:
                reply = self._client().send(step)
            except httpx.RequestError as exc:
                reply = exc

    async def arun(self, flow: Flow[T], *, paced: bool = False) -> T:
        """Drive a flow with the async HTTP client (``paced``: as in :meth:`run`)."""
        steps = self._retrying(flow, paced=paced)
        reply: httpx.Response | httpx.RequestError | None = None
        while True:
            try:
                step = steps.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            reply = None
            if isinstance(step, Sleep):
                await self.clock.asleep(step.seconds)
                continue
            try:
                reply = await self._async_client().send(step)
            except httpx.RequestError as exc:
                reply = exc

    # -- grants ----------------------------------------------------------------------------------

    def authorization_request(self, *, state: str | None = None, **params: str) -> AuthorizationRequest:
        """A new authorization URL with fresh ``state`` and PKCE verifier (keep the object to finish)."""
        return flows.authorization_request(self.config, state=state, **params)

    def exchange_code(self, request: AuthorizationRequest, callback: str) -> Token:
        """Finish an authorization-code login from the redirect URL (or the bare code)."""
        return self.run(flows.authorization_code_flow(self.config, request, callback, self.clock))

    async def aexchange_code(self, request: AuthorizationRequest, callback: str) -> Token:
        return await self.arun(flows.authorization_code_flow(self.config, request, callback, self.clock))

    def refresh(self, token: Token) -> Token:
        """A new token from ``token``'s refresh token (``ReauthorizationRequiredError`` if it is dead)."""
        return self.run(flows.refresh_flow(self.config, token, self.clock))

    async def arefresh(self, token: Token) -> Token:
        return await self.arun(flows.refresh_flow(self.config, token, self.clock))

    def client_credentials(self) -> Token:
        """An application token (client credentials grant)."""
        return self.run(flows.client_credentials_flow(self.config, self.clock))

    async def aclient_credentials(self) -> Token:
        return await self.arun(flows.client_credentials_flow(self.config, self.clock))

    def start_device_authorization(self, *, pkce: bool = False) -> DeviceAuthorization:
        """Begin a device login: show ``user_code`` and ``verification_uri`` to the user."""
        return self.run(flows.device_authorization_flow(self.config, self.clock, pkce=pkce))

    async def astart_device_authorization(self, *, pkce: bool = False) -> DeviceAuthorization:
        return await self.arun(flows.device_authorization_flow(self.config, self.clock, pkce=pkce))

    def poll_device_token(
        self, device: DeviceAuthorization, on_progress: Callable[[DevicePollStatus], None] | None = None
    ) -> Token:
        """Wait for the user's approval of a device login."""
        return self.run(flows.device_token_flow(self.config, device, self.clock, on_progress), paced=True)

    async def apoll_device_token(
        self, device: DeviceAuthorization, on_progress: Callable[[DevicePollStatus], None] | None = None
    ) -> Token:
        return await self.arun(flows.device_token_flow(self.config, device, self.clock, on_progress), paced=True)

    def revoke(self, token: str, hint: str = "refresh_token") -> None:
        """Revoke a token at the server (RFC 7009), where the vendor supports it."""
        self.run(flows.revoke_flow(self.config, token, hint))

    async def arevoke(self, token: str, hint: str = "refresh_token") -> None:
        await self.arun(flows.revoke_flow(self.config, token, hint))

    def token_manager(self, store: TokenStore | Token, *, leeway: float | None = None) -> TokenManager:
        """A token source that keeps the token in ``store`` fresh with this client's refresh grant.

        ``leeway``: seconds before expiry at which a token is refreshed (by default 60 s, or half
        the token's lifetime when that is shorter).
        """
        return TokenManager(store, self, leeway=leeway, clock=self.clock)

    def client_credentials_source(self, *, leeway: float | None = None) -> ClientCredentialsSource:
        """A token source of application tokens, fetched again (client credentials) before each expires
        (``leeway`` as for :meth:`token_manager`)."""
        return ClientCredentialsSource(self, leeway=leeway, clock=self.clock)

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections this login opened (a transport you passed stays open).

        The login stays usable: a later request opens a new client. A refresh in flight in another
        thread is first let finish and its token saved (:func:`~carconnect.core.tasks.finish_token_work`).
        """
        finish_token_work()
        client, self._sync = self._sync, None
        if client is not None and self._transport is None:
            client.close()

    async def aclose(self) -> None:
        """Close the connections this login opened (a transport you passed stays open).

        The login stays usable: a later request opens a new client. A refresh in flight (its caller
        may have been cancelled) is first let finish and its token saved
        (:func:`~carconnect.core.tasks.afinish_token_work`): the vendor has already rotated the
        refresh token.
        """
        await afinish_token_work()
        client, self._async = self._async, None
        if client is not None and self._async_transport is None:
            await client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _translated(exc: httpx.RequestError) -> CarConnectError:
    """The carconnect error for an httpx error raised while sending a token request, naming the
    request (method and URL without the query)."""
    named = request_named(exc)
    if isinstance(exc, httpx.TimeoutException):
        what = f"token request {named}" if named else "token request"
        return RequestTimeoutError(f"{what} timed out ({type(exc).__name__})")
    to = f" to {named}" if named else ""
    if isinstance(exc, httpx.TransportError):
        return TransportError(f"no answer from the login server{to}: {transport_problem(exc)}")
    return ResponseParseError(f"unreadable answer from the login server{to}: {transport_problem(exc)}")
