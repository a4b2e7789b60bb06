"""The httpx auth flow every brand client uses: credentials in, typed errors out.

:class:`CarConnectAuth` signs each request (bearer token from a :class:`TokenSource`, plus brand
headers such as an API key), replays a request once after a 401 when the token source can produce a
new token, and turns every non-2xx final response into a typed :class:`ApiError` with the brand's
error mapper. Generated code therefore only ever sees success responses.

The flow is written once as a generator; the sync and async drivers differ only in how they fetch
a token and read a body.
"""

from __future__ import annotations

import contextvars
from collections.abc import AsyncGenerator, Generator, Mapping
from typing import Any, NamedTuple

import httpx

from .errors import ApiError, AuthenticationError, ReauthorizationRequiredError
from .mapping import ErrorMapper, error_from_response
from .sources import TokenSource

last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "carconnect_last_response", default=None
)
"""The last success response seen in this context (kept for :class:`ResponseParseError`)."""


class _TokenWanted(NamedTuple):
    """The flow's request for a token; ``rejected`` is the access token the server just refused."""

    rejected: str | None


_NO_REJECTION = _TokenWanted(None)


class CarConnectAuth(httpx.Auth):
    """Bearer + brand headers, one replay after the credentials were rejected, typed errors for failures.

    "Rejected" is a 401 or any answer the brand's error mapper classifies as an
    :class:`AuthenticationError`: the token source is asked for a new token and the request is sent
    once more if it gave one.
    """

    def __init__(
        self,
        token_source: TokenSource | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        error_mapper: ErrorMapper | None = None,
    ) -> None:
        self.token_source = token_source
        self._headers = dict(headers or {})
        self.error_mapper = error_mapper

    def __repr__(self) -> str:
        return f"CarConnectAuth(token_source={self.token_source!r}, headers={sorted(self._headers)!r})"

    def _flow(self, request: httpx.Request) -> Generator[_TokenWanted | httpx.Request, Any, None]:
        headers = request.headers
        for name, value in self._headers.items():
            headers[name] = value
        token: str | None = None
        if self.token_source is not None:
            token = yield _NO_REJECTION
            headers["Authorization"] = f"Bearer {token}"
        response: httpx.Response = yield request
        if not 200 <= response.status_code < 300:
            error = error_from_response(response, self.error_mapper)
            if token is None or not _credentials_rejected(error):
                raise error
            fresh = yield _TokenWanted(token)
            if fresh == token:
                raise error
            headers["Authorization"] = f"Bearer {fresh}"
            response = yield request
            if not 200 <= response.status_code < 300:
                raise error_from_response(response, self.error_mapper)
        last_response.set(response)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        reply: object = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration:
                return
            if isinstance(step, _TokenWanted):
                assert self.token_source is not None
                reply = self.token_source.get_access_token(step.rejected)
            else:
                response = yield step
                response.read()
                reply = response

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._flow(request)
        reply: object = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration:
                return
            if isinstance(step, _TokenWanted):
                assert self.token_source is not None
                reply = await self.token_source.aget_access_token(step.rejected)
            else:
                response = yield step
                await response.aread()
                reply = response

    def send(self, request: httpx.Request, transport: httpx.BaseTransport) -> httpx.Response:
        """Sign ``request``, send it through ``transport`` and return the read success response.

        The short path of :class:`~carconnect.core.signed.SignedClient`: the flow of
        :meth:`sync_auth_flow` without httpx's client machinery around it.
        """
        flow = self._flow(request)
        step = next(flow)
        while True:
            if isinstance(step, _TokenWanted):
                assert self.token_source is not None
                reply: object = self.token_source.get_access_token(step.rejected)
            else:
                reply = response = transport.handle_request(step)
                response.request = step
                try:
                    response.read()
                finally:
                    response.close()
            try:
                step = flow.send(reply)
            except StopIteration:
                return response

    async def asend(self, request: httpx.Request, transport: httpx.AsyncBaseTransport) -> httpx.Response:
        """Async twin of :meth:`send`."""
        flow = self._flow(request)
        step = next(flow)
        while True:
            if isinstance(step, _TokenWanted):
                assert self.token_source is not None
                reply: object = await self.token_source.aget_access_token(step.rejected)
            else:
                reply = response = await transport.handle_async_request(step)
                response.request = step
                try:
                    await _read_body(response)
                finally:
                    await response.aclose()
            try:
                step = flow.send(reply)
            except StopIteration:
                return response


async def _read_body(response: httpx.Response) -> None:
    """``await response.aread()``; a stream that can hand over a body whole and knows it carries no
    ``Content-Encoding`` (``AsyncioTransport``'s) skips httpx's async chunk generators (three per body,
    with their context managers: about 9 µs a read) and the close that follows."""
    stream = response.stream
    read_all = getattr(stream, "read_all", None)
    if read_all is None or response.is_stream_consumed or getattr(stream, "content_coded", True):
        await response.aread()  # an inner transport may have read it already (error bodies)
        return
    body: bytes = await read_all()
    # What Response.aread() leaves behind, set directly (httpx 0.27 and 0.28 keep the body in _content).
    response._content = body
    response._num_bytes_downloaded = len(body)
    response.is_stream_consumed = True
    # read_all returns once the stream is done, leaving nothing to release: Response.aclose() (with
    # its request context manager, about 1.5 µs) has nothing to do.
    response.is_closed = True


def _credentials_rejected(error: ApiError) -> bool:
    """A 401, or a vendor body the brand maps to an authentication failure (BMW sends some as 403)."""
    return isinstance(error, AuthenticationError) and not isinstance(error, ReauthorizationRequiredError)
