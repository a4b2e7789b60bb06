"""Receiving the authorization redirect of a native or CLI login (RFC 8252).

:class:`LoopbackReceiver` listens on 127.0.0.1 (never another interface) on an ephemeral port,
accepts exactly one request to its callback path, answers it with a short page and stops. If an
expected ``state`` is given, a redirect with another state is answered 400 and raises
:class:`~carconnect.core.errors.InvalidStateError`. For custom-scheme redirects that a browser
cannot hand to us (``fordapp://...``), :func:`read_pasted_redirect` takes the URL the user pastes.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Self
from urllib.parse import urlsplit

from ..errors import InvalidStateError, OAuthError
from .flows import parse_callback
from .pkce import same_secret

_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>carconnect</title></head><body><p>%s</p></body></html>"
)


class LoopbackReceiver:
    """One-shot HTTP listener on ``127.0.0.1`` for an OAuth redirect."""

    def __init__(self, path: str = "/callback", *, port: int = 0, expected_state: str | None = None) -> None:
        self.path = path
        self.expected_state = expected_state
        self._received: str | None = None
        self._error: OAuthError | None = None
        self._done = threading.Event()
        self._server = HTTPServer(("127.0.0.1", port), self._handler_class(), bind_and_activate=False)
        self._server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.server_bind()
        self._server.server_activate()

    @property
    def redirect_uri(self) -> str:
        """The ``redirect_uri`` to register and send: ``http://127.0.0.1:<port><path>``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.path}"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                receiver._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                """Stay silent: the query holds an authorization code."""

        return Handler

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        if urlsplit(handler.path).path != self.path:
            _answer(handler, 404, b"Not the login callback.")
            return
        url = f"http://127.0.0.1:{self._server.server_address[1]}{handler.path}"
        params = parse_callback(url)
        checked = self.expected_state is not None and "error" not in params
        if checked and not same_secret(self.expected_state or "", params.get("state")):
            _answer(handler, 400, b"This login link does not match the login in progress.")
            self._error = InvalidStateError("the redirect's state does not match", code="invalid_state")
            self._done.set()
            return
        _answer(handler, 200, b"Login received. You can close this window.")
        self._received = url
        self._done.set()

    def wait(self, timeout: float = 300.0) -> str:
        """Serve until the redirect arrives (or ``timeout``); return its full URL."""
        deadline = threading.Event()
        timer = threading.Timer(timeout, deadline.set)
        timer.start()
        try:
            self._server.timeout = 0.2
            while not self._done.is_set() and not deadline.is_set():
                self._server.handle_request()
        finally:
            timer.cancel()
            self.close()
        if self._error is not None:
            raise self._error
        if self._received is None:
            raise OAuthError(f"no login redirect arrived within {timeout:.0f} s", code="timeout")
        return self._received

    async def await_redirect(self, wait_seconds: float = 300.0) -> str:
        """Async :meth:`wait` (the listener runs in a worker thread)."""
        return await asyncio.to_thread(self.wait, wait_seconds)

    def close(self) -> None:
        self._server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _answer(handler: BaseHTTPRequestHandler, status: int, message: bytes) -> None:
    body = _PAGE % message
    handler.send_response(status)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)


def read_pasted_redirect(prompt: Callable[[str], str] = input) -> str:
    """Ask the user to paste the URL the browser was redirected to (custom-scheme redirects)."""
    pasted = prompt("Paste the full URL the browser ended on (or just the code): ").strip()
    if not pasted:
        raise OAuthError("nothing was pasted", code="invalid_request")
    return pasted


__all__ = ["LoopbackReceiver", "read_pasted_redirect"]
