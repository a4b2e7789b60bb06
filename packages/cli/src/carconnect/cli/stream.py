"""``carconnect stream bmw [VIN]...``: live CarData updates until Ctrl-C (or ``--count``)."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime
from typing import Any

import click

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
        async with CarDataStream(tokens, vins, host=host, port=port, tls=tls, clock=stream_clock(clock)) as stream:
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
@click.option("--host", help="Streaming host (default: BMW's, or 127.0.0.1 with --sim).")
@click.option("--port", type=click.IntRange(1, 65535), help="Streaming port (default: BMW's 9000).")
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
    """
    from carconnect.bmw.auth import STREAMING_HOST, STREAMING_PORT

    as_json = state.as_json  # --json prints one JSON object per line
    target = state.target(brand)
    default_host = "127.0.0.1" if target.sim_url else STREAMING_HOST
    try:
        tokens = state.credentials(brand, target)
        address = (host or default_host, port or STREAMING_PORT)
        asyncio.run(follow(tokens, vins, *address, not plain, count, as_json, clock=state.clock))
    except KeyboardInterrupt:
        return
    except CarConnectError as error:
        code, message = exitcodes.classify(error, brand, sim_url=target.sim_url)
        output.error(message)
        sys.exit(code)
