"""JSON answers decoded once per response, by orjson when it is installed, with the standard library's results.

A policy that looks into a success body before the operation parses it (Ford's in-body statuses)
decodes it with :func:`peek_json`; the operation's :func:`json_body` then takes that document
instead of decoding again. A peeked document is kept, weakly keyed by its response, only until the
operation takes it. Callers read documents; they never modify them.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable
from typing import Any

import httpx

from .unset import UNSET, Unset

_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


def has_long_integer(content: bytes) -> bool:
    """Whether a number token of 19 digits or more may be in ``content`` (digits in strings are told
    apart by what precedes them; a false alarm only costs the standard library's speed)."""
    digits = content.translate(_DIGITS_AS_ZERO)
    start = digits.find(_LONG_RUN)
    while start >= 0:
        before = start - 1
        while before >= 0 and content[before] in b" \t\r\n-":
            before -= 1
        if before < 0 or content[before] in b":[,":
            return True
        start = digits.find(_LONG_RUN, start + len(_LONG_RUN))
    return False


def find_orjson() -> Callable[[bytes], Any] | None:
    """orjson's ``loads``, if installed."""
    try:
        from orjson import loads
    except ImportError:
        return None
    return loads


fast_loads: Callable[[bytes], Any] | Unset | None = UNSET
"""orjson's ``loads`` once looked up on first use (``None`` without orjson: the standard library decodes)."""


def loads(content: bytes) -> Any:
    """``json.loads(content)``, decoded by orjson when it is installed (the brands' ``speed`` extra).

    Whatever orjson refuses or would decode differently (NaN, integers beyond 64 bits, which it makes
    floats, another encoding than UTF-8) goes to the standard library, so results and errors are the
    standard library's.
    """
    global fast_loads
    decode = fast_loads
    if isinstance(decode, Unset):
        decode = fast_loads = find_orjson()
    if decode is not None and not has_long_integer(content):
        try:
            return decode(content)
        except ValueError:
            pass
    return json.loads(content)


_documents: weakref.WeakKeyDictionary[httpx.Response, Any] = weakref.WeakKeyDictionary()
_NOT_PEEKED = object()


def peek_json(response: httpx.Response) -> Any:
    """``response.json()`` for a policy: decoded once and kept until :func:`json_body` takes it."""
    try:
        return _documents[response]
    except KeyError:
        pass
    document = _documents[response] = loads(response.content)
    return document


def json_body(response: httpx.Response) -> Any:
    """``response.json()`` for the operation parsing it: the document a policy peeked at, or a fresh
    decoding (see :func:`loads`); raises as ``json.loads`` does."""
    # with nothing peeked (most brands never peek) there is nothing to look up
    document = _documents.pop(response, _NOT_PEEKED) if _documents else _NOT_PEEKED
    return loads(response.content) if document is _NOT_PEEKED else document


__all__ = ["has_long_integer", "json_body", "loads", "peek_json"]
