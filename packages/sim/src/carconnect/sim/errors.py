"""Exceptions that simulator handlers raise, and :func:`answering`, which turns them into responses."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal, TypeVar, overload

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

Handler = Callable[[Request], Awaitable[Response]]
E = TypeVar("E", bound=Exception)

CLIENT_GONE = 499
"""The status a handler answers when its client disconnected before the request body arrived."""

AuthFailureReason = Literal["missing", "invalid", "expired", "revoked", "wrong_audience", "insufficient_scope"]


class AuthFailure(Exception):  # noqa: N818 - an outcome handlers raise, rendered per brand
    """A request to a brand API failed bearer authentication (401) or lacked a scope (403).

    Raised by :meth:`carconnect.sim.brands.BrandContext.authenticate`; the host's error style
    renders it in the brand's own error shape.
    """

    def __init__(self, reason: AuthFailureReason, description: str, *, scopes: tuple[str, ...] = ()) -> None:
        super().__init__(description)
        self.reason: AuthFailureReason = reason
        self.description = description
        self.scopes = scopes

    @property
    def status_code(self) -> int:
        return 403 if self.reason == "insufficient_scope" else 401


class OAuthFailure(Exception):  # noqa: N818 - an OAuth error answer, not a bug
    """An OAuth error answer: ``{"error": ..., "error_description": ...}`` with a status code."""

    def __init__(
        self,
        error: str,
        description: str,
        *,
        status_code: int = 400,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status_code = status_code
        self.headers = dict(headers or {})


class ConnectionDropped(Exception):  # noqa: N818 - it is an event, not an error condition
    """Raised by the app to drop the connection when no socket is there to abort (in-process use)."""


class Answer(Exception):  # noqa: N818 - carries a finished response, it is not an error condition
    """Raised inside a handler wrapped by :func:`answering` to answer with ``response`` instead.

    For answers in a vendor's exact shape that the host's error style does not produce (a gateway's
    401, a rate limit with ``Retry-After``, ...).
    """

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


@overload
def answering(handler: Handler, /) -> Handler: ...


@overload
def answering(kind: type[E], render: Callable[[E], Response], /) -> Callable[[Handler], Handler]: ...


def answering(first: Any, render: Callable[[Any], Response] | None = None, /) -> Any:
    """Wrap a route handler so that what it raises becomes its answer.

    ``@answering`` sends the response of an :class:`Answer`; ``@answering(kind, render)`` also
    sends ``render(error)`` for an exception of type ``kind`` (a brand's own error, rendered in the
    host's shape). Either way a client that disconnected before its request body arrived gets
    :data:`CLIENT_GONE` (the request was never processed, and nobody reads the answer).
    """
    if render is None:
        return _answering((), _renders_nothing)(first)
    return _answering((first,), render)


def _renders_nothing(error: Exception) -> Response:  # pragma: no cover - never called: ``except ()`` catches nothing
    raise error


def _answering(kinds: tuple[type[Exception], ...], render: Callable[[Any], Response]) -> Callable[[Handler], Handler]:
    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def answered(request: Request) -> Response:
            try:
                return await handler(request)
            except Answer as answer:
                return answer.response
            except ClientDisconnect:
                return Response(status_code=CLIENT_GONE)
            except kinds as error:
                return render(error)

        return answered

    return wrap
