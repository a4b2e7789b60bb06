"""The ``carconnect`` command: log in, list vehicles, read status, send commands, run the simulator."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from carconnect.core import CarConnectError, TokenManager

from . import exitcodes, output, storage
from .brands import BRANDS, Target, adapter
from .login import authorization_code_login, client_credentials_login, device_login
from .settings import load_settings, simulator_settings
from .stream import stream as stream_command

P = ParamSpec("P")
R = TypeVar("R")


class State:
    """Global options, shared by every sub-command."""

    def __init__(self, as_json: bool, sim_url: str | None, config: Path | None, account: str) -> None:
        self.as_json, self.sim_url, self.config, self.account = as_json, sim_url, config, account

    def target(self, brand: str, options: dict[str, str | None] | None = None) -> Target:
        settings = load_settings(brand, options or {}, self.config)
        if self.sim_url is not None:
            settings = settings.merged(simulator_settings(brand, adapter(brand).sim_server))
        return Target(settings, sim_url=self.sim_url)

    def store(self, brand: str) -> Any:
        return storage.store_for(brand, self.account, sim=self.sim_url is not None)

    def credentials(self, brand: str) -> TokenManager:
        """The stored login of ``brand``, kept fresh with the brand's refresh grant."""
        target = self.target(brand)
        return adapter(brand).oauth(target).token_manager(self.store(brand))


def _guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Turn carconnect errors into one clear line and an exit code by error class."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except CarConnectError as error:
            context = click.get_current_context()
            brand = str(context.params.get("brand") or "<brand>")
            code, message = exitcodes.classify(error, brand)
            output.errors.print(f"[red]error:[/red] {message}", highlight=False)
            sys.exit(code)

    return wrapper


brand_argument = click.argument("brand", type=click.Choice(BRANDS))


@click.group()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--sim", "sim_url", metavar="URL", help="Point every endpoint at a running simulator.")
@click.option("--config", type=click.Path(path_type=Path), help="Config file (default: user config dir).")
@click.option("--account", default="default", show_default=True, help="Name of the stored login to use.")
@click.version_option(package_name="carconnect")
@click.pass_context
def cli(ctx: click.Context, as_json: bool, sim_url: str | None, config: Path | None, account: str) -> None:
    """Volvo, BMW, Ford and Smartcar from the command line (or against the bundled simulator)."""
    ctx.obj = State(as_json, sim_url, config, account)


@cli.command()
@brand_argument
@click.option("--no-browser", is_flag=True, help="Print the URL and paste the redirect instead.")
@click.option("--client-id", help="Application client id (else env or config file).")
@click.option("--client-secret", help="Application client secret (else env or config file).")
@click.option("--api-key", help="Vendor API key (Volvo vcc-api-key).")
@click.option("--redirect-uri", help="Registered redirect URI (custom-scheme logins).")
@click.option("--app", is_flag=True, help="Smartcar v3: an application token (client credentials), no user.")
@click.pass_obj
@_guarded
def login(
    state: State,
    brand: str,
    no_browser: bool,
    client_id: str | None,
    client_secret: str | None,
    api_key: str | None,
    redirect_uri: str | None,
    app: bool,
) -> None:
    """Log in to BRAND with the flow it uses and store the token (0600 file, or the keyring)."""
    options = {"client_id": client_id, "client_secret": client_secret, "api_key": api_key}
    options["redirect_uri"] = redirect_uri
    target = state.target(brand, options)
    brand_adapter = adapter(brand)
    if app:
        if brand != "smartcar":
            raise click.BadParameter("application tokens exist for smartcar only", param_hint="--app")
        token = client_credentials_login(brand_adapter, target)
        storage.store_for(brand, "app", sim=state.sim_url is not None).save(token)
        output.emit({"brand": brand, "application_token": True, **storage.describe(token)}, as_json=state.as_json)
        return
    if brand_adapter.flow == "device":
        token = device_login(brand_adapter, target, progress=_countdown)
    elif brand_adapter.flow == "client_credentials":
        token = client_credentials_login(brand_adapter, target)
    else:
        token = authorization_code_login(brand_adapter, target, open_browser=None if no_browser else _browser())
    state.store(brand).save(token)
    output.emit({"brand": brand, "logged_in": True, **storage.describe(token)}, as_json=state.as_json)


def _browser() -> Callable[[str], object]:
    import webbrowser

    return webbrowser.open


def _countdown(status: Any) -> None:
    output.errors.print(f"waiting for approval... {status.seconds_left:.0f} s left", end="\r", highlight=False)


@cli.command()
@brand_argument
@click.pass_obj
@_guarded
def vehicles(state: State, brand: str) -> None:
    """List the vehicles of the logged-in BRAND account."""
    brand_adapter = adapter(brand)
    with brand_adapter.session(state.target(brand), state.credentials(brand)) as client:
        rows = [asdict(row) for row in brand_adapter.vehicles(client)]
    output.emit(rows, as_json=state.as_json, title="vehicles")


@cli.command()
@brand_argument
@click.argument("vehicle")
@click.pass_obj
@_guarded
def status(state: State, brand: str, vehicle: str) -> None:
    """Read the status of VEHICLE (an id or VIN) of BRAND."""
    brand_adapter = adapter(brand)
    with brand_adapter.session(state.target(brand), state.credentials(brand)) as client:
        data = brand_adapter.status(client, vehicle)
    output.emit(data, as_json=state.as_json, title=f"{brand} {vehicle}")


@cli.command()
@brand_argument
@click.argument("vehicle")
@click.argument("action")
@click.pass_obj
@_guarded
def command(state: State, brand: str, vehicle: str, action: str) -> None:
    """Send ACTION (lock, unlock, start, stop, honk, ...) to VEHICLE and wait for its outcome."""
    brand_adapter = adapter(brand)
    if action not in brand_adapter.commands:
        raise click.BadParameter(f"{brand} supports: {', '.join(brand_adapter.commands)}", param_hint="ACTION")
    with brand_adapter.session(state.target(brand), state.credentials(brand)) as client:
        result = brand_adapter.command(client, vehicle, action, lambda text: output.errors.print(text))
    output.emit(result, as_json=state.as_json, title=f"{brand} {action}")


@cli.command()
@click.pass_obj
def tokens(state: State) -> None:
    """Show stored logins and their expiry (never the tokens themselves)."""
    rows = []
    for name, token, problem in storage.list_accounts():
        facts = storage.describe(token) if token is not None else {"error": problem}
        rows.append({"account": name, **facts})
    output.emit(rows, as_json=state.as_json, title="accounts")


@cli.command()
@brand_argument
@click.pass_obj
def logout(state: State, brand: str) -> None:
    """Forget the stored login of BRAND."""
    removed = storage.forget(brand, state.account, sim=state.sim_url is not None)
    output.emit({"brand": brand, "removed": removed}, as_json=state.as_json)


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def sim(ctx: click.Context) -> None:
    """Serve the simulator (options as for `python -m carconnect.sim`)."""
    from carconnect.sim.cli import main as sim_main

    sys.exit(sim_main(list(ctx.args)))


@cli.command()
@click.option("--brand", "brands", multiple=True, type=click.Choice(BRANDS), help="Only these brands.")
@click.pass_obj
def demo(state: State, brands: tuple[str, ...]) -> None:
    """Every brand end to end against the embedded simulator: login, vehicles, status, command."""
    from .demo import run_demo

    sys.exit(run_demo(brands or BRANDS, as_json=state.as_json))


def main() -> None:
    cli()


cli.add_command(stream_command)
