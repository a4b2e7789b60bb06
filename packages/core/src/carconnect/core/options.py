"""The options every brand client and every brand login constructor accepts, declared once.

Brand clients take them as ``**options: Unpack[AsyncOptions]`` (or :data:`Options` for the sync
clients) and hand them to :class:`~carconnect.core.AsyncClientBase` unchanged; brand logins take
``**options: Unpack[LoginOptions]`` and hand them to :class:`~carconnect.core.oauth.OAuthClient`.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from http.cookiejar import Cookie, CookieJar, DefaultCookiePolicy
from typing import Any, ClassVar, Generic, TypedDict, TypeVar

import httpx

from ._version import __version__
from .clock import Clock
from .retry import RetryPolicy

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Vehicle reads can take tens of seconds when the backend wakes the car."""
TOKEN_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Default timeout of token requests (login, refresh, revocation)."""
USER_AGENT = f"carconnect/{__version__}"
"""Default ``User-Agent`` of every request."""


def default_headers(user_agent: str | None = None) -> dict[str, str]:
    """The headers every carconnect httpx client sends: ``User-Agent`` (``user_agent`` or
    :data:`USER_AGENT`) and ``Accept: application/json``."""
    return {"User-Agent": user_agent or USER_AGENT, "Accept": "application/json"}


def chosen_user_agent(headers: httpx.Headers) -> str | None:
    """The ``User-Agent`` a caller set on their own httpx client, or ``None`` when it is httpx's default."""
    value = headers.get("user-agent")
    return None if value is None or value.startswith("python-httpx/") else value


def no_cookies() -> CookieJar:
    """A cookie jar that keeps nothing. A brand client's connections serve every user of its
    ``for_user`` views, so a cookie one user's answer set must never go out with another's request."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


CookieKey = tuple[str, str, str]
"""What a cookie jar keeps one cookie per: (domain, path, name)."""


class ForwardedCookies:
    """Keeps the cookies of answers forwarded through a caller's own httpx client out of its jar.

    httpx's ``send()`` stores every ``Set-Cookie`` of an answer in the sending client's jar, and a
    caller's ``http_client=`` serves every ``for_user`` view: one user's vendor session would go
    out with the caller's own later requests. Around each forwarded send, :meth:`noted` notes the
    jar's cookies and :meth:`sent` takes out exactly the cookies the answer set (by domain, path and
    name, found by reading the answer into a fresh ``httpx.Cookies``) and puts back any of the
    caller's they replaced or expired. A cookie that another forwarded answer had put in the jar when a send
    noted it is never put back as the caller's. One keeper serves each caller's client
    (:meth:`of`), whichever brand clients forward through it.
    """

    _keepers: ClassVar[weakref.WeakKeyDictionary[object, ForwardedCookies]] = weakref.WeakKeyDictionary()
    _keepers_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight: list[dict[CookieKey, Cookie]] = []  # what each send in flight noted

    @classmethod
    def of(cls, client: httpx.Client | httpx.AsyncClient) -> ForwardedCookies:
        """The keeper of ``client``'s jar."""
        with cls._keepers_lock:
            keeper = cls._keepers.get(client)
            if keeper is None:
                keeper = cls._keepers[client] = cls()
            return keeper

    def noted(self, cookies: httpx.Cookies) -> dict[CookieKey, Cookie]:
        """The cookies in ``cookies`` before a forwarded send; hand them to :meth:`sent` after it."""
        noted = {(cookie.domain, cookie.path, cookie.name): cookie for cookie in cookies.jar}
        with self._lock:
            self._in_flight.append(noted)
        return noted

    def sent(self, cookies: httpx.Cookies, noted: dict[CookieKey, Cookie], answer: httpx.Response | None) -> None:
        """After a forwarded send (``answer`` ``None`` when it failed before one): take the cookies
        ``answer`` set out of ``cookies`` and put back the ones of the caller's they replaced."""
        with self._lock:
            self._in_flight = [other for other in self._in_flight if other is not noted]
            if answer is None or "set-cookie" not in answer.headers:
                return
            answered = httpx.Cookies()
            answered.extract_cookies(answer)
            for cookie in answered.jar:
                key = (cookie.domain, cookie.path, cookie.name)
                with contextlib.suppress(KeyError):  # not there: the caller's jar refused it
                    cookies.jar.clear(*key)
                mine = noted.get(key)
                if mine is not None:
                    cookies.jar.set_cookie(mine)
                for other in self._in_flight:  # a send that noted the jar while this cookie was in it
                    seen = other.get(key)
                    if seen is not None and seen.value == cookie.value:
                        if mine is None:
                            del other[key]
                        else:
                            other[key] = mine
            # a Set-Cookie that expires a cookie (Max-Age=0, a past Expires) reaches no fresh jar, but
            # httpx deleted the caller's cookie of that name: put it back
            named = {header.split("=", 1)[0].strip() for header in answer.headers.get_list("set-cookie")}
            present = {(cookie.domain, cookie.path, cookie.name) for cookie in cookies.jar}
            for key, mine in noted.items():
                if key[2] in named and key not in present:
                    cookies.jar.set_cookie(mine)


