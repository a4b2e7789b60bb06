"""``python -m carconnect.sim`` (or ``carconnect-sim``, ``carconnect sim``): serve the simulator and print its URLs."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import TextIO

from .onboarding import render
from .options import CONSENT_MODES, REDIRECT_MATCHES
from .profiles import BRANDS, PROFILES
from .server import Simulator

HELP_BASE_URL = "http://127.0.0.1:PORT"
MODULE_PROG = "python -m carconnect.sim"


def describe(sim: Simulator) -> str:
    """What to pass to each brand's clients, then every brand's OAuth and API URLs (what the CLI prints)."""
    lines = [f"carconnect-sim on {sim.base_url} (seed {sim.seed})", f"admin API: {sim.base_url}/_admin/", ""]
    lines += ["Pass these to the clients (demo applications; the ids and secrets are public constants):", ""]
    lines += [render(sim.base_url), "Every endpoint:", ""]
    for brand in BRANDS:
        for server in PROFILES[brand].servers:
            found = sim.endpoints(brand, server.name)
            lines.append(f"{brand} [{server.name}]")
            for label, url in (
                ("authorize", found.authorize_url),
                ("device", found.device_authorization_url),
                ("verification page", found.verification_url),
                ("token", found.token_url),
                ("revoke", found.revocation_url),
                *found.extra.items(),
            ):
                if url:
                    lines.append(f"  {label:<22} {url}")
            client = found.client
            lines.append(f"  {'client_id':<22} {client.client_id}")
            if client.client_secret:
                lines.append(f"  {'client_secret':<22} {client.client_secret}")
        for name, url in sim.endpoints(brand).apis.items():
            lines.append(f"  api {name:<18} {url}")
        lines.append("")
    return "\n".join(lines)


def _broker_line(sim: Simulator) -> str:
    """Where the BMW broker listens, and how to make a car publish (it sends only what changes)."""
    admin = f"{sim.base_url}/_admin/fleet/bmw/VIN/plug"
    return f"bmw streaming broker: mqtt://127.0.0.1:{sim.mqtt().port} (cars publish changes: POST {admin})\n\n"


def _parser(prog: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve simulated Volvo, BMW, Ford and Smartcar login servers and APIs, and BMW's streaming "
        "broker, on 127.0.0.1.",
        epilog="Pass these to the clients (PORT: the port it listens on, printed at startup):\n\n"
        + render(HELP_BASE_URL),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--port", type=int, default=0, help="TCP port (default: any free port)")
    parser.add_argument("--seed", type=int, default=0, help="fleet and fault seed (default: 0)")
    parser.add_argument("--consent", choices=CONSENT_MODES, default="auto", help="authorize endpoints' behaviour")
    parser.add_argument(
        "--redirect-uri-match",
        choices=REDIRECT_MATCHES,
        default="loopback",
        help="how a login's redirect_uri must match a registered one: exact, or loopback (default: a loopback "
        "http one may use any port and loopback host)",
    )
    streaming = parser.add_mutually_exclusive_group()
    streaming.add_argument(
        "--mqtt-port", type=int, default=0, help="port of BMW's streaming broker (default: any free port)"
    )
    streaming.add_argument("--no-mqtt", action="store_true", help="serve no streaming broker")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    prog: str | None = None,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Run until Ctrl+C / SIGTERM (or until ``stop`` is set); returns the exit status.

    ``prog`` is the command name usage and errors show (default: the name of the running script).
    """
    args = _parser(prog).parse_args(argv)
    stream = out or sys.stdout
    stop = stop or threading.Event()
    sim = Simulator(seed=args.seed, port=args.port, consent=args.consent, redirect_uri_match=args.redirect_uri_match)
    try:
        sim.start()
        if not args.no_mqtt:
            sim.mqtt(port=args.mqtt_port)  # published under GET /_admin/streaming
    except OSError as exc:
        print(f"cannot listen: {exc}", file=sys.stderr)
        sim.stop()
        return 1
    previous = None
    if threading.current_thread() is threading.main_thread():

        def on_term(signum: int, frame: FrameType | None) -> None:
            stop.set()

        previous = signal.signal(signal.SIGTERM, on_term)
    try:
        streaming = "" if args.no_mqtt else _broker_line(sim)
        print(describe(sim) + streaming + "Press Ctrl+C to stop.", file=stream, flush=True)
        while not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0
