"""Where the CLI finds credentials: options first, then environment variables, then the config file.

Config file: ``<user config dir>/carconnect/config.toml`` (or ``--config PATH``), one table per brand::

    [volvo]
    client_id = "..."
    client_secret = "..."
    api_key = "..."
    redirect_uri = "http://127.0.0.1:8765/callback"
    scopes = ["conve:lock", "conve:unlock"]

    [ford]
    api = "query"

Environment: ``CARCONNECT_VOLVO_CLIENT_ID``, ``CARCONNECT_VOLVO_CLIENT_SECRET``... (``..._SCOPES``: a
space- or comma-separated list). Secrets are never printed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click
import platformdirs

FIELDS = (
    "client_id",
    "client_secret",
    "api_key",
    "redirect_uri",
    "application_id",
    "management_token",
    "region",
    "api",
)
SCOPES = "scopes"
"""The one list setting: scopes a login asks for besides the brand's own (``--scope``, repeated)."""
DEMO_SOURCE = "the simulator's demo application"


def config_dir() -> Path:
    return Path(os.environ.get("CARCONNECT_HOME") or platformdirs.user_config_dir("carconnect"))


def default_config_file() -> Path:
    return config_dir() / "config.toml"


@dataclass(frozen=True, repr=False)
class BrandSettings:
    """One brand's application credentials (all optional: the simulator supplies its own)."""

    client_id: str | None = None
    client_secret: str | None = None
    api_key: str | None = None
    redirect_uri: str | None = None
    application_id: str | None = None
    management_token: str | None = None
    region: str | None = None
    api: str | None = None
    """Which of the brand's APIs (Ford: ``query`` or ``connect``); ``None``: the brand has one, or none was chosen."""
    scopes: tuple[str, ...] = ()
    """Scopes the login asks for besides the brand's own."""
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)
    """Where each set field came from, for messages: ``option --client-id``, ``environment variable
    CARCONNECT_VOLVO_CLIENT_ID``, ``config file PATH`` or the simulator's demo application."""

    def __repr__(self) -> str:
        present = [name for name in (*FIELDS, SCOPES) if getattr(self, name)]
        return f"BrandSettings(set={present})"

    def merged(self, fallback: BrandSettings) -> BrandSettings:
        """These settings, with unset fields (and where they came from) taken from ``fallback``."""
        chosen = {name: self if getattr(self, name) else fallback for name in (*FIELDS, SCOPES)}
        return BrandSettings(
            **{name: getattr(settings, name) for name, settings in chosen.items()},
            sources={name: settings.sources[name] for name, settings in chosen.items() if name in settings.sources},
        )

    def missing(self, needed: Collection[str]) -> list[str]:
        """The fields of ``needed`` that are not set, in the order of ``needed``."""
        return [name for name in needed if not getattr(self, name)]

    def chosen(self, name: str) -> str | None:
        """The field, when the user set it (an option, the environment or the config file), not a simulator."""
        value: str | None = getattr(self, name)
        return value if value and self.sources.get(name) != DEMO_SOURCE else None


def option_name(name: str) -> str:
    """The command line option of a field: ``--client-id`` for ``client_id``."""
    return f"--{name.replace('_', '-')}"


def env_name(brand: str, name: str) -> str:
    """The environment variable of a brand's field: ``CARCONNECT_VOLVO_CLIENT_ID``."""
    return f"CARCONNECT_{brand.upper()}_{name.upper()}"


def given_settings(options: Mapping[str, str | None], scopes: Sequence[str] = ()) -> BrandSettings:
    """Settings from the command line's own ``options`` (and ``--scope`` values) alone (no environment,
    no config file)."""
    values = {name: options.get(name) for name in FIELDS}
    sources = {name: f"option {option_name(name)}" for name in FIELDS if values[name]}
    if scopes:
        sources[SCOPES] = "option --scope"
    return BrandSettings(**values, scopes=scope_list(scopes, "option --scope"), sources=sources)


def scope_list(value: object, source: str) -> tuple[str, ...]:
    """Scopes from a string (separated by spaces or commas) or a list of them, each once, in order."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise click.UsageError(f'scopes in {source} must be a list of strings, such as scopes = ["conve:lock"]')
    return tuple(dict.fromkeys(part for item in items for part in item.replace(",", " ").split()))


def load_settings(
    brand: str, options: Mapping[str, str | None], config_file: Path | None = None, scopes: Sequence[str] = ()
) -> BrandSettings:
    """Settings for ``brand`` from ``options`` (``scopes``: the ``--scope`` values), then
    ``CARCONNECT_<BRAND>_<FIELD>``, then the config file: the first of them that sets a field."""
    path = config_file or default_config_file()
    table: Mapping[str, object] = {}
    if path.exists():
        try:
            with path.open("rb") as handle:
                section = tomllib.load(handle).get(brand, {})
        except (tomllib.TOMLDecodeError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            raise click.UsageError(f"config file {path} cannot be read ({reason}): fix it, or pass --config") from None
        table = section if isinstance(section, Mapping) else {}
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for name in FIELDS:
        from_file = table.get(name)
        candidates = (
            (options.get(name), f"option {option_name(name)}"),
            (os.environ.get(env_name(brand, name)), f"environment variable {env_name(brand, name)}"),
            (None if from_file is None else str(from_file), f"config file {path}"),
        )
        for value, source in candidates:
            if value:
                values[name], sources[name] = value, source
                break
    listed_scopes: tuple[str, ...] = ()
    for given, source in (
        (list(scopes), "option --scope"),
        (os.environ.get(env_name(brand, SCOPES)), f"environment variable {env_name(brand, SCOPES)}"),
        (table.get(SCOPES), f"config file {path}"),
    ):
        if given:
            listed_scopes, sources[SCOPES] = scope_list(given, source), source
            break
    return BrandSettings(**values, scopes=listed_scopes, sources=sources)


def simulator_settings(brand: str, server: str | None = None) -> BrandSettings:
    """The simulator's public demo application of ``brand`` (its ids and secrets are constants)."""
    from .brands.base import simulator_module

    client = simulator_module("--sim").DEMO_CLIENTS[server or brand]
    values = {
        "client_id": client.client_id,
        "client_secret": client.client_secret,
        "api_key": client.api_key,
        "redirect_uri": client.redirect_uris[0] if client.redirect_uris else None,
        "application_id": client.application_id,
        "management_token": client.management_token,
    }
    return BrandSettings(**values, sources={name: DEMO_SOURCE for name, value in values.items() if value})


def listed(items: Collection[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    *first, last = items
    return f"{', '.join(first)} and {last}" if first else last


def example_table(brand: str, fields: Collection[str]) -> str:
    """A config file table of ``brand`` holding ``fields``, to fill in."""
    return "\n".join([f"[{brand}]", *(f'{name} = "..."' for name in fields)])


class MissingCredentialsError(click.ClickException):
    """Credentials a brand needs are set nowhere.

    The message names every missing one, the options of the command that take them, their environment
    variables and the config file; :attr:`example` is a table of the brand for that file.
    """

    exit_code = 1

    def __init__(
        self, brand: str, missing: Collection[str], needed: Collection[str], config_file: Path, options: Collection[str]
    ) -> None:
        ways = [f"pass {listed([option_name(name) for name in options])}"] if options else []
        ways.append(f"set {listed([env_name(brand, name) for name in missing])}")
        them = "them" if len(missing) > 1 else "it"
        super().__init__(
            f"{brand} needs {listed(missing)}: {', '.join(ways)}, or add {them} to the config file {config_file}, "
            "such as:"
        )
        self.example = example_table(brand, needed)