def expect_instance(options: Mapping[str, object], name: str, kind: type, owner: object) -> None:
    """Raise ``TypeError`` when option ``name`` is given and is not a ``kind`` (an ``httpx.Client``
    handed to an async client would block its event loop, and send before failing)."""
    value = options.get(name)
    if value is not None and not isinstance(value, kind):
        wanted = f"{kind.__module__}.{kind.__qualname__}"
        raise TypeError(f"{type(owner).__name__}({name}=...) takes an {wanted}, not {type(value).__qualname__}")


def reject_unknown(options: Mapping[str, object], declared: Any, owner: object) -> None:
    """Raise ``TypeError`` for a keyword that neither ``declared`` (a ``TypedDict`` of options) nor
    ``owner``'s constructor takes, naming the nearest one: a misspelled option (``base_uri=``) would
    otherwise be dropped without a word."""
    known: frozenset[str] = declared.__required_keys__ | declared.__optional_keys__
    unknown = [name for name in options if name not in known]
    if not unknown:
        return
    import difflib
    import inspect

    parameters = inspect.signature(type(owner).__init__).parameters.values()
    taken = known | {p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    nearest = difflib.get_close_matches(unknown[0], sorted(taken - {"self"}), n=1)
    hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
    raise TypeError(f"{type(owner).__name__}() got an unexpected keyword argument {unknown[0]!r}{hint}")


class ClientOptions(TypedDict, Generic[TransportT, HttpClientT], total=False):
    """Keyword options shared by every brand client."""

    transport: TransportT | None
    """The httpx transport to send through (a mock, ``AsyncioTransport``, a proxy transport).
    Given a transport, httpx reads no proxy environment variables (as with any httpx client);
    ``AsyncioTransport`` warns of one that names a proxy for a URL it connects to."""
    http_client: HttpClientT | None
    """Send through your own httpx client (its proxies, mounts, hooks and limits apply); it stays open.
    Its cookies are neither sent nor changed (a cookie the vendor sets is taken out of its jar again),
    and its response hooks must not raise (see ``event_hooks``)."""
    retry: RetryPolicy | None
    """Retry timing; the brand's rules (quota, commands) apply on top of it."""
    timeout: httpx.Timeout | float | None
    """httpx timeout of each attempt (every request sent, a retry included, gets it anew; default
    :data:`DEFAULT_TIMEOUT`). The whole call, retries and the waits between them included, is bounded
    by the retry policy's ``deadline``: no retry starts that would begin past it."""
    clock: Clock
    """Time source for waits and expiry (a ``FakeClock`` in tests)."""
    user_agent: str | None
    """``User-Agent`` header (default ``carconnect/<version>``)."""
    trust_env: bool
    """Read proxy and certificate settings from the environment, as httpx does (default ``True``)."""
    event_hooks: Mapping[str, Sequence[Callable[..., Any]]] | None
    """httpx event hooks (``{"request": [...], "response": [...]}``), called for every attempt.
    A response hook runs before carconnect sees the answer: one that raises (httpx's
    ``response.raise_for_status()`` hook) makes a 401 or a 503 an ``httpx.HTTPStatusError``, with no
    token refresh, no retry and no typed error. Log or measure in hooks; do not raise."""


Options = ClientOptions[httpx.BaseTransport, httpx.Client]
"""Options of the sync clients."""
AsyncOptions = ClientOptions[httpx.AsyncBaseTransport, httpx.AsyncClient]
"""Options of the async clients."""


class LoginOptions(TypedDict, total=False):
    """Keyword options shared by every brand's login (its :class:`~carconnect.core.oauth.OAuthClient`)."""

    transport: httpx.BaseTransport | None
    """The httpx transport of sync token requests (a mock, the simulator's, a proxy transport); it
    stays open when the login is closed. Given a transport, httpx reads no proxy environment variables."""
    async_transport: httpx.AsyncBaseTransport | None
    """The httpx transport of async token requests; it stays open when the login is closed."""
    retry: RetryPolicy | None
    """Retry timing; a token request is sent again only when it provably never reached the server."""
    clock: Clock
    """Time source for waits and expiry (a ``FakeClock`` in tests)."""
    timeout: httpx.Timeout | float
    """Timeout of every token request (default :data:`TOKEN_TIMEOUT`)."""
    user_agent: str | None
    """``User-Agent`` header of token requests (default ``carconnect/<version>``)."""
    trust_env: bool
    """Read proxy and certificate settings from the environment, as httpx does (default ``True``)."""
