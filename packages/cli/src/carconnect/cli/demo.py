"""`carconnect demo`: every brand end to end against the embedded simulator, no credentials needed.

For each brand (and each API of a brand with several: Ford's FordConnect Query and FordConnect) it
runs the real login flow over loopback HTTP (authorization code + PKCE with a
loopback redirect, device grant with PKCE, client credentials), lists vehicles, reads a status,
sends a command and waits for its outcome, then shows a rate limit and a quota error being handled.
Those two steps pass only when the simulator really sent the answer they injected and the client
reported it as the brand's class of error (a call the client refused itself does not count).
With carconnect-garage installed it ends with one table of the whole fleet, read through its common API,
and a few BMW updates streamed from the simulator's CarData broker through the garage's event stream.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

import httpx
from rich.markup import escape

from carconnect.core import (
    SYSTEM_CLOCK,
    CarConnectError,
    Clock,
    MemoryTokenStore,
    RateLimitError,
    Token,
)

from . import output
from .brands import BrandAdapter, Target, adapter
from .brands.base import simulator_module
from .clocks import WallWaits
from .login import authorization_code_login, client_credentials_login, device_login
from .settings import simulator_settings

STREAMED_UPDATES = 5
"""How many streamed BMW updates the demo shows."""
STREAM_SECONDS = 15.0
"""Wall-time bound of the streamed section (it normally takes well under a second)."""
STREAM_FIELDS = ("odometer", "battery_level", "range", "locked")
DRIVEN_KM = 12

QUOTA_REFILL_SECONDS = 3600
"""When the demo's exhausted quota refills. Fixed, so that the step never depends on the time of day:
by default the simulator refills at UTC midnight, and a refill due within the retry policy's
``retry_after_cap`` is a wait the client sits out, not an error."""


class UnexpectedOutcome(Exception):  # noqa: N818 - reads as the step's outcome
    """A demo step ended, but not as the brand's documented behaviour says it should (the step fails)."""


@dataclass
class Step:
    brand: str
    step: str
    ok: bool
    detail: str
    ms: float
    api: str | None = None
    """Which of the brand's APIs (``None``: the brand has one)."""


