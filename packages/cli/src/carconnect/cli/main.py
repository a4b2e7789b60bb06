"""The ``carconnect`` command: log in, list vehicles, read status, send commands, run the simulator."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, ParamSpec, TypeVar, cast
from urllib.parse import urlsplit

import click

from carconnect.core import (
    SYSTEM_CLOCK,
    ApiError,
    CarConnectError,
    Clock,
    NotFoundError,
    TokenManager,
    TokenStore,
    TokenStoreError,
)
from carconnect.core.oauth import DevicePollStatus

from . import exitcodes, output, storage
from .brands import BrandAdapter, Target, adapter, available
from .brands.base import SimulatorMissing, simulator_module
from .login import authorization_code_login, client_credentials_login, device_login
from .settings import (
    BrandSettings,
    MissingCredentialsError,
    default_config_file,
    env_name,
    example_table,
    given_settings,
    listed,
    load_settings,
    simulator_settings,
)
from .stream import stream as stream_command

P = ParamSpec("P")
R = TypeVar("R")

SIM_ENV = "CARCONNECT_SIM"
DEBUG_ENV = "CARCONNECT_DEBUG"


class State:
    """Options shared by every sub-command (given before or after it), and where each brand points.

    The simulator of a command is ``--sim``, else ``$CARCONNECT_SIM``, else (except for ``login``) the
    one the account's last login used. ``target_sim`` is the simulator the command's target points at
    (``None``: the vendor), so that an error's login hint points there too; ``target_settings`` are
    the credentials it uses, so that an error about them can say where each came from.
    """

    def __init__(self, *, clock: Clock = SYSTEM_CLOCK) -> None:
        self.as_json = False
        self.sim_option: str | None = None
        self.target_sim: str | None = None
        self.target_settings: BrandSettings | None = None
        self.config: Path | None = None
        self.account = "default"
        self.clock = clock

    def sim_url(self, brand: str | None, *, remembered: bool = True) -> str | None:
        if self.sim_option:
            return _checked_sim_url(self.sim_option, "--sim")
        if os.environ.get(SIM_ENV):
            return _checked_sim_url(os.environ[SIM_ENV], f"${SIM_ENV}")
        if remembered and brand is not None:
            stored = storage.remembered_simulator(brand, self.account)
            return _checked_sim_url(stored, "the simulator the last login used") if stored else None
        return None

    def target(
        self,
        brand: str,
        options: dict[str, str | None] | None = None,
        *,
        remembered: bool = True,
        scopes: Sequence[str] = (),
    ) -> Target:
        """Where ``brand`` points, with its credentials and (``settings.api``) the API it uses;
        :class:`MissingCredentialsError` names every credential the vendor needs that is set nowhere.
        ``remembered=False`` is a login's: neither the simulator nor the API of the stored login counts."""
        options = options or {}
        sim_url = self.target_sim = self.sim_url(brand, remembered=remembered)
        api = self.api(brand, options.get("api"), login=not remembered)
        brand_adapter = adapter(brand, api)
        if sim_url is None:
            settings = load_settings(brand, options, self.config, scopes)
            self._require_credentials(brand_adapter, settings)
        else:  # real credentials of the environment or the config file never go to a simulator
            settings = given_settings(options, scopes).merged(simulator_settings(brand, brand_adapter.sim_server))
        settings = self.target_settings = dataclasses.replace(settings, api=api)
        state_dir = storage.state_dir(brand, self.account, sim=sim_url is not None)
        return Target(settings, sim_url=sim_url, clock=self.clock, state_dir=state_dir)

    def api(self, brand: str, option: str | None = None, *, login: bool = False) -> str | None:
        """Which of ``brand``'s APIs a command uses (``None``: the brand has one): ``--api`` (a login's),
        else the one the stored login was made for, else ``CARCONNECT_<BRAND>_API``, else the config
        file's ``api``, else the brand's default. A login takes the settings before the stored login
        (it replaces that login), then keeps the stored login's API."""
        apis = adapter(brand).apis
        if not apis:
            if option:
                raise click.BadParameter(f"{brand} has one API", param_hint="--api")
            return None
        sim = self.sim_url(brand) is not None
        remembered = storage.remembered_api(brand, self.account, sim)
        earlier = adapter(brand).api_of_earlier_logins
        if remembered is None and earlier is not None and storage.has_login(brand, self.account, sim):
            remembered = earlier
        stored = (remembered, "the API of the stored login")
        configured = load_settings(brand, {}, self.config)
        settings = (configured.api, configured.sources.get("api", ""))
        # a login again keeps the API of the login it replaces unless the settings name one
        candidates = [(option, "--api"), *((settings, stored) if login else (stored, settings))]
        for value, source in candidates:
            if value:
                if value not in apis:
                    raise click.BadParameter(f"{value!r} is no {brand} API: use {' or '.join(apis)}", param_hint=source)
                return value
        return apis[0]

    def adapter(self, brand: str, target: Target) -> BrandAdapter:
        """The adapter of ``brand`` for the API ``target`` uses."""
        return adapter(brand, target.settings.api)

    def _require_credentials(self, brand_adapter: BrandAdapter, settings: BrandSettings) -> None:
        brand = brand_adapter.brand
        needed = brand_adapter.credentials
        missing = settings.missing(needed)
        if missing:
            context = click.get_current_context(silent=True)
            accepted = {param.name for param in context.command.params} if context is not None else set()
            options = [name for name in missing if name in accepted]
            raise MissingCredentialsError(brand, missing, needed, self.config or default_config_file(), options)

    def store(self, brand: str, target: Target, account: str | None = None) -> TokenStore:
        """The token store of ``account`` (default: ``--account``), checked to be usable."""
        store = storage.store_for(brand, account or self.account, sim=target.simulated)
        storage.check_usable(store)
        return store

    def credentials(self, brand: str, target: Target) -> TokenManager:
        """The stored login of ``brand``, kept fresh with the brand's refresh grant."""
        return self.adapter(brand, target).oauth(target).token_manager(self.store(brand, target))


