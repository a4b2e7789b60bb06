"""The one exception hierarchy every carconnect package raises.

Everything derives from :class:`CarConnectError`. HTTP answers that are not a success become an
:class:`ApiError` subclass chosen from the vendor's error body first and the status code second
(see :mod:`carconnect.core.mapping`). Messages never contain tokens, secrets or API keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .tokens import Token


class CarConnectError(Exception):
    """Base class of every error carconnect raises."""

    may_have_run: bool = False
    """Whether the vendor may have carried out the request this error is about: a request that can
    change something (any method but GET, HEAD, OPTIONS and TRACE: every command, and the reads some
    vendors send as POST) that reached the vendor's API and got a server error (5xx) that does not say
    what became of it, an answer that could not be read, or no answer on the connection it went out
    on; or a command whose outcome the vendor reports as open (accepted and not finished, timed out,
    unknown), or an authentication error reported inside a 2xx answer to such a request (the vendor
took it). The client never sends such a request again by itself: read the car's state before
    sending it again. ``False`` for an HTTP answer by which the vendor refused the request or reports
    it failed (one of :data:`REFUSAL_ERRORS`, whatever the status), a request never sent (a failed
    token step, a refused connection), and every GET."""


class TransportError(CarConnectError):
    """The request did not get an HTTP answer (connection refused, reset, DNS, TLS...)."""


class RequestTimeoutError(TransportError):
    """The request timed out (connect, read, write or pool timeout)."""


class ClientClosedError(CarConnectError):
    """The client was closed and sends nothing more: make a new one (or use it inside ``with``)."""


CLOSED_MESSAGE = "the client was closed: make a new one, or use it inside `with`"
OWN_CLIENT_CLOSED_MESSAGE = "the httpx client passed as http_client= was closed by its owner; nothing was sent"
TRANSPORT_CLOSED = "Cannot send a request, as the transport has been closed."
"""What a closed :class:`~carconnect.core.AsyncioTransport` raises: a ``RuntimeError``, as closed httpx clients do."""
OWN_TRANSPORT_CLOSED_MESSAGE = "the transport passed as transport= was closed by its owner; nothing was sent"


class EventLoopError(CarConnectError):
    """An async client was used from an event loop whose connections it cannot use: it serves one
    event loop at a time (one after another, as with ``asyncio.run`` per job, but not two at once)."""


LOOP_IN_USE_MESSAGE = (
    "an async client serves one event loop at a time, and another event loop that is still open uses "
    "this one: make one client per event loop (per thread that runs one); nothing was sent"
)
LOOP_CLOSED = "Event loop is closed"
"""What asyncio's ``RuntimeError`` says when a connection of an event loop that has closed is used."""
STALE_LOOP_MESSAGE = (
    "a connection opened in an event loop that has closed was used from another event loop: an httpx "
    "client or transport serves the loop it connected in, so build the transport= or http_client= you "
    "pass inside the event loop that uses it (once per asyncio.run)"
)


class ResponseParseError(CarConnectError):
    """A success response whose body does not fit the expected model.

    ``raw`` keeps the body bytes (never for token responses, which carry secrets); ``method`` and
    ``url`` name the request it answered (the URL without its query), when known.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        raw: bytes | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.raw = raw
        self.method = method
        self.url = url


class UnusableTokenAnswer(ResponseParseError):  # noqa: N818
    """A success answer of a token endpoint that gives no usable access token: not a JSON object, no
    ``access_token`` (or an empty one), or a ``token_type`` other than Bearer.

    ``rotated``: the new refresh token the answer carried, when it has one (a non-empty string other
    than the refresh token of the token being refreshed), else ``None``. The server may have spent the
    old refresh token already, so whoever refreshed must store ``rotated`` in place of the old token:
    it is a :class:`~carconnect.core.Token` holding that refresh token and what the answer would have
    carried over (scopes, refresh token and login expiry, id token, extras), with the access token
    :data:`~carconnect.core.tokens.UNUSABLE_ACCESS_TOKEN`, which is not a credential and is expired
    (``expires_at`` is when the answer arrived): a token manager refreshes it before any use. Neither
    the message nor the repr contains a token.
    """

    def __init__(self, message: str, *, rotated: Token | None = None) -> None:
        super().__init__(message)
        self.rotated = rotated


class ApiError(CarConnectError):
    """The server answered with an error.

    Attributes:
        status_code: HTTP status (``None`` for errors reported inside a 2xx body or decided locally).
        code: the vendor's error code (``"CU-429"``, ``"RATE_LIMIT"``, ``"invalid_grant"``...).
        message: a human-readable explanation, from the vendor when it gave one.
        request_id: the vendor's request/correlation id, for support tickets.
        retry_after: seconds the server asked us to wait, when it said so.
        body: the parsed error body (JSON value, or text).
        details: extra vendor fields (e.g. Smartcar ``type`` and ``resolution``).
        method, url: the request the server answered (the URL without its query), when known
            (whether a command may have run all the same: :attr:`CarConnectError.may_have_run`).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        body: Any = None,
        details: dict[str, Any] | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.retry_after = retry_after
        self.body = body
        self.details: dict[str, Any] = details or {}
        self.method = method
        self.url = url

    def __str__(self) -> str:
        """``HTTP 409 ASLEEP: The vehicle is asleep. (request id 5f2c...)``: status, vendor code and
        message, then the vendor's request id when there is one."""
        prefix = " ".join(part for part in (_status(self.status_code), self.code) if part)
        text = f"{prefix}: {self.message}" if prefix else self.message
        return f"{text} (request id {self.request_id})" if self.request_id else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


