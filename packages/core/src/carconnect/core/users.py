"""Many users on one client: a cheap per-user view that shares the client's pool, budget and limits.

``client.for_user(credentials, key="user-42")`` returns a :class:`UserView` of the client. Every
method called through it runs with that user's credentials (the client's own signer asks
:func:`current_user` for them) and policies that count per user (Volvo's minute, BMW's day) read
:func:`user_key`. The view holds two references; the user's cost is their token source.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import secrets
import threading
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, NoReturn, ParamSpec, TypeVar, cast

from .sources import TokenSource

C = TypeVar("C")
P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class UserScope:
    """Who a call is made for: a stable ``key`` (for per-user limits) and their token source.

    ``named``: whether the caller named the user (``for_user(..., key=...)``). An unnamed user's key
    is its token source's (:func:`key_of`), so per-user state kept for it may live as long as that
    source does.
    """

    key: str
    source: TokenSource
    named: bool = True

    def __repr__(self) -> str:
        return f"UserScope(key={self.key!r})"


_current: contextvars.ContextVar[UserScope | None] = contextvars.ContextVar("carconnect_user", default=None)


def current_user() -> UserScope | None:
    """The user the running call is made for, or ``None`` outside a :class:`UserView`."""
    return _current.get()


def user_key() -> str | None:
    """The key of :func:`current_user`, for policies that count per user."""
    scope = _current.get()
    return scope.key if scope is not None else None


def for_whom() -> str:
    """`` for user <key>`` when the running call is for a user the caller named, else ``""``: what log
    records add to the request they name, so that an operator can tell whose calls they are about."""
    scope = _current.get()
    return f" for user {scope.key}" if scope is not None and scope.named else ""


_keys: weakref.WeakKeyDictionary[TokenSource, str] = weakref.WeakKeyDictionary()
_keys_lock = threading.Lock()


def key_of(source: TokenSource) -> str:
    """The default per-user key of ``source``: the same for every view of it while it lives, and
    never given to another source, in this process or any other sharing a ledger (random, not an
    address that Python reuses nor a count that every process starts alike)."""
    with _keys_lock:
        try:
            key = _keys.get(source)
            if key is None:
                key = _keys[source] = _new_key()
        except TypeError:  # a source that takes no weak reference: a key of its own per view
            key = _new_key()
    return key


def _new_key() -> str:
    return f"user-{secrets.token_hex(8)}"


class ScopedApi:
    """Base of the API objects a client exposes as attributes (Smartcar's ``client.v3``): read
    through a :class:`UserView`, such an attribute is a view too, so its calls run for that user."""


class UserView(Generic[C]):
    """``client``, acting for one user: its methods run inside that user's scope.

    Generators and async generators (paging) enter the scope around every step, so a page fetched
    later is still fetched for the right user. A :class:`ScopedApi` attribute is a view of its own;
    other attributes that are not callables are the client's. What a call returns and polls later
    (a command handle) binds its calls with :func:`for_current_user`; a generator or coroutine a
    plain method returns runs in the scope too. ``http_client_for()`` is refused (see there).
    """

    __slots__ = ("_client", "_scope")

    def __init__(self, client: C, scope: UserScope) -> None:
        self._client = client
        self._scope = scope

    def __repr__(self) -> str:
        return f"UserView({self._client!r}, {self._scope!r})"

    def http_client_for(self, *args: object, **kwargs: object) -> NoReturn:
        """Refused: the client's httpx client signs each request when it is sent, with the
        credentials of the call running then, so requests sent through it later would carry the
        client's own credentials, not this user's."""
        raise TypeError(
            "a for_user() view has no http_client_for(): requests sent through it later would carry the "
            "client's own credentials, not this user's; call the view's methods, or build a client with "
            "this user's credentials for direct requests"
        )

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if name.startswith("_"):
            return attribute
        if isinstance(attribute, ScopedApi):
            return UserView(attribute, self._scope)
        if not callable(attribute):
            return attribute
        return _scoped(attribute, self._scope)


def for_current_user(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` bound to the user of the running call: called later, it runs for that user.

    Outside a :class:`UserView` it is ``function`` itself. A handle a call returns binds its polls
    with it, so ``handle.wait()`` polls with the token of the user who sent the command.
    """
    scope = _current.get()
    return function if scope is None else cast("Callable[P, R]", _scoped(function, scope))


def _scoped(function: Callable[..., Any], scope: UserScope) -> Callable[..., Any]:
    if inspect.isasyncgenfunction(function):

        @functools.wraps(function)
        def agen(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            return _async_steps_in_scope(scope, _in_scope(scope, function, *args, **kwargs))

        return agen
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def coroutine(*args: Any, **kwargs: Any) -> Any:
            reset = _current.set(scope)
            try:
                return await function(*args, **kwargs)
            finally:
                _current.reset(reset)

        return coroutine

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        return _rest_in_scope(scope, _in_scope(scope, function, *args, **kwargs))

    return call


def _rest_in_scope(scope: UserScope, result: Any) -> Any:
    """``result``; a generator, async generator or coroutine (work that runs on after the call
    returned: pages fetched later) wrapped to run in ``scope`` at every step. Objects of their own
    class (a stream) are returned as they are."""
    if inspect.isgenerator(result):
        return _steps_in_scope(scope, result)
    if inspect.isasyncgen(result):
        return _async_steps_in_scope(scope, result)
    if inspect.iscoroutine(result):
        return _awaited_in_scope(scope, result)
    return result


def _steps_in_scope(scope: UserScope, steps: Iterator[Any]) -> Iterator[Any]:
    while True:
        reset = _current.set(scope)
        try:
            item = next(steps)
        except StopIteration:
            return
        finally:
            _current.reset(reset)
        yield item


async def _async_steps_in_scope(scope: UserScope, steps: AsyncIterator[Any]) -> AsyncIterator[Any]:
    while True:
        reset = _current.set(scope)
        try:
            item = await steps.__anext__()
        except StopAsyncIteration:
            return
        finally:
            _current.reset(reset)
        yield item


async def _awaited_in_scope(scope: UserScope, awaitable: Awaitable[Any]) -> Any:
    reset = _current.set(scope)
    try:
        return await awaitable
    finally:
        _current.reset(reset)


def _in_scope(scope: UserScope, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    reset = _current.set(scope)
    try:
        return function(*args, **kwargs)
    finally:
        _current.reset(reset)
