"""The options every brand client and every brand login constructor accepts, declared once.

Brand clients take them as ``**options: Unpack[AsyncOptions]`` (or :data:`Options` for the sync
clients) and hand them to :class:`~carconnect.core.AsyncClientBase` unchanged; brand logins take
``**options: Unpack[LoginOptions]`` and hand them to :class:`~carconnect.core.oauth.OAuthClient`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any, Generic, TypedDict, TypeVar

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
    Given a transport, httpx reads no proxy environment variables (as with any httpx client)."""
    http_client: HttpClientT | None
    """Send through your own httpx client (its proxies, mounts, hooks and limits apply); it stays open."""
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
    """httpx event hooks (``{"request": [...], "response": [...]}``), called for every attempt."""


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
