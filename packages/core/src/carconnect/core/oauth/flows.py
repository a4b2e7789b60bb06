"""OAuth 2.0 grants as I/O-free generators.

Each flow yields ``httpx.Request`` objects (and :class:`Sleep` for device polling), receives the
``httpx.Response`` for each request, and returns its result. :class:`~.client.OAuthClient` drives
them with a sync or an async HTTP client, so every grant has exactly one implementation. A flow
driven ``paced`` (device polling) may instead have the ``httpx.TransportError`` that lost a
request's answer thrown in at that request's ``yield``, to poll again or let it end the flow.
"""

from __future__ import annotations

import base64
import logging
import math
import re
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple, TypeVar
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import httpx

from ..clock import Clock
from ..errors import (
    ApiError,
    AuthorizationDeniedError,
    DeviceCodeExpiredError,
    InvalidStateError,
    OAuthError,
    RateLimitError,
    ReauthorizationRequiredError,
    ResponseParseError,
    ServerError,
)
from ..mapping import decode_body, error_from_response, request_id_of
from ..redact import redacted_body, request_facts, request_of, sent_secrets
from ..retry import parse_retry_after
from ..tokens import RefreshLifetime, Token
from .config import OAuthConfig
from .pkce import code_challenge, new_code_verifier, new_state, same_secret

T = TypeVar("T")
logger = logging.getLogger("carconnect.core.oauth")
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_STEP = 5.0
"""Seconds a ``slow_down`` answer adds to the polling interval, for that poll and every later one (RFC 8628 §3.5)."""
DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between device-login polls when the server states no usable interval (RFC 8628 §3.2)."""
MIN_POLL_INTERVAL = 1.0
"""The shortest wait between two device-login polls, whatever interval the server states."""
MAX_LOST_POLLS = 3
"""Device-login polls in a row whose answer may be lost (timeout, dropped connection) before the
transport error ends the login."""


class Sleep(NamedTuple):
    """Ask the driver to wait (device polling)."""

    seconds: float


Flow = Generator[httpx.Request | Sleep, httpx.Response | None, T]


@dataclass(frozen=True, repr=False)
class AuthorizationRequest:
    """An authorization URL plus the secrets needed to finish the login (kept out of reprs)."""

    url: str
    state: str
    code_verifier: str | None
    """The PKCE verifier (``None`` where the vendor does not use PKCE)."""
    redirect_uri: str | None

    def __repr__(self) -> str:
        return f"AuthorizationRequest(url=<{len(self.url)} chars>, redirect_uri={self.redirect_uri!r})"


@dataclass(frozen=True, repr=False)
class DeviceAuthorization:
    """What the user needs to approve a device login, and what the client needs to poll."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_at: datetime
    interval: float
    device_code: str
    code_verifier: str | None = None

    def __repr__(self) -> str:
        return (
            f"DeviceAuthorization(user_code={self.user_code!r}, verification_uri={self.verification_uri!r}, "
            f"expires_at={self.expires_at!r}, interval={self.interval!r})"
        )


@dataclass(frozen=True)
class DevicePollStatus:
    """Progress of a device login, reported to a UI callback before each wait."""

    attempt: int
    interval: float
    """Seconds until the next poll."""
    expires_at: datetime
    seconds_left: float
    last_error: str | None


def authorization_request(
    config: OAuthConfig, *, state: str | None = None, code_verifier: str | None = None, **params: str
) -> AuthorizationRequest:
    """Build the authorization-code URL for the user's browser (PKCE S256 where ``config.pkce``)."""
    from authlib.oauth2.rfc6749.parameters import prepare_grant_uri

    if config.authorize_url is None:
        raise ValueError("this OAuth client has no authorize_url")
    state = state or new_state(min(32, config.max_state_length or 32))
    if config.max_state_length is not None and len(state) > config.max_state_length:
        raise ValueError(f"state must be at most {config.max_state_length} characters for this server")
    verifier = (code_verifier or new_code_verifier()) if config.pkce else None
    challenge = {"code_challenge": code_challenge(verifier), "code_challenge_method": "S256"} if verifier else {}
    url = prepare_grant_uri(
        config.authorize_url,
        config.client_id,
        "code",
        redirect_uri=config.redirect_uri,
        scope=" ".join(config.scopes) or None,
        state=state,
        **challenge,
        **{**config.authorize_params, **params},
    )
    return AuthorizationRequest(url=url, state=state, code_verifier=verifier, redirect_uri=config.redirect_uri)


