"""Applying a fired :class:`~carconnect.sim.faults.Fault` to one ASGI request."""

from __future__ import annotations

import asyncio
import json
from collections.abc import MutableMapping
from datetime import datetime
from typing import Any

from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ConnectionDropped
from .faults import Fault
from .mutations import null_fields, unknown_enums
from .profiles import vendor_error
from .profiles.errors import ErrorStyle, phrase, with_retry_after
from .profiles.vendor import seconds_to_midnight

_MUTATING = ("truncate", "non_json", "null_fields", "unknown_enum")

Connections = MutableMapping[tuple[str, int], asyncio.Transport]


def html_error(status: int) -> HTMLResponse:
    title = f"{status} {phrase(status)}"
    return HTMLResponse(
        f"<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center>"
        "<hr><center>gateway</center></body></html>",
        status_code=status,
    )


def fault_response(fault: Fault, style: ErrorStyle, now: datetime, *, retry_after_always: bool = False) -> Response:
    """The response of a fault that answers instead of the route.

    A ``rate_limit`` answer states ``Retry-After`` where the host's style sends one, on every 429 with
    ``retry_after_always`` (the ``undocumented_retry_after`` option).
    """
    if fault.kind == "error":
        status = fault.status or 500
        if fault.body is not None:
            return JSONResponse(fault.body, status_code=status)
        return style.error(status, "Simulated failure.", now)
    if fault.kind == "rate_limit":
        wait = fault.retry_after if fault.retry_after is not None else 30
        limited = style.rate_limit(wait, now)
        return with_retry_after(limited, wait) if retry_after_always else limited
    if fault.kind == "quota":
        reset_in = fault.retry_after if fault.retry_after is not None else seconds_to_midnight(now)
        return style.quota(reset_in, now)
    if fault.kind == "html":
        return html_error(fault.status or 503)
    if fault.kind == "vendor":
        return vendor_error(fault.brand, fault.shape).response(now, fault.retry_after)
    raise ValueError(f"fault kind {fault.kind!r} does not answer by itself")


async def drop_connection(scope: Scope, connections: Connections) -> None:
    """Abort the TCP connection of this request; without a socket, raise :class:`ConnectionDropped`."""
    client = scope.get("client")
    transport = connections.get((str(client[0]), int(client[1]))) if client else None
    if transport is None:
        raise ConnectionDropped()
    transport.abort()
    for _ in range(3):  # let the server notice the loss before the app returns
        await asyncio.sleep(0)


async def apply_fault(
    fault: Fault,
    app: ASGIApp,
    scope: Scope,
    receive: Receive,
    send: Send,
    *,
    style: ErrorStyle,
    now: datetime,
    connections: Connections,
    retry_after_always: bool = False,
) -> None:
    if fault.kind == "drop":
        await drop_connection(scope, connections)
        return
    if fault.kind not in _MUTATING:
        await fault_response(fault, style, now, retry_after_always=retry_after_always)(scope, receive, send)
        return
    start: Message = {}
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capture)
    status, body = _mutate(fault, int(start.get("status", 500)), b"".join(chunks))
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _mutate(fault: Fault, status: int, body: bytes) -> tuple[int, bytes]:
    if fault.kind == "truncate":
        return status, body[: len(body) // 2]
    if fault.kind == "non_json":
        text = fault.body if isinstance(fault.body, str) else "Service temporarily unavailable (upstream)"
        return fault.status or status, text.encode()
    try:
        data: Any = json.loads(body)
    except ValueError:
        return status, body
    paths = list(fault.fields) if fault.fields is not None else None
    data = null_fields(data, paths) if fault.kind == "null_fields" else unknown_enums(data, fault.value, paths)
    return status, json.dumps(data).encode()
