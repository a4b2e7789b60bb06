"""What calling a generated operation shares between the sync and async drivers: errors and results."""

from __future__ import annotations

import json
import re
from typing import Protocol, TypeVar

import httpx

from .errors import (
    CLOSED_MESSAGE,
    LOOP_CLOSED,
    OWN_TRANSPORT_CLOSED_MESSAGE,
    STALE_LOOP_MESSAGE,
    TRANSPORT_CLOSED,
    BadRequestError,
    CarConnectError,
    ClientClosedError,
    EventLoopError,
    RequestTimeoutError,
    ResponseParseError,
    TransportError,
)
from .pipeline import Exchange
from .redact import describe_request, request_facts, request_of
from .retry import may_have_run

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

PARSE_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    OverflowError,
    json.JSONDecodeError,
    RecursionError,
)
"""What generated ``from_dict`` code raises for a body that does not match its model (or that is
nested deeper than the JSON parser goes)."""


class DetailedResponse(Protocol[T_co]):
    """What a generated ``*_detailed`` operation returns."""

    @property
    def parsed(self) -> T_co | None: ...

    @property
    def content(self) -> bytes: ...

    @property
    def status_code(self) -> int: ...


def translate_exception(exc: Exception, exchange: Exchange) -> Exception:
    """The carconnect error for an exception raised while calling generated code, or ``exc`` itself.

    A transport, timeout or parse error names the request it is about (method and URL without the
    query, :func:`~carconnect.core.redact.describe_request`) when httpx knows it, and says whether
    that request may have been carried out (``may_have_run``), as does an :class:`EventLoopError` for
    a connection of an event loop that has closed (a ``transport=`` or ``http_client=`` kept across
    ``asyncio.run`` calls), on which the request may have gone out before the loop was needed.
    """
    if isinstance(exc, CarConnectError):
        return exc
    error = _translated(exc, exchange)
    if isinstance(error, TransportError | ResponseParseError | EventLoopError):
        error.may_have_run = _left_unsettled(exc, exchange)
    return error


def _translated(exc: Exception, exchange: Exchange) -> Exception:
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{request_named(exc) or 'request'} timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.LocalProtocolError):
        return BadRequestError(INVALID_REQUEST_MESSAGE, code="invalid_request")
    if isinstance(exc, httpx.TransportError | httpx.StreamError):
        return TransportError(f"no HTTP answer{_from(exc)}: {transport_problem(exc)}")
    if isinstance(exc, httpx.DecodingError):
        return ResponseParseError(
            f"{_body_of(exc)} could not be decoded: {transport_problem(exc)}", **request_facts(request_behind(exc))
        )
    if isinstance(exc, httpx.RequestError):
        return TransportError(f"no usable HTTP answer{_from(exc)}: {transport_problem(exc)}")
    if isinstance(exc, RuntimeError) and _CLOSED_CLIENT in str(exc):
        return ClientClosedError(CLOSED_MESSAGE)
    if isinstance(exc, RuntimeError) and str(exc) == TRANSPORT_CLOSED:
        return ClientClosedError(OWN_TRANSPORT_CLOSED_MESSAGE)
    if isinstance(exc, RuntimeError) and str(exc) == LOOP_CLOSED:
        return EventLoopError(STALE_LOOP_MESSAGE)
    response = exchange.response
    if isinstance(exc, PARSE_ERRORS) and response is not None:
        return ResponseParseError(
            f"{_body_of(response)} does not match the expected model: {parse_problem(exc)}",
            status_code=response.status_code,
            raw=response.content,
            **request_facts(request_of(response)),
        )
    return exc


def _left_unsettled(exc: Exception, exchange: Exchange) -> bool:
    """Whether ``exc`` leaves the call's own request (never a token source's) possibly carried out:
    sent and not answered (an httpx error, or a connection of an event loop that has closed), or
    answered with a body that could not be read, decoded or parsed (then the answer's status says)."""
    if isinstance(exc, httpx.RequestError | RuntimeError):
        request = request_behind(exc) if isinstance(exc, httpx.RequestError) else exchange.reached
        if request is None or request is not exchange.sent:
            return False
        if exchange.answered is not None:  # the head had arrived: only its body was lost
            return may_have_run(request, status=exchange.answered)
        return may_have_run(request, error=exc)
    response = exchange.response  # the success answer whose body did not fit the model
    return response is not None and may_have_run(request_of(response), status=response.status_code)


def request_behind(source: object) -> httpx.Request | None:
    """The request an httpx error or response is about; ``None`` if unknown."""
    if not isinstance(source, httpx.RequestError | httpx.Response):
        return None
    try:
        return source.request
    except RuntimeError:  # an error or a response built without its request
        return None


def request_named(source: object) -> str | None:
    """The request an httpx error or response is about, described for a message; ``None`` if unknown."""
    request = request_behind(source)
    return describe_request(request) if request is not None else None


def _from(exc: Exception) -> str:
    named = request_named(exc)
    return f" from {named}" if named else ""


def _body_of(source: object) -> str:
    named = request_named(source)
    return f"the body of the answer to {named}" if named else "the response body"


INVALID_REQUEST_MESSAGE = (
    "the request is not valid HTTP and was not sent: a header name or value has a line break, "
    "a control character or surrounding whitespace"
)


def transport_problem(exc: Exception) -> str:
    """What went wrong on the way, for a message. A ``LocalProtocolError`` quotes the header value it
    refused (a token with a stray line break), so only its kind is named."""
    if isinstance(exc, httpx.LocalProtocolError):
        return f"{type(exc).__name__}: the request is not valid HTTP"
    return f"{type(exc).__name__}: {exc}"


def cause_of(exc: BaseException) -> BaseException | None:
    """What an error translated from ``exc`` is raised from: ``exc``, except a ``LocalProtocolError``,
    whose message quotes the header value it refused (a secret, maybe), so it is left out of the chain."""
    return None if isinstance(exc, httpx.LocalProtocolError) else exc


_CLOSED_CLIENT = "client has been closed"
"""What httpx's ``RuntimeError`` says when a closed client is asked to send."""


def parse_problem(exc: Exception) -> str:
    """What generated parsing said went wrong, led by the field path it names (``data.odometer.value: ...``)."""
    if isinstance(exc, KeyError) and exc.args:
        return f"{exc.args[0]}: missing"
    return str(exc) if _FIELD_PATH.match(str(exc)) else f"{type(exc).__name__}: {exc}"


_FIELD_PATH = re.compile(r"^[A-Za-z0-9_.\[\]$@-]+: ")


def parsed(result: DetailedResponse[T], response: httpx.Response | None = None) -> T:
    """The parsed model of a success answer, or :class:`ResponseParseError` when it has none.

    ``response``: the httpx answer ``result`` was read from; the error then names its request.
    """
    if result.parsed is None:
        named = request_named(response)
        request = request_of(response) if response is not None else None
        error = ResponseParseError(
            f"the {f'answer to {named}' if named else 'response'} has no body of the documented type",
            status_code=int(result.status_code),
            raw=result.content,
            **request_facts(request),
        )
        error.may_have_run = may_have_run(request, status=int(result.status_code))
        raise error
    return result.parsed