class DemoRun:
    """Runs the steps of one brand against one simulator and records each outcome.

    ``clock`` must be the simulator's own: a FakeClock shared by both makes every wait instant.
    ``on_step`` sees each step as soon as it ends.
    """

    def __init__(
        self,
        sim: Any,
        brand: str,
        *,
        clock: Clock = SYSTEM_CLOCK,
        on_step: Callable[[Step], None] | None = None,
        api: str | None = None,
    ) -> None:
        self.sim, self.brand = sim, brand
        self.adapter: BrandAdapter = adapter(brand, api)
        self.api = api or (self.adapter.apis[0] if self.adapter.apis else None)
        settings = replace(simulator_settings(brand, self.adapter.sim_server), api=self.api)
        self.target = Target(settings, sim_url=sim.base_url, clock=clock)
        self.steps: list[Step] = []
        self.on_step = on_step

    def step(self, name: str, action: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail, ok = action(), True
        except (CarConnectError, httpx.HTTPError, OSError, UnexpectedOutcome) as error:
            detail, ok = f"{type(error).__name__}: {error}", False
        done = Step(self.brand, name, ok, detail, (time.perf_counter() - started) * 1000, self.api)
        self.steps.append(done)
        if self.on_step is not None:
            self.on_step(done)
        return ok

    def login(self) -> Token:
        if self.adapter.flow == "device":
            return device_login(self.adapter, self.target, say=_quiet, on_code=self._approve)
        if self.adapter.flow == "client_credentials":
            return client_credentials_login(self.adapter, self.target)
        return authorization_code_login(self.adapter, self.target, open_browser=_user_agent_visit, say=_quiet)

    def _approve(self, user_code: str, url: str) -> None:
        """The 'user' approves the device login on the simulator's verification page."""
        self.sim.approve_device(user_code)

    def run(self) -> list[Step]:
        holder: dict[str, Any] = {}

        def do_login() -> str:
            token = self.login()
            holder["store"] = MemoryTokenStore(token)
            return f"{self.adapter.flow.replace('_', ' ')}: token valid until {token.expires_at:%H:%M:%S}"

        if not self.step("login", do_login):
            return self.steps
        credentials = self.adapter.oauth(self.target).token_manager(holder["store"])
        with self.adapter.session(self.target, credentials) as client:
            self.step("vehicles", lambda: self._vehicles(client, holder))
            vehicle = holder.get("vehicle")
            if vehicle is None:
                return self.steps
            self.step("status", lambda: _summary(self.adapter.status(client, vehicle)))
            if self.adapter.commands:
                action = self.adapter.commands[0]
                self.step(f"command {action}", lambda: _summary(self.adapter.command(client, vehicle, action, _quiet)))
            else:
                self.step("command", lambda: f"{self.adapter.title} is read-only: no remote commands")
            for name, extra in self.adapter.extra_steps(self.target, client, vehicle):
                self.step(name, extra)
            self.step("rate limit", lambda: self._rate_limited(client, vehicle))
        with self.adapter.session(self.target, credentials) as fresh:  # no limit the rate limit step left
            self.step("quota", lambda: self._quota(fresh, vehicle))
        return self.steps

    def _vehicles(self, client: Any, holder: dict[str, Any]) -> str:
        rows = self.adapter.vehicles(client)
        holder["vehicle"] = rows[0].id if rows else None
        return ", ".join(row.name or row.vin or row.id for row in rows)

    def _rate_limited(self, client: Any, vehicle: str) -> str:
        """A 429 with Retry-After is waited out and retried transparently, or reported as the client's
        rate limit (or, for a brand whose API answers its quota instead, quota) error."""
        fault = self.sim.faults.add(kind="rate_limit", brand=self.brand, times=1, retry_after=1)
        started = time.perf_counter()
        try:
            self.adapter.status(client, vehicle)
        except RateLimitError as error:
            _sent(fault, error)
            status = error.status_code or "the answer"
            return f"{status} reported as {type(error).__name__} (retry after {error.retry_after} s), not retried"
        _sent(fault, None)
        return f"429 Retry-After 1 s waited and retried ({time.perf_counter() - started:.1f} s)"

    def _quota(self, client: Any, vehicle: str) -> str:
        """An exhausted quota surfaces as the brand's quota error (``adapter.quota_error``), never as a
        login problem; anything else fails the step."""
        fault = self.sim.faults.add(kind="quota", brand=self.brand, times=1, retry_after=QUOTA_REFILL_SECONDS)
        expected = self.adapter.quota_error
        try:
            self.adapter.status(client, vehicle)
        except RateLimitError as error:
            _sent(fault, error)
            if not isinstance(error, expected):
                raise UnexpectedOutcome(
                    f"expected {expected.__name__}, got {type(error).__name__} ({error.code or error.status_code})"
                ) from None
            return f"{type(error).__name__} ({error.code or error.status_code}); the login is kept"
        raise UnexpectedOutcome(f"the simulated quota was not reported: expected {expected.__name__}")


def _sent(fault: Any, error: RateLimitError | None) -> None:
    """Raise :class:`UnexpectedOutcome` unless the simulator sent ``fault``'s answer and ``error`` (when
    given) is that answer, not a call the client refused itself (``details["local"]``)."""
    if error is not None and error.details.get("local"):
        raise UnexpectedOutcome(f"refused by the client itself, never sent: {type(error).__name__}: {error}")
    if not fault.fired:
        raise UnexpectedOutcome(f"the simulator never sent the {fault.kind} answer")


def _user_agent_visit(url: str) -> bool:
    """Stand in for the user's browser: follow the login redirects in the background."""

    def visit() -> None:
        with httpx.Client(follow_redirects=True, timeout=10) as browser:
            browser.get(url)

    threading.Thread(target=visit, daemon=True).start()
    return True


def _quiet(_: str) -> None:
    return None


def _summary(data: dict[str, Any]) -> str:
    shown = [f"{key}={value}" for key, value in list(data.items())[:4]]
    return ", ".join(shown)


async def _fleet(sim: Any, brands: list[str], clock: Clock) -> list[dict[str, Any]]:
    """Every simulated car of ``brands``, read through carconnect-garage's common API: one table row each."""
    from carconnect.garage import FailedLogin, Field, Garage
    from carconnect.garage.testing import simulated_brands, simulated_client

    options = {} if clock is SYSTEM_CLOCK else {"clock": clock}
    clients = [simulated_client(brand, sim, **options) for brand in simulated_brands() if brand in brands]
    failed: list[FailedLogin] = []
    async with Garage(clients) as garage:
        cars = await garage.vehicles(failed=failed)  # a login that fails is a row of its own
        rows: list[dict[str, Any]] = [{"brand": login.brand, "car": type(login.error).__name__} for login in failed]
        async for result in garage.statuses(cars, fields=[Field.ODOMETER, Field.BATTERY_LEVEL, Field.LOCKED]):
            car, status = result.vehicle, result.value
            row: dict[str, Any] = {"brand": car.brand, "car": f"{car.year} {car.make} {car.model}"}
            if status is None:
                rows.append({**row, "odometer": type(result.error).__name__})
                continue
            odometer, battery, locked = status.odometer.value, status.battery_level.value, status.locked
            row["odometer"] = f"{odometer.to(1000):,.0f} km" if odometer else status.odometer.availability.value
            row["battery"] = f"{battery.value:.0%}" if battery else status.battery_level.availability.value
            row["locked"] = str(locked.value) if locked.is_known else locked.availability.value
            row["commands"] = len(car.capabilities.commands)
            rows.append(row)
    return sorted(rows, key=lambda row: (row["brand"], row["car"]))


def _update_row(update: Any) -> dict[str, Any]:
    """One streamed update as the vendor sent it: time, field, BMW descriptor, value and unit."""
    reading, value = update.reading, update.reading.value
    original, unit = (value.original_value, value.original_unit) if hasattr(value, "original_unit") else (value, "")
    return {
        "time": f"{reading.timestamp:%H:%M:%S}" if reading.timestamp else "-",
        "field": update.field.value,
        "descriptor": update.vendor_keys[0] if update.vendor_keys else "-",
        "value": f"{original:g}" if isinstance(original, float) else str(original),
        "unit": unit,
    }


def _show_streamed(rows: list[dict[str, Any]]) -> None:
    output.console.print("BMW updates streamed over MQTT, through carconnect-garage's events:", highlight=False)
    for row in rows:
        shown = f"{row['value']} {row['unit']}".strip()
        line = f"  {row['time']}  {row['field']:<14} {shown:<10}  from {row['descriptor']}"
        output.console.print(escape(line), highlight=False, soft_wrap=True)


async def _streamed(sim: Any, clock: Clock) -> list[dict[str, Any]]:
    """BMW updates from the simulator's CarData broker, through the garage's event stream: the car's
    first message, then what changed once it drove ``DRIVEN_KM`` (at most ``STREAMED_UPDATES`` rows)."""
    from carconnect.garage import Field, Garage
    from carconnect.garage.testing import simulated_client, simulated_options

    broker = sim.mqtt(interval=None)  # the car publishes when the demo moves it
    client_options = {} if clock is SYSTEM_CLOCK else {"clock": clock}
    options = simulated_options(sim)["bmw"]
    if clock is not SYSTEM_CLOCK:
        options["stream_options"] = {**options["stream_options"], "clock": WallWaits(clock)}
    client = simulated_client("bmw", sim, streaming=True, **client_options)
    rows: list[dict[str, Any]] = []
    async with Garage([client], options={"bmw": options}) as garage:
        car = (await garage.vehicles())[0]
        events = car.events(fields=STREAM_FIELDS)
        first = asyncio.ensure_future(anext(events))  # connects and subscribes
        try:
            async with asyncio.timeout(STREAM_SECONDS):
                for _ in range(int(STREAM_SECONDS * 100)):  # until subscribed on the broker
                    if first.done() or _stream_connected(car):
                        break
                    await asyncio.sleep(0.01)
                broker.publish_changes()  # the car's first message: everything it reports
                sim.fleet.vehicle("bmw", car.id).odometer_km += DRIVEN_KM
                broker.publish_changes()  # then only what changed
                update = await first
                odometers = 0
                while True:
                    rows.append(_update_row(update))
                    odometers += update.field is Field.ODOMETER
                    if odometers == 2 or len(rows) == STREAMED_UPDATES:
                        break
                    update = await anext(events)
        finally:
            if not first.done():  # out of time before the first update: stop the stream's reader
                first.cancel()
                await asyncio.wait({first})
            await events.aclose()
    return rows


def _stream_step(sim: Any, clock: Clock) -> tuple[list[dict[str, Any]], Step]:
    """The streamed section as a step of BMW's (shown as it ends), and its rows."""
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    try:
        rows = asyncio.run(_streamed(sim, clock))
        ok, detail = True, f"{len(rows)} updates from the simulator's CarData broker, none read over REST"
    except TimeoutError:
        ok, detail = False, f"TimeoutError: too few streamed updates within {STREAM_SECONDS:g} s"
    except (CarConnectError, OSError) as error:
        ok, detail = False, f"{type(error).__name__}: {error}"
    step = Step("bmw", "stream", ok, detail, (time.perf_counter() - started) * 1000)
    _show_step(step)
    return rows, step


def _stream_connected(car: Any) -> bool:
    shared = car.adapter.shared_stream
    return shared is not None and shared.stream is not None and shared.stream.connected


NEXT_STEPS = """Next:
  carconnect sim                        serve the simulator; it prints what each client needs
  carconnect login volvo --sim URL      log in to it (later commands remember the simulator)
  carconnect vehicles volvo --json      then: status volvo VIN, command volvo VIN lock
  carconnect login volvo --help         your own account: the credentials it needs"""


def _show_step(step: Step) -> None:
    mark = "[green]ok[/green]  " if step.ok else "[red]FAIL[/red]"
    line = escape(f"{step.brand:<9} {step.step:<14} {step.detail}")
    output.errors.print(f"{mark} {line}", highlight=False, soft_wrap=True)


def run_demo(brands: Iterable[str], *, as_json: bool = False, clock: Clock = SYSTEM_CLOCK) -> int:
    """Run the demo, a line per step as it ends (stderr), the table at the end (stdout); 0 if all passed."""
    simulator = simulator_module("carconnect demo").Simulator
    chosen = list(brands)
    steps: list[Step] = []
    started = time.perf_counter()
    fleet: list[dict[str, Any]] = []
    streamed: list[dict[str, Any]] = []
    with simulator(seed=0, clock=None if clock is SYSTEM_CLOCK else clock) as sim:
        for brand in chosen:
            for api in adapter(brand).apis or (None,):
                which = f" ({escape(adapter(brand, api).title)})" if api else ""
                title = f"[bold]{brand}[/bold]: logging in and calling the simulated API{which}..."
                output.errors.print(title, highlight=False)
                steps += DemoRun(sim, brand, clock=clock, on_step=_show_step, api=api).run()
        if importlib.util.find_spec("carconnect.garage") is not None:
            sim.reset()  # the seeded fleet again, BMW's daily quota (spent by its quota step) included
            if not as_json:
                fleet = asyncio.run(_fleet(sim, chosen, clock))
            if "bmw" in chosen:
                streamed, stream_step = _stream_step(sim, clock)
                steps.append(stream_step)
    seconds = time.perf_counter() - started
    failed = [step for step in steps if not step.ok]
    if as_json:
        output.emit([{**asdict(step), "ms": round(step.ms)} for step in steps], as_json=True)
    else:
        verdict = f"{len(failed)} of {len(steps)} steps failed" if failed else f"all {len(steps)} steps passed"
        output.console.print(f"carconnect demo: {verdict} in {seconds:.1f} s", highlight=False)
        if fleet:
            output.emit(fleet, as_json=False, title="The whole fleet through one API (carconnect-garage)")
        if streamed:
            _show_streamed(streamed)
    if failed:
        return 1
    output.say(NEXT_STEPS)
    return 0
