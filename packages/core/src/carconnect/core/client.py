# Generated from async_client.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The base of every sync brand client: options, httpx clients, and calling generated operations.

A brand client subclasses :class:`ClientBase`, lists its policies, binds its generated clients
with :meth:`ClientBase._bind`, and implements one thin method per endpoint that calls
:func:`call`. Each API base URL (and each way of signing, where a brand has several) gets one
ordinary ``httpx.Client`` signed by a :class:`~carconnect.core.auth.CarConnectAuth`. Unless a
``transport=`` or ``http_client=`` is passed, it sends through an
:class:`~carconnect.core.renewing.RenewingTransport` (and one per proxy the environment names),
which opens new connections in a forked child and, under asyncio, in each new event loop.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import ParamSpec, Protocol, Self, TypeVar, Unpack, cast

import httpx

from .auth import CarConnectAuth, TokenHeader, bearer
from .calls import DetailedResponse, cause_of, parsed, translate_exception
from .clock import SYSTEM_CLOCK
from .credentials import Credentials, MissingCredentials, as_token_source
from .errors import CLOSED_MESSAGE, OWN_CLIENT_CLOSED_MESSAGE, ClientClosedError
from .forks import Place
from .mapping import ErrorMapper
from .options import (
    DEFAULT_TIMEOUT,
    ClientOptions,
    ForwardedCookies,
    Options,
    chosen_user_agent,
    default_headers,
    expect_instance,
    no_cookies,
    reject_unknown,
)
from .pipeline import Exchange, Policy, current_exchange, mark_reached
from .renewing import RenewingTransport
from .retry import RetryPolicy
from .tasks import finish_token_work
from .users import UserScope, UserView, key_of

T = TypeVar("T")
P = ParamSpec("P")

logger = logging.getLogger("carconnect.core.client")