def _status(status_code: int | None) -> str:
    return f"HTTP {status_code}" if status_code is not None else ""


class BadRequestError(ApiError):
    """The request was malformed or had invalid parameters (400, 422)."""


class AuthenticationError(ApiError):
    """The credentials were rejected (401)."""


class PermissionDeniedError(ApiError):
    """Authenticated, but not allowed (403 that is not a quota error)."""


class NotFoundError(ApiError):
    """The resource does not exist (404)."""


class ConflictError(ApiError):
    """The request conflicts with the current state (409)."""


class VehicleStateError(ConflictError):
    """The vehicle cannot do this now (asleep, door open, charger unplugged...)."""


class RateLimitError(ApiError):
    """Too many requests; ``retry_after`` says how long to wait when the server said so."""


class QuotaExceededError(RateLimitError):
    """A call quota is exhausted (Volvo/BMW 403 quota, Smartcar billing). Never a reason to log in again."""


class NotCapableError(ApiError):
    """The vehicle or account does not support this endpoint or command."""


class VehicleUnavailableError(ApiError):
    """The vehicle or the maker's backend did not answer (offline, upstream error)."""


class ServerError(ApiError):
    """The server failed (5xx, including non-standard codes such as 520 and 599)."""


class CommandFailedError(ApiError):
    """A remote command reached the vehicle (or its backend) and was reported as failed."""


REFUSAL_ERRORS: tuple[type[ApiError], ...] = (
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    RateLimitError,
    NotCapableError,
    CommandFailedError,
)
"""The classes of HTTP answers by which the vendor says what became of a request (refused, or run and
failed), whatever the status code they come with: the client never marks such an answer
``may_have_run``. Read ``may_have_run`` itself rather than the class: a brand may raise one of them
for an outcome the vendor reports open (Volvo's ``CommandResult.raise_for_status`` on ``TIMEOUT``)."""


class OAuthError(ApiError):
    """An OAuth 2.0 protocol error; ``code`` holds the RFC 6749 ``error`` value."""


class ReauthorizationRequiredError(OAuthError, AuthenticationError):
    """The refresh token is dead (``invalid_grant``) or missing: the user must log in again."""


class AuthorizationDeniedError(OAuthError):
    """The user (or the server) refused the authorization (``access_denied``)."""


class InvalidStateError(OAuthError):
    """The ``state`` in the redirect does not match the one we sent: possible CSRF, nothing exchanged."""


class DeviceCodeExpiredError(OAuthError):
    """The device code expired before the user approved it."""


__all__ = [
    "REFUSAL_ERRORS",
    "ApiError",
    "AuthenticationError",
    "AuthorizationDeniedError",
    "BadRequestError",
    "CarConnectError",
    "ClientClosedError",
    "CommandFailedError",
    "ConflictError",
    "DeviceCodeExpiredError",
    "EventLoopError",
    "InvalidStateError",
    "NotCapableError",
    "NotFoundError",
    "OAuthError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ReauthorizationRequiredError",
    "RequestTimeoutError",
    "ResponseParseError",
    "ServerError",
    "TransportError",
    "UnusableTokenAnswer",
    "VehicleStateError",
    "VehicleUnavailableError",
]