def _client_form(config: OAuthConfig, params: Mapping[str, str | None]) -> tuple[dict[str, str], dict[str, str]]:
    """Form fields and headers for a POST to the authorization server, with client authentication."""
    fields = {key: value for key, value in params.items() if value is not None}
    headers = {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}
    headers.update(config.token_headers)
    if config.client_auth == "basic" and config.client_secret is not None:
        headers["Authorization"] = _basic(config.client_id, config.client_secret)
    else:
        fields["client_id"] = config.client_id
        if config.client_auth == "post" and config.client_secret is not None:
            fields["client_secret"] = config.client_secret
    return fields, headers


def _form_post(url: str, config: OAuthConfig, params: Mapping[str, str | None]) -> httpx.Request:
    fields, headers = _client_form(config, params)
    return httpx.Request("POST", url, content=urlencode(fields).encode(), headers=headers)


def token_request(config: OAuthConfig, grant_type: str, **params: str | None) -> httpx.Request:
    """A token-endpoint POST with the client authenticated the way this server wants."""
    from authlib.oauth2.rfc6749.parameters import prepare_token_request

    fields, headers = _client_form(config, params)
    body = prepare_token_request(grant_type, **fields)
    return httpx.Request("POST", config.token_url, content=body.encode(), headers=headers)


def _basic(user: str, password: str) -> str:
    """RFC 6749 §2.3.1: both parts form-urlencoded, then Basic."""
    raw = f"{quote(user, safe='')}:{quote(password, safe='')}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def parse_callback(callback: str) -> dict[str, str]:
    """The query (or fragment) of a redirect URL, custom schemes included; a bare code is ``{"code": ...}``.

    A URL that cannot be read (a pasted one cut in its host: ``https://[host/?code=...``) is an
    :class:`~carconnect.core.errors.OAuthError` with code ``invalid_request`` that quotes none of it.
    """
    text = callback.strip()
    if "?" not in text and "#" not in text and "=" not in text and "://" not in text:
        return {"code": text}
    try:
        parts = urlsplit(text if "://" in text or "?" in text else f"?{text}")
    except ValueError:
        raise OAuthError("the redirect URL cannot be read: paste the whole address", code="invalid_request") from None
    values = parse_qs(parts.query or parts.fragment, keep_blank_values=True)
    return {key: items[0] for key, items in values.items()}


def check_callback(request: AuthorizationRequest, callback: str) -> str:
    """The authorization code from a redirect, after checking its ``state``, then its ``error``.

    The state comes first: an error redirect echoes it too (RFC 6749 §4.1.2.1), so one without it or
    with another (any web page can send the browser to the loopback redirect URI with an ``error``
    and a description of its choosing) is an :class:`InvalidStateError`, never the error it claims.
    """
    params = parse_callback(callback)
    redirected = "state" in params or "?" in callback or "#" in callback
    if redirected and not same_secret(request.state, params.get("state")):
        raise InvalidStateError("the redirect's state does not match this login attempt", code="invalid_state")
    if "error" in params:
        error = params["error"]
        message = params.get("error_description") or error
        error_class = AuthorizationDeniedError if error == "access_denied" else OAuthError
        raise error_class(message, code=error)
    code = params.get("code")
    if not code:
        raise OAuthError("the redirect carries no authorization code", code="invalid_request")
    return code