class _Generated(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Self: ...


G = TypeVar("G", bound=_Generated)


class ForwardingTransport(httpx.BaseTransport):
    """Sends through a caller's own ``httpx.Client`` (its default headers, proxies, mounts and hooks).

    The brand's credentials are the only ones sent: the client's own ``auth=`` and a default
    ``Authorization`` header of its own are left out. Its cookies are neither sent nor changed: a
    cookie the vendor sets is taken out of its jar again (:class:`~carconnect.core.options.ForwardedCookies`),
    since it serves every ``for_user`` view. Closing it never closes the caller's client.
    """

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.forwarded_cookies = ForwardedCookies.of(client)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.client.is_closed:
            raise ClientClosedError(OWN_CLIENT_CLOSED_MESSAGE)
        for name, value in self.client.headers.multi_items():
            if name not in request.headers and name.lower() != "authorization":
                request.headers[name] = value
        jar = self.client.cookies
        noted = self.forwarded_cookies.noted(jar)
        answer: httpx.Response | None = None
        try:
            # a redirect comes back to the brand client, whose hooks keep the brand's credentials home
            answer = self.client.send(request, stream=True, follow_redirects=False, auth=None)
            return answer
        except httpx.HTTPStatusError as exc:  # a response hook of the caller's raised: httpx kept its cookies
            answer = exc.response
            raise
        finally:
            self.forwarded_cookies.sent(jar, noted, answer)


class ClientBase:
    """Shared construction and lifecycle of sync brand clients."""

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        headers: Mapping[str, str] | None = None,
        error_mapper: ErrorMapper | None = None,
        policies: Sequence[Policy] = (),
        token_header: TokenHeader = bearer,
        **options: Unpack[Options],
    ) -> None:
        reject_unknown(options, ClientOptions, self)
        expect_instance(options, "http_client", httpx.Client, self)
        expect_instance(options, "transport", httpx.BaseTransport, self)
        self.clock = options.get("clock", SYSTEM_CLOCK)
        self.retry = options.get("retry") or RetryPolicy()
        self.policies = tuple(policies)
        self._options = options
        self._error_mapper = error_mapper
        self._http_clients: dict[tuple[str, int], httpx.Client] = {}
        self._signers: list[CarConnectAuth] = []
        self._view_sources: weakref.WeakSet[object] = weakref.WeakSet()
        """The token sources of the :meth:`for_user` views made so far, while they live."""
        self._closed = False
        self._place = Place()
        # without credentials, calls fail locally unless made through a for_user view
        own = credentials if credentials is not None else MissingCredentials()
        self.auth = self.signer(own, headers=headers, token_header=token_header)

    def signer(
        self,
        credentials: Credentials | None,
        *,
        headers: Mapping[str, str] | None = None,
        token_header: TokenHeader = bearer,
        per_user: bool = True,
    ) -> CarConnectAuth:
        """A :class:`CarConnectAuth` with this client's policies, retry policy, clock and error mapper.

        ``per_user``: a :meth:`for_user` view's credentials replace ``credentials`` (``False`` for
        application credentials such as an API's client secret).
        """
        source = as_token_source(credentials, self.clock) if credentials is not None else None
        signer = CarConnectAuth(
            source,
            headers=headers,
            error_mapper=self._error_mapper,
            policies=self.policies,
            retry=self.retry,
            clock=self.clock,
            token_header=token_header,
            per_user=per_user,
        )
        self._signers.append(signer)
        return signer

    def for_user(self, credentials: Credentials, *, key: str | None = None) -> Self:
        """This client acting for another user: same connections, retry budget and limits.

        ``key`` names the user for limits the vendor counts per user (and for shared limiters on
        Redis). By default it is the token source's own: views of one ``TokenManager`` share it,
        while a token string or :class:`Token` makes a new source, and so a new key, per call of
        ``for_user``. Name the user with ``key=`` when limits must hold across such views or across
        workers. The view is cheap: keep one per user.
        """
        source = as_token_source(credentials, self.clock)
        with contextlib.suppress(TypeError):  # a source that cannot be weakly referenced is not waited for
            self._view_sources.add(source)
        scope = UserScope(key, source) if key is not None else UserScope(key_of(source), source, named=False)
        return cast(Self, UserView(self, scope))

    def http_client_for(self, base_url: str, auth: CarConnectAuth | None = None) -> httpx.Client:
        """The ``httpx.Client`` for ``base_url`` signed by ``auth`` (this client's by default).

        It is an ordinary httpx client: ``stream()``, event hooks and per-call timeouts work as in
        httpx. A request sent through it directly gets the brand's headers and token (refreshed, and
        the request replayed once, when the vendor rejects it), its policies (limits, quota, retries
        of HTTP answers) and typed errors for HTTP answers. A transport error (a timeout, a refused
        connection) is httpx's own and is not retried, and what the policies took for that attempt
        (a quota call, a rate-limit slot) is not given back: only the client's methods do that.
        Unless a ``transport=`` or ``http_client=`` was passed, it may be kept across a fork or
        an event loop (as the generated clients keep it): its transport opens new connections where
        it must (:class:`~carconnect.core.renewing.RenewingTransport`).
        """
        if self._closed:
            raise ClientClosedError(CLOSED_MESSAGE)
        auth = auth or self.auth
        key = (base_url.rstrip("/"), id(auth))
        found = self._http_clients.get(key)
        if found is None:
            found = self._http_clients[key] = self._new_http_client(key[0], auth)
        return found

    def _new_http_client(self, base_url: str, auth: CarConnectAuth) -> httpx.Client:
        options = self._options
        transport = options.get("transport")
        own_client = options.get("http_client")
        timeout = options.get("timeout", DEFAULT_TIMEOUT)
        user_agent = options.get("user_agent")
        if own_client is not None:
            timeout = options.get("timeout", own_client.timeout)
            user_agent = user_agent or chosen_user_agent(own_client.headers)
            if transport is None:
                transport = ForwardingTransport(own_client)
        hooks = {name: list(functions) for name, functions in (options.get("event_hooks") or {}).items()}
        keep_home = auth.credentials_guard(base_url)

        def keep_credentials_home(request: httpx.Request) -> None:
            keep_home(request)

        def reached_transport(request: httpx.Request) -> None:
            mark_reached(request)

        hooks["request"] = [*hooks.get("request", ()), keep_credentials_home, reached_transport]
        trust_env = options.get("trust_env", True)
        mounts: dict[str, RenewingTransport | None] = {}
        if transport is None:  # the connections are this client's: renewed where they must be
            transport, mounts = RenewingTransport.for_client(trust_env=trust_env, place=self._place)

            def served_here(request: httpx.Request) -> None:
                self._place.here()  # an EventLoopError (asyncio) before the transport's turn: nothing sent

            hooks["request"].insert(-1, served_here)
        else:

            def shared_after_fork(request: httpx.Request) -> None:
                if self._place.first_call_since_fork():
                    logger.warning(FORKED_MESSAGE, type(self).__name__)

            hooks["request"].insert(0, shared_after_fork)
        return httpx.Client(
            base_url=base_url,
            auth=auth,
            transport=transport,
            mounts=mounts,
            timeout=timeout,
            trust_env=trust_env,
            event_hooks=hooks,
            headers=default_headers(user_agent),
            cookies=no_cookies(),
        )

    def _bind(self, generated: G, base_url: str, auth: CarConnectAuth | None = None) -> G:
        """Give a generated client the httpx client for ``base_url`` (signed by ``auth``)."""
        return generated.set_httpx_client(self.http_client_for(base_url, auth))

    def close(self) -> None:
        """Close the connections this client opened (a transport or httpx client you passed stays open;
        connections opened in a forked child's parent, or in another event loop, are left to it).

        A closed client sends nothing more: every later call raises :class:`ClientClosedError`.
        A token refresh in flight of one of its token sources (its signers' and its views'; the
        caller may have been cancelled) is first let finish and its new token saved
        (:func:`~carconnect.core.tasks.finish_token_work`): the vendor has already rotated the
        refresh token. Other clients' refreshes are not waited for.
        """
        self._closed = True
        for signer in self._signers:
            signer.closed = True
        finish_token_work(self._token_sources())
        owns_transport = self._options.get("transport") is None
        clients, self._http_clients = list(self._http_clients.values()), {}
        if owns_transport:
            for client in clients:
                client.close()

    def _token_sources(self) -> list[object]:
        """The token sources this client's calls refresh through: its signers' and its views'."""
        own = [signer.token_source for signer in self._signers if signer.token_source is not None]
        return [*own, *self._view_sources]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def call_detailed(operation: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated operation; retry it after a transport error where the pipeline allows.

    Anything that goes wrong becomes a :class:`~carconnect.core.CarConnectError`.
    """
    result, _ = _exchanged(lambda: operation(*args, **kwargs))
    return result


def call(operation: Callable[P, DetailedResponse[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated ``*_detailed`` operation and return its parsed model."""
    result, exchange = _exchanged(lambda: operation(*args, **kwargs))
    return parsed(result, exchange.response)


def _exchanged(send: Callable[[], T]) -> tuple[T, Exchange]:
    """``send()``'s result, sent again after a transport error where the pipeline allows, and the
    call's :class:`Exchange` (its last success answer names the request of a parse error)."""
    exchange = Exchange()
    reset = current_exchange.set(exchange)
    try:
        while True:
            try:
                return send(), exchange
            except httpx.TransportError as exc:
                delay = exchange.after_transport_error(exc)
                if delay is None:
                    failure: Exception = exc
                    break
                exchange.clock().sleep(delay)
            except Exception as exc:
                failure = exc
                break
            except BaseException as stopped:  # a cancellation: an attempt stopped before it left gives back
                exchange.unsent(stopped)
                raise
        # raised outside the handler, so that an error left out of the chain is not its context either
        error = translate_exception(failure, exchange)
        exchange.unsent(error)  # gives back an attempt that never left
        if error is failure:
            raise failure
        raise error from cause_of(failure)
    finally:
        current_exchange.reset(reset)


FORKED_MESSAGE = (
    "the transport= or http_client= passed to %s was built before this process was forked and shares "
    "its connections with the parent process (answers can cross between them): build it after the fork; "
    "it is used as it is"
)


__all__ = ["ClientBase", "call", "call_detailed"]
