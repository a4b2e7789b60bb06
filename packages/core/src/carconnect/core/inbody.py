"""Failures a vendor answers with HTTP 2xx, the real status in the JSON body: :class:`InBodyStatusPolicy`.

A brand gives the policy a function that reads the status a 2xx JSON body really carries (Ford's
``"status": "FAILED"``, Smartcar v3's ``errors`` document). The policy gives such an answer that
status, so the brand's error mapping raises the typed error instead of a failure reaching the
generated parser, and the retry rules and ``may_have_run`` follow it as they would the same HTTP
status, except that the vendor took the request: the rebuilt answer keeps the 2xx it came with
(:func:`~carconnect.core.pipeline.answered_status`), so a command is never sent again after it
(:class:`~carconnect.core.pipeline.CommandsSentOncePolicy`). An in-body 401 refreshes the token like a
real one; a read is then replayed once with the new token, a command is not (its
:class:`~carconnect.core.AuthenticationError` has ``may_have_run`` true).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx

from .jsonbody import peek_json
from .pipeline import ANSWERED_STATUS, Policy, answered_status, current_exchange

_STALE = ("content-encoding", "content-length", "transfer-encoding")
"""Headers of the original answer that no longer describe the rebuilt one's (decoded) content."""


def success_json(response: httpx.Response) -> Any:
    """The JSON body of a 2xx JSON answer, decoded once (the operation parsing it takes the same
    value); ``None`` for any other answer or a body that is not JSON."""
    if not response.is_success or "json" not in response.headers.get("content-type", ""):
        return None
    try:
        return peek_json(response)
    except (ValueError, httpx.ResponseNotRead):
        return None


class InBodyStatusPolicy(Policy):
    """Gives a 2xx answer whose JSON body reports a failure the status ``status_of(body)`` returns
    (``None``: no failure), logging it at INFO on ``logger``; the rebuilt answer's
    ``extensions`` keep the 2xx status under :data:`~carconnect.core.pipeline.ANSWERED_STATUS`."""

    def __init__(self, status_of: Callable[[Any], int | None], logger: logging.Logger) -> None:
        self.status_of = status_of
        self.logger = logger

    @property
    def reads_success_body(self) -> bool:  # type: ignore[override]  # read-only: it depends on the call
        """Only during the client's own calls: a stream you open through ``http_client_for`` stays unread."""
        return current_exchange.get() is not None

    def on_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        status = self.status_of(success_json(response))
        if status is None:
            return response
        path = request.url.path
        self.logger.info("%s %s: HTTP %d whose body reports %d", request.method, path, response.status_code, status)
        headers = [(name, value) for name, value in response.headers.multi_items() if name.lower() not in _STALE]
        answered = {ANSWERED_STATUS: answered_status(response)}
        return httpx.Response(status, headers=headers, content=response.content, request=request, extensions=answered)