def _checked_sim_url(url: str, source: str) -> str:
    """``url`` when it is an http(s) URL with a host, else a usage error naming where it came from."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname:
        return url
    example = "http://127.0.0.1:8080"
    raise click.BadParameter(f"{url!r} is not an http:// or https:// URL (such as {example})", param_hint=source)


def _remember(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    """Store an option's value on the :class:`State`, whichever command it was given to."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is not None and value is not False:
            setattr(ctx.ensure_object(State), attribute, value)

    return callback


def shared_options(func: Callable[P, R]) -> Callable[P, R]:
    """``--json``, ``--sim``, ``--config`` and ``--account``, accepted before or after the sub-command."""
    options = [
        click.option("--json", is_flag=True, default=None, expose_value=False, callback=_remember("as_json"),
                     help="Machine-readable output."),
        click.option("--sim", metavar="URL", expose_value=False, callback=_remember("sim_option"),
                     help=f"Use the simulator at URL (else ${SIM_ENV}, else the one the last login used)."),
        click.option("--config", type=click.Path(path_type=Path, exists=True, dir_okay=False), expose_value=False,
                     callback=_remember("config"),
                     help="Config file (default: user config dir)."),
        click.option("--account", expose_value=False, callback=_remember("account"),
                     help="Name of the stored login to use (default: default)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


_NO_ARGS_IS_HELP: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())
"""What click (8.2 and later) raises for a group run without arguments; older versions print the help."""


class CarConnectGroup(click.Group):
    """Every failure ends as one line on stderr and a documented exit code (see ``exitcodes``)."""

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> None:
        extra.pop("standalone_mode", None)
        try:
            returned = super().main(args, prog_name, standalone_mode=False, **extra)
        except (KeyboardInterrupt, click.exceptions.Abort):
            _fail(exitcodes.INTERRUPTED, "interrupted")
        except click.UsageError as error:
            if isinstance(error, _NO_ARGS_IS_HELP) and error.ctx is not None:  # `carconnect` alone
                click.echo(error.ctx.get_help(), err=True)  # the help as it is, not squeezed into one line
                sys.exit(exitcodes.USAGE)
            where = f" (see: {error.ctx.command_path} --help)" if error.ctx is not None else ""
            _fail(exitcodes.USAGE, f"{error.format_message()}{where}")
        except MissingCredentialsError as error:
            output.error(error.format_message())
            output.say(error.example)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            _fail(error.exit_code, error.format_message())
        except SimulatorMissing as error:
            _fail(exitcodes.NEEDS_SIMULATOR, str(error))
        except CarConnectError as error:
            _fail(*exitcodes.classify(error, "<brand>"))
        except Exception as error:
            if os.environ.get(DEBUG_ENV):
                raise
            _fail(exitcodes.FAILED, f"{type(error).__name__}: {error} (set {DEBUG_ENV}=1 for the traceback)")
        if isinstance(returned, int) and returned:
            sys.exit(returned)  # click's own exits (--help, --version) come back as their code


def _fail(code: int, message: str) -> NoReturn:
    output.error(message)
    sys.exit(code)


def _guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Turn carconnect errors into one clear line that names the brand, and an exit code by error class."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except CarConnectError as error:
            brand = str(click.get_current_context().params.get("brand") or "<brand>")
            code, message = exitcodes.classify(error, brand, sim_url=_state().target_sim)
            if getattr(error, "code", None) == "invalid_client":
                message = f"{message} - {_client_hint(brand)}"
            missing = _brand_adapter(brand).missing_scopes(error) if brand in available() else None
            if missing is not None:
                code, message = exitcodes.LOGIN_REQUIRED, f"{exitcodes.one_line(error)} - {_scope_hint(brand, missing)}"
            _fail(code, message)

    return wrapper


def _brand_adapter(brand: str) -> BrandAdapter:
    """The adapter of ``brand`` for the API of the command's target (the default before there is one)."""
    settings = _state().target_settings
    return adapter(brand, settings.api if settings is not None else None)


def _scope_hint(brand: str, missing: Sequence[str]) -> str:
    """The login that asks for the ``missing`` scopes, besides those the stored login was granted
    beyond the brand's own (a new login replaces it)."""
    state, brand_adapter = _state(), _brand_adapter(brand)
    granted: tuple[str, ...] = ()
    if state.target_sim is None:  # a simulator's login holds every scope already
        try:
            token = storage.store_for(brand, state.account).load()
        except (TokenStoreError, CarConnectError, ValueError):
            token = None
        granted = tuple(scope for scope in token.scopes if scope not in brand_adapter.default_scopes) if token else ()
    wanted = dict.fromkeys((*granted, *missing))
    login = f"carconnect login {brand} " + (" ".join(f"--scope {scope}" for scope in wanted) or "--scope SCOPE")
    if state.target_sim:
        login += f" --sim {state.target_sim}"
    lacks = f"the login lacks {listed(missing)}" if missing else "the login lacks a scope"
    return f"{lacks}: log in again asking for it ({brand_adapter.scope_note}): {login}"


def _client_hint(brand: str) -> str:
    """Where the client id (and secret) of the failed call came from, and where to check them."""
    state, brand_adapter = _state(), _brand_adapter(brand)
    settings = state.target_settings or BrandSettings()
    names = [name for name in ("client_id", "client_secret") if name in brand_adapter.credentials]
    origins = [f"the {name.replace('_', ' ')} came from {settings.sources.get(name, 'nowhere')}" for name in names]
    where = "carconnect sim --help, which lists the simulator's demo applications"
    them = "them" if len(names) > 1 else "it"
    return f"{listed(origins)}: check {them} against {where if state.target_sim else brand_adapter.portal}"


def _on_vehicle(brand_adapter: BrandAdapter, client: Any, vehicle: str, call: Callable[[], R]) -> R:
    """``call()``; a 400 or 404 about a vehicle the account does not have becomes :class:`NotFoundError`.

    Vendors answer an unknown or malformed vehicle id with 400 (BMW, Ford) or a 404 their mapping
    reads as "not capable" (Volvo): the account's vehicle list tells which it was.
    """
    try:
        return call()
    except ApiError as error:
        if error.status_code not in (400, 404):
            raise
        try:
            known = vehicle in brand_adapter.vehicle_ids(client)
        except CarConnectError:
            raise error from None
        if known:
            raise
        raise NotFoundError(f"no vehicle {vehicle!r} on this {brand_adapter.brand} account", status_code=404) from None


brand_argument = click.argument("brand", type=click.Choice(available()))


@click.group(cls=CarConnectGroup, name="carconnect")
@shared_options
@click.version_option(package_name="carconnect")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Volvo, BMW, Ford and Smartcar from the command line (or against the bundled simulator).

    Exit codes: 0 ok, 1 other error, 2 usage, 3 log in again, 4 rate limited or quota exhausted,
    5 not supported, 6 the vehicle refused, 7 service unavailable, 8 not found, 9 needs
    carconnect[sim], 130 interrupted.
    """
    ctx.ensure_object(State)  # tests pass their own, with a FakeClock shared with the simulator


def _state() -> State:
    return click.get_current_context().ensure_object(State)


class LoginCommand(click.Command):
    """``login``, whose help ends with the credentials of the brand it names (of every brand without one)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["help_brands"] = [arg for arg in args if arg in available()][:1] or list(available())
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        brands = ctx.meta.get("help_brands") or list(available())
        config_file = _state().config or default_config_file()
        with formatter.section("Credentials (none with --sim: the simulator brings its own)"):
            formatter.write_dl([(brand, listed(adapter(brand).credentials)) for brand in brands])
            formatter.write_paragraph()
            formatter.write_text(
                f"Each comes from its option, else its environment variable ({env_name(brands[0], 'client_id')}, "
                "...), else the config file named below (or --config FILE), in a table such as:"
            )
            tables = [example_table(brand, adapter(brand).credentials) for brand in brands]
            tables[0] = f"# {config_file}\n{tables[0]}"
            with formatter.indentation():
                for table in tables:
                    formatter.write_paragraph()
                    formatter.write_text(f"\b\n{table}")
        with_apis = [brand for brand in brands if adapter(brand).apis]
        if with_apis:
            with formatter.section("APIs (--api, else CARCONNECT_<BRAND>_API, else api in the config file's table)"):
                for brand in with_apis:
                    formatter.write_text(f"{brand}:")
                    with formatter.indentation():
                        formatter.write_dl([(api, adapter(brand, api).about_api) for api in adapter(brand).apis])
        super().format_epilog(ctx, formatter)


@cli.command(cls=LoginCommand)
@brand_argument
@click.option("--no-browser", is_flag=True, help="Print the URL and paste the redirect instead.")
@click.option("--client-id", help="Application client id (else env or config file).")
@click.option("--client-secret", help="Application client secret (else env or config file).")
@click.option("--api-key", help="Vendor API key (Volvo vcc-api-key).")
@click.option(
    "--redirect-uri",
    metavar="URI",
    help="The redirect URI registered with the vendor (else env or config file, else the brand's default, "
    "such as Volvo's http://127.0.0.1:8765/callback). A loopback http URI (127.0.0.1 or localhost) is "
    "listened on at its port and path; any other (https, another host) is pasted back after the login. "
    "With --sim and none given: a free loopback port.",
)
@click.option(
    "--scope",
    "scopes",
    metavar="SCOPE",
    multiple=True,
    help="Also ask for SCOPE (repeat for more; Volvo, Smartcar), such as conve:lock, which Volvo grants to "
    "approved applications only (else scopes in env or config file).",
)
@click.option(
    "--api",
    metavar="API",
    help="Ford: query (FordConnect Query, read-only; the default) or connect (FordConnect, with commands); "
    "later commands of this login use it (else api in env or config file).",
)
@click.option("--app", is_flag=True, help="Smartcar v3: an application token (client credentials), no user.")
@shared_options
@_guarded
def login(
    brand: str,
    no_browser: bool,
    client_id: str | None,
    client_secret: str | None,
    api_key: str | None,
    redirect_uri: str | None,
    scopes: tuple[str, ...],
    api: str | None,
    app: bool,
) -> None:
    """Log in to BRAND with the flow it uses and store the token (0600 file, or the keyring).

    With --sim (or $CARCONNECT_SIM) the simulator is remembered with the login: later commands of this
    account use it without --sim. So is the API (Ford: --api).
    """
    state = _state()
    options = {"client_id": client_id, "client_secret": client_secret, "api_key": api_key}
    options.update(redirect_uri=redirect_uri, api=api)
    if scopes and not adapter(brand).default_scopes:
        raise click.BadParameter(f"{brand} logins ask for the scopes carconnect-{brand} needs", param_hint="--scope")
    target = state.target(brand, options, remembered=False, scopes=scopes)
    brand_adapter = state.adapter(brand, target)
    if app and brand != "smartcar":
        raise click.BadParameter("application tokens exist for smartcar only", param_hint="--app")
    store = state.store(brand, target, account="app" if app else None)  # before any browser opens or code shows
    if app:
        token = client_credentials_login(brand_adapter, target)
        storage.keep(store, token)
        output.emit({"brand": brand, "application_token": True, **storage.describe(token)}, as_json=state.as_json)
        return
    tick = _countdown_printer()
    if brand_adapter.flow == "device":
        token = device_login(brand_adapter, target, progress=lambda status: tick(_approval_wait(status)))
    elif brand_adapter.flow == "client_credentials":
        token = client_credentials_login(brand_adapter, target)
    else:
        browser = None if no_browser else _browser()
        token = authorization_code_login(brand_adapter, target, open_browser=browser, tick=tick)
    storage.keep(store, token)
    storage.remember_simulator(brand, state.account, target.sim_url)
    storage.remember_api(brand, state.account, target.simulated, target.settings.api)
    facts: dict[str, object] = {"brand": brand, "logged_in": True, "simulator": target.sim_url}
    if target.settings.api is not None:
        facts["api"] = target.settings.api
    facts.update(storage.describe(token))
    output.emit(facts, as_json=state.as_json)


def _browser() -> Callable[[str], object]:
    import webbrowser

    return webbrowser.open


def _countdown_printer() -> Callable[[str], None]:
    """Prints a login's countdown: rewritten in place on a terminal, else only its first line."""
    if output.errors.is_terminal:
        return functools.partial(output.say, end="\r")
    printed = False

    def first_only(text: str) -> None:
        nonlocal printed
        if not printed:
            printed = True
            output.say(text)

    return first_only


def _approval_wait(status: DevicePollStatus) -> str:
    return f"waiting for approval... {status.seconds_left:.0f} s left"


@cli.command()
@brand_argument
@shared_options
@_guarded
def vehicles(brand: str) -> None:
    """List the vehicles of the logged-in BRAND account."""
    state = _state()
    target = state.target(brand)
    brand_adapter = state.adapter(brand, target)
    with brand_adapter.session(target, state.credentials(brand, target)) as client:
        rows = [asdict(row) for row in brand_adapter.vehicles(client)]
    output.emit(rows, as_json=state.as_json, title="vehicles")


@cli.command()
@brand_argument
@click.argument("vehicle")
@shared_options
@_guarded
def status(brand: str, vehicle: str) -> None:
    """Read the status of VEHICLE (an id or VIN) of BRAND."""
    state = _state()
    target = state.target(brand)
    brand_adapter = state.adapter(brand, target)
    with brand_adapter.session(target, state.credentials(brand, target)) as client:
        data = _on_vehicle(brand_adapter, client, vehicle, lambda: brand_adapter.status(client, vehicle))
    output.emit(data, as_json=state.as_json, title=f"{brand} {vehicle}")


@cli.command()
@brand_argument
@click.argument("vehicle")
@click.argument("action")
@shared_options
@_guarded
def command(brand: str, vehicle: str, action: str) -> None:
    """Send ACTION (lock, unlock, start, stop, honk, ...) to VEHICLE and wait for its outcome.

    The result is printed; a command that did not succeed then exits with code 1 (``exitcodes.FAILED``).
    """
    state = _state()
    brand_adapter = adapter(brand, state.api(brand))
    if not brand_adapter.commands:
        _fail(exitcodes.NOT_SUPPORTED, brand_adapter.read_only())
    if action not in brand_adapter.commands:
        raise click.BadParameter(f"{brand} supports: {', '.join(brand_adapter.commands)}", param_hint="ACTION")
    target = state.target(brand)
    credentials = state.credentials(brand, target)
    with brand_adapter.session(target, credentials) as client:
        progress = output.say
        try:
            result = _on_vehicle(
                brand_adapter, client, vehicle, lambda: brand_adapter.command(client, vehicle, action, progress)
            )
        except CarConnectError as error:
            if not error.may_have_run:
                raise
            unknown = f"outcome unknown: the command may have reached the vehicle ({' '.join(str(error).split())})"
            result = {"command": action, "status": "unknown", "succeeded": False, "reason": unknown}
    output.emit(result, as_json=state.as_json, title=f"{brand} {action}")
    if not result["succeeded"]:
        reason = result.get("reason") or result.get("message")
        _fail(
            exitcodes.FAILED,
            f"{brand} {action} did not succeed: {result['status']}" + (f" ({reason})" if reason else ""),
        )


@cli.command()
@shared_options
def tokens() -> None:
    """Show stored logins and their expiry (never the tokens themselves).

    The table shows local date-times and how many scopes each login has; --json shows every fact
    (ISO 8601 dates, the scopes, the names of the token's extras). A login that cannot be read is
    listed below the table with the reason.
    """
    accounts = storage.list_accounts()
    if _state().as_json:
        rows = []
        for name, token, problem in accounts:
            facts = storage.describe(token) if token is not None else {"error": problem}
            rows.append({"account": name, **facts})
        output.emit(rows, as_json=True)
        return
    readable = [{"account": name, **storage.summary(token)} for name, token, _ in accounts if token is not None]
    if readable or not accounts:
        zone = datetime.now().astimezone().tzname()
        output.compact_table(readable, title=f"accounts (times in {zone})", no_wrap=storage.SUMMARY_DATES)
    for name, token, problem in accounts:
        if token is None:
            output.console.print(f"{name}: cannot be read: {problem}", markup=False, highlight=False, soft_wrap=True)


@cli.command()
@brand_argument
@shared_options
def logout(brand: str) -> None:
    """Forget the stored login of BRAND (the simulator's one when it points at a simulator)."""
    state = _state()
    try:
        simulated = state.sim_url(brand) is not None
    except storage.UnreadableMarkerError:
        simulated = True  # only a login against a simulator leaves that file
    removed = storage.forget(brand, state.account, sim=simulated)
    if simulated:
        storage.remember_simulator(brand, state.account, None)
    output.emit({"brand": brand, "removed": removed}, as_json=state.as_json)


@cli.command(add_help_option=False, context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def sim(ctx: click.Context) -> None:
    """Serve the simulator and print what each client needs (`carconnect sim --help`; needs carconnect[sim])."""
    simulator_module("carconnect sim")
    from carconnect.sim.cli import main as sim_main

    sys.exit(sim_main(list(ctx.args), prog="carconnect sim"))


@cli.command()
@click.option("--brand", "brands", multiple=True, type=click.Choice(available()), help="Only these brands.")
@shared_options
def demo(brands: tuple[str, ...]) -> None:
    """Every brand end to end against the embedded simulator: login, vehicles, status, command."""
    from .demo import run_demo

    state = _state()
    sys.exit(run_demo(brands or available(), as_json=state.as_json, clock=state.clock))


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(argv, prog_name="carconnect")


cli.add_command(cast(click.Command, shared_options(stream_command)))  # its own module: shared options added here
