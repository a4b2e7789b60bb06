"""Where the CLI finds credentials: options first, then environment variables, then the config file.

Config file: ``<user config dir>/carconnect/config.toml`` (or ``--config PATH``), one table per brand::

    [volvo]
    client_id = "..."
    client_secret = "..."
    api_key = "..."
    redirect_uri = "http://127.0.0.1:8765/callback"

Environment: ``CARCONNECT_VOLVO_CLIENT_ID``, ``CARCONNECT_VOLVO_CLIENT_SECRET``... Secrets are never
printed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import click
import platformdirs

FIELDS = ("client_id", "client_secret", "api_key", "redirect_uri", "application_id", "management_token", "region")


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

    def __repr__(self) -> str:
        present = [name for name in FIELDS if getattr(self, name)]
        return f"BrandSettings(set={present})"

    def merged(self, fallback: BrandSettings) -> BrandSettings:
        """These settings, with unset fields taken from ``fallback``."""
        return BrandSettings(**{name: getattr(self, name) or getattr(fallback, name) for name in FIELDS})


def given_settings(options: Mapping[str, str | None]) -> BrandSettings:
    """Settings from the command line's own ``options`` alone (no environment, no config file)."""
    return BrandSettings(**{name: options.get(name) for name in FIELDS})


def load_settings(brand: str, options: Mapping[str, str | None], config_file: Path | None = None) -> BrandSettings:
    """Settings for ``brand`` from ``options``, then ``CARCONNECT_<BRAND>_<FIELD>``, then the config file."""
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
    values: dict[str, str | None] = {}
    for name in FIELDS:
        env = os.environ.get(f"CARCONNECT_{brand.upper()}_{name.upper()}")
        from_file = table.get(name)
        values[name] = options.get(name) or env or (str(from_file) if from_file is not None else None)
    return BrandSettings(**values)


def simulator_settings(brand: str, server: str | None = None) -> BrandSettings:
    """The simulator's public demo application of ``brand`` (its ids and secrets are constants)."""
    from .brands.base import simulator_module

    client = simulator_module("--sim").DEMO_CLIENTS[server or brand]
    return BrandSettings(
        client_id=client.client_id,
        client_secret=client.client_secret,
        api_key=client.api_key,
        redirect_uri=client.redirect_uris[0] if client.redirect_uris else None,
        application_id=client.application_id,
        management_token=client.management_token,
    )
