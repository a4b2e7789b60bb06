"""``carconnect stream bmw [VIN]...``: live CarData updates until Ctrl-C (or ``--count``)."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import click
import httpx

from carconnect.core import SYSTEM_CLOCK, CarConnectError, Clock, TokenManager

from . import exitcodes, output
from .clocks import stream_clock


def update_rows(update: Any) -> list[dict[str, Any]]:
    """One row per descriptor of a :class:`~carconnect.bmw.streaming.StreamUpdate`."""
    rows = []
    for descriptor, value in update.values.items():
        moment = value.timestamp or update.timestamp
        decoded = value.value.isoformat() if isinstance(value.value, datetime) else value.value
        rows.append(
            {
                "vin": update.vin,
                "descriptor": descriptor,
                "value": decoded,
                "unit": value.unit,
                "timestamp": moment.isoformat() if moment else None,
            }
        )
    return rows


def print_row(row: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(row), flush=True)
        return
    unit = f" {row['unit']}" if row["unit"] else ""
    print(f"{row['timestamp'] or '-'}  {row['vin']}  {row['descriptor']} = {row['value']}{unit}", flush=True)


def subscribed_line(vins: tuple[str, ...]) -> str:
    """The status printed once the stream is subscribed: updates come only when a car sends data."""
    which = ", ".join(vins) if vins else "every vehicle of the account"
    return f"subscribed to {which}; waiting for updates (sent when a car's data changes)"


STREAM_LOGGER = "carconnect.bmw.streaming"
"""The logger of :class:`~carconnect.bmw.streaming.CarDataStream`: each failed connection and the backoff after it."""


class NoBrokerError(Exception):
    """The simulator publishes no streaming broker (or does not answer): the message says what to run."""


def simulator_broker(sim_url: str) -> tuple[str, int, bool]:
    """(host, port, TLS) of the BMW broker the simulator at ``sim_url`` publishes (``GET /_admin/streaming``)."""
    try:
        response = httpx.get(f"{sim_url.rstrip('/')}/_admin/streaming", timeout=exitcodes.PROBE_TIMEOUT)
    except httpx.TransportError:
        raise NoBrokerError(exitcodes.no_simulator(sim_url)) from None
    try:
        found = response.json() if response.status_code == 200 else {}
        return str(found["host"]), int(found["port"]), bool(found["tls"])
    except (ValueError, KeyError, TypeError):
        parts = urlsplit(sim_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        raise NoBrokerError(
            f"the simulator at {sim_url} serves no BMW streaming broker: restart it with carconnect sim --port "
            f"{port} (it serves one unless --no-mqtt), or pass the port of the broker it serves: --plain --port PORT"
        ) from None


class AttemptReport(logging.Handler):
    """The stream's own records (a failed connection and the wait before the next try, a refused login)
    on stderr, after the broker's ``host:port``; the MQTT library's records are left out."""

    def __init__(self, where: str) -> None:
        super().__init__(logging.INFO)
        self.where = where

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == STREAM_LOGGER:
            output.say(f"{self.where}: {record.getMessage()}")


@contextmanager
def reported_attempts(host: str, port: int) -> Iterator[None]:
    """While it lasts, the stream's INFO and WARNING records are printed on stderr."""
    logger = logging.getLogger(STREAM_LOGGER)
    handler, level = AttemptReport(f"{host}:{port}"), logger.level
    logger.addHandler(handler)
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


async def follow(
    tokens: TokenManager,
    vins: tuple[str, ...],
    host: str,
    port: int,
    tls: bool,
    count: int | None,
    as_json: bool,
    clock: Clock = SYSTEM_CLOCK,
) -> None:
    from carconnect.bmw.streaming import CarDataStream
    from carconnect.core.oauth import OAuthClient

    printed = 0
    try:
        # label="": the records name no account (the command follows one), so each line starts with the broker
        stream = CarDataStream(tokens, vins, host=host, port=port, tls=tls, clock=stream_clock(clock), label="")
        with reported_attempts(host, port):
            async with stream:
                output.say(subscribed_line(vins))
                async for update in stream:
                    for row in update_rows(update):
                        print_row(row, as_json)
                    printed += 1
                    if count is not None and printed >= count:
                        return
    finally:
        if isinstance(tokens.refresher, OAuthClient):  # its connections to the login server
            await tokens.refresher.aclose()


@click.command()
@click.argument("brand", type=click.Choice(["bmw"]))
@click.argument("vins", nargs=-1)
@click.option("--host", help="Streaming host (default: BMW's, or the simulator's broker with --sim).")
@click.option(
    "--port", type=click.IntRange(1, 65535), help="Streaming port (default: BMW's 9000, or the simulator's broker)."
)
@click.option("--plain", is_flag=True, help="No TLS (a local broker such as the simulator's).")
@click.option("--count", type=click.IntRange(min=1), help="Stop after this many messages.")
@click.pass_obj
def stream(
    state: Any,
    brand: str,
    vins: tuple[str, ...],
    host: str | None,
    port: int | None,
    plain: bool,
    count: int | None,
) -> None:
    """Print live updates (time, VIN, descriptor, value, unit) of BRAND's stream until Ctrl-C.

    Every vehicle of the account without VINs. Needs a login with the openid and
    cardata:streaming:read scopes, and data points selected for streaming in the BMW CarData portal.
    With a simulator and no --port, connects to the broker its admin API publishes, or fails at once
    when it publishes none. Each failed connection is reported on stderr with the wait before the next
    try; without a first connection within 30 s the command fails (exit 7).
    """
    from carconnect.bmw.auth import STREAMING_HOST, STREAMING_PORT

    as_json = state.as_json  # --json prints one JSON object per line
    target = state.target(brand)
    try:
        tokens = state.credentials(brand, target)
        default_host, default_port, tls = STREAMING_HOST, STREAMING_PORT, not plain
        if target.sim_url is not None:
            default_host = "127.0.0.1"
            if port is None:
                default_host, default_port, published_tls = simulator_broker(target.sim_url)
                tls = tls and published_tls
        address = (host or default_host, port or default_port)
        asyncio.run(follow(tokens, vins, *address, tls, count, as_json, clock=state.clock))
    except NoBrokerError as missing:
        output.error(str(missing))
        sys.exit(exitcodes.UNAVAILABLE)
    except KeyboardInterrupt:
        return
    except CarConnectError as error:
        code, message = exitcodes.classify(error, brand, sim_url=target.sim_url)
        output.error(message)
        sys.exit(code)