def oauth_error(
    response: httpx.Response, reauth: frozenset[str] = frozenset(), *, clock: Clock | None = None
) -> ApiError:
    """The typed error for a failed token-endpoint answer (any status: vendors disagree on them).

    An answer with an OAuth ``error`` is an :class:`OAuthError` (or the subclass its ``error`` names),
    except a 429, which is a :class:`RateLimitError`, and a 5xx, which is a :class:`ServerError`: the
    login server is busy or failing, and the refresh token it was sent stays good. The request id
    comes from the headers, else from a ``Correlation ID: <id>`` line of the description (Azure AD
    B2C); ``retry_after`` from ``Retry-After`` (an HTTP date read against ``clock``, the login's; the
    system clock when omitted). Line breaks and runs of whitespace in the description
    become single spaces.

    The secrets the token request carried never appear in the error, even when the server echoes them.
    """
    request = request_of(response)
    body = decode_body(redacted_body(response.content, sent_secrets(request)))
    error = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(error, str):
        return error_from_response(response, clock=clock)
    assert isinstance(body, Mapping)
    description = body.get("error_description")
    message = " ".join(description.split()) if isinstance(description, str) else ""
    status = response.status_code
    error_class: type[ApiError] = OAuthError
    if status == 429:
        error_class = RateLimitError
    elif status >= 500:
        error_class = ServerError
    elif error in reauth:
        error_class = ReauthorizationRequiredError
    elif error == "access_denied":
        error_class = AuthorizationDeniedError
    elif error == "expired_token":
        error_class = DeviceCodeExpiredError
    correlation = _CORRELATION_ID.search(description) if isinstance(description, str) else None
    return error_class(
        message or error,
        status_code=status,
        code=error,
        request_id=request_id_of(response.headers) or (correlation.group(1) if correlation else None),
        retry_after=parse_retry_after(response.headers, clock.now() if clock is not None else None),
        body=body,
        **request_facts(request),
    )


_CORRELATION_ID = re.compile(r"Correlation ID:\s*([\w-]+)", re.IGNORECASE)
"""The request id Azure AD B2C (Ford's login) writes into an error description."""


_NOT_JSON = object()


def parse_token(
    response: httpx.Response,
    now: datetime,
    previous: Token | None = None,
    lifetime: RefreshLifetime | None = None,
    requested_scopes: Iterable[str] = (),
) -> Token:
    """The token from a 2xx token-endpoint answer (the raw body is never kept: it holds secrets, so
    not even the JSON error, whose ``doc`` is the whole body, is chained to the error raised). An
    answer that names no scope granted ``previous``'s scopes, else ``requested_scopes`` (RFC 6749 §5.1)."""
    try:
        payload: Any = response.json()
    except ValueError:
        payload = _NOT_JSON
    if payload is _NOT_JSON:
        raise ResponseParseError("the token endpoint answered with a body that is not JSON")
    return Token.from_response(
        payload, now=now, previous=previous, lifetime=lifetime, requested_scopes=requested_scopes
    )


def _exchange(
    config: OAuthConfig,
    request: httpx.Request,
    clock: Clock,
    previous: Token | None = None,
    reauth: frozenset[str] = frozenset(),
) -> Flow[Token]:
    response = yield request
    assert response is not None
    if not response.is_success:
        raise oauth_error(response, reauth, clock=clock)
    return parse_token(response, clock.now(), previous, config.refresh_lifetime, config.scopes)


def authorization_code_flow(
    config: OAuthConfig, request: AuthorizationRequest, callback: str, clock: Clock
) -> Flow[Token]:
    """Exchange the code in ``callback`` (a redirect URL or a bare code) for a token."""
    code = check_callback(request, callback)
    exchange = token_request(
        config,
        "authorization_code",
        code=code,
        redirect_uri=request.redirect_uri,
        code_verifier=request.code_verifier,
    )
    return (yield from _exchange(config, exchange, clock))


def refresh_flow(config: OAuthConfig, token: Token, clock: Clock) -> Flow[Token]:
    """Refresh; the answer's refresh token replaces the old one, which is kept if none came back."""
    if not token.refresh_token:
        raise ReauthorizationRequiredError("this token has no refresh token: log in again", code="login_required")
    scope = " ".join(config.scopes) if config.send_scope_on_refresh and config.scopes else None
    request = token_request(config, "refresh_token", refresh_token=token.refresh_token, scope=scope)
    return (yield from _exchange(config, request, clock, token, config.reauth_errors))


def client_credentials_flow(config: OAuthConfig, clock: Clock) -> Flow[Token]:
    """An application token (no user): the client credentials grant."""
    scope = " ".join(config.scopes) or None
    return (yield from _exchange(config, token_request(config, "client_credentials", scope=scope), clock))


def device_authorization_flow(config: OAuthConfig, clock: Clock, *, pkce: bool = False) -> Flow[DeviceAuthorization]:
    """Start a device login (RFC 8628), optionally with a PKCE challenge on the device request."""
    if config.device_authorization_url is None:
        raise ValueError("this OAuth client has no device_authorization_url")
    verifier = new_code_verifier() if pkce else None
    fields: dict[str, str | None] = {"scope": " ".join(config.scopes) or None, **config.device_params}
    if verifier is not None:
        fields.update(code_challenge=code_challenge(verifier), code_challenge_method="S256")
    response = yield _form_post(config.device_authorization_url, config, fields)
    assert response is not None
    if not response.is_success:
        raise oauth_error(response, clock=clock)
    return _device_authorization(response, clock.now(), verifier)


def _device_authorization(response: httpx.Response, now: datetime, verifier: str | None) -> DeviceAuthorization:
    try:
        data = response.json()
        uri = str(data["verification_uri"])
        user_code = str(data["user_code"])
        complete = data.get("verification_uri_complete") or _with_query(uri, user_code=user_code)
        return DeviceAuthorization(
            user_code=user_code,
            verification_uri=uri,
            verification_uri_complete=str(complete),
            expires_at=now + timedelta(seconds=float(data.get("expires_in") or 600)),
            interval=poll_interval(data.get("interval")),
            device_code=str(data["device_code"]),
            code_verifier=verifier,
        )
    except (ValueError, KeyError, TypeError, OverflowError) as exc:  # OverflowError: an absurd expires_in
        raise ResponseParseError(f"invalid device authorization response ({type(exc).__name__})") from None


def poll_interval(stated: Any) -> float:
    """The seconds between device-login polls for the ``interval`` a server stated.

    An absent interval, or one that is not a positive finite number of seconds, means the default
    of :data:`DEFAULT_POLL_INTERVAL`; a shorter one than :data:`MIN_POLL_INTERVAL` is raised to it.
    ``TypeError`` or ``ValueError`` when ``stated`` is not a number at all.
    """
    if stated is None or stated == "":
        return DEFAULT_POLL_INTERVAL
    try:
        seconds = float(stated)
    except OverflowError:  # an integer too large for a float
        return DEFAULT_POLL_INTERVAL
    if not math.isfinite(seconds) or seconds <= 0:
        return DEFAULT_POLL_INTERVAL
    return max(seconds, MIN_POLL_INTERVAL)


def _with_query(uri: str, **params: str) -> str:
    return f"{uri}{'&' if '?' in uri else '?'}{urlencode(params)}"


def device_token_flow(
    config: OAuthConfig,
    device: DeviceAuthorization,
    clock: Clock,
    on_progress: Callable[[DevicePollStatus], None] | None = None,
) -> Flow[Token]:
    """Poll until the user approves: ``interval`` honoured, +5 s on ``slow_down``, typed endings.

    The interval is read as :func:`poll_interval` reads a server's (at least 1 s; 5 s when not
    positive). The ``error`` string decides, whatever the status code (BMW answers 403 for pending).
    Polls are always a full interval apart (RFC 8628 §3.5), and at least as far apart as a
    ``Retry-After`` the last answer carried. A 429 slows polling down as ``slow_down`` does, and a 503
    with ``Retry-After`` is polled again then, unless its ``error`` is one of :data:`OAUTH_ENDINGS`
    (a gateway's ``"Too Many Requests"`` is no reason to end the login); the driver,
    :meth:`OAuthClient.run` with ``paced``, retries no answer itself. When the next poll would come
    only once the code has expired, the login ends as expired without it.

    A poll whose answer is lost (the driver throws its ``httpx.TransportError`` in: a timeout, a
    dropped connection) is treated as ``authorization_pending`` and polled again after a full
    interval; sending it again is safe, since had the lost answer carried the token, the spent device
    code ends the login at the next poll. :data:`MAX_LOST_POLLS` lost in a row end the login with
    that transport error, so a login server that is down does not hold the login until expiry.
    """
    interval, attempt, last_error, lost = poll_interval(device.interval), 0, None, 0
    wait = interval
    while True:
        seconds_left = (device.expires_at - clock.now()).total_seconds()
        if seconds_left <= wait:
            raise _expired_before_approval(wait, interval, seconds_left)
        if on_progress is not None:
            on_progress(DevicePollStatus(attempt, wait, device.expires_at, seconds_left, last_error))
        yield Sleep(wait)
        attempt += 1
        request = token_request(
            config, DEVICE_CODE_GRANT, device_code=device.device_code, code_verifier=device.code_verifier
        )
        try:
            response = yield request
        except httpx.TransportError as exc:  # driven paced: this poll's answer was lost
            lost += 1
            if lost >= MAX_LOST_POLLS:
                logger.warning("device login poll %d: no answer (%s), %d in a row", attempt, type(exc).__name__, lost)
                raise
            logger.warning(
                "device login poll %d: no answer (%s), polling again in %.0f s", attempt, type(exc).__name__, interval
            )
            last_error, wait = f"no answer ({type(exc).__name__})", interval
            continue
        lost = 0
        assert response is not None
        if response.is_success:
            logger.info("device login approved after %d polls", attempt)
            return parse_token(response, clock.now(), lifetime=config.refresh_lifetime, requested_scopes=config.scopes)
        error = oauth_error(response, clock=clock)
        logger.debug("device login poll %d: %s", attempt, error.code or f"HTTP {response.status_code}")
        status = error.status_code
        if error.code == "authorization_pending":
            last_error = error.code
        elif error.code == "slow_down":
            interval += SLOW_DOWN_STEP
            last_error = error.code
        elif error.code in OAUTH_ENDINGS:
            raise _device_login_ended(error)
        elif status == 429:  # busy, whatever words its body has: slowed down as after slow_down
            interval += SLOW_DOWN_STEP
            last_error = "HTTP 429"
        elif status == 503 and error.retry_after is not None:  # busy, the poll not processed
            last_error = "HTTP 503"
        else:
            raise _device_login_ended(error)
        wait = max(interval, error.retry_after or 0.0)


def _expired_before_approval(wait: float, interval: float, seconds_left: float) -> DeviceCodeExpiredError:
    """The end of a device login whose next poll would come after the code expired."""
    if wait > interval:  # the server's Retry-After reaches past the code's life
        return DeviceCodeExpiredError(
            f"the login server asked to wait {wait:.0f} s before the next poll, past the device code's "
            f"expiry in {seconds_left:.0f} s; {RESTART_LOGIN}",
            code="expired_token",
        )
    return DeviceCodeExpiredError("the device code expired before it was approved", code="expired_token")


RESTART_LOGIN = "the device code can no longer be used: start the login again"


def _device_login_ended(error: ApiError) -> ApiError:
    """The error that ends a device login: anything the server broke, or a used-up code, means a new login.

    A server fault while polling (BMW's key-management 500) and ``invalid_grant`` after approval both
    leave the device code spent, so they read as :class:`DeviceCodeExpiredError`, never as a server error.
    """
    status = error.status_code or 0
    if error.code in DEVICE_CODE_SPENT or status >= 500:
        what = error.code or f"HTTP {status}"
        return DeviceCodeExpiredError(
            f"the login server ended the device login ({what}); {RESTART_LOGIN}",
            status_code=error.status_code,
            code=error.code or "device_login_failed",
            body=error.body,
        )
    if isinstance(error, AuthorizationDeniedError):
        return AuthorizationDeniedError(
            f"the login was not approved ({error.message}); if you did approve it, {RESTART_LOGIN}",
            status_code=error.status_code,
            code=error.code,
            body=error.body,
        )
    return error


DEVICE_CODE_SPENT = frozenset({"expired_token", "invalid_grant"})
OAUTH_ENDINGS = frozenset(
    {
        *DEVICE_CODE_SPENT,
        "access_denied",
        "invalid_request",
        "invalid_client",
        "unauthorized_client",
        "unsupported_grant_type",
        "invalid_scope",
    }
)
"""The OAuth ``error`` values (RFC 6749 §5.2, RFC 8628 §3.5) that end a device login whatever the status."""


def revocation_request(config: OAuthConfig, token: str, hint: str = "refresh_token") -> httpx.Request:
    """RFC 7009 revocation of a token."""
    if config.revocation_url is None:
        raise ValueError("this OAuth client has no revocation_url")
    return _form_post(config.revocation_url, config, {"token": token, "token_type_hint": hint})


def revoke_flow(config: OAuthConfig, token: str, hint: str = "refresh_token") -> Flow[None]:
    response = yield revocation_request(config, token, hint)
    assert response is not None
    if not response.is_success:
        raise oauth_error(response)
