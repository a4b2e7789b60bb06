"""What the CLI needs from a brand: its login flow, a client, and three verbs (vehicles, status, command)."""

from __future__ import annotations

import abc
import contextlib
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from carconnect.core import SYSTEM_CLOCK, Clock, QuotaExceededError, RateLimitError, TokenSource
from carconnect.core.oauth import OAuthClient

from ..settings import BrandSettings

LoginFlow = Literal["authorization_code", "device", "client_credentials"]


@dataclass(frozen=True)
class Target:
    """Where a brand's servers are: the real vendor (``sim_url is None``) or a running simulator."""

    settings: BrandSettings
    sim_url: str | None = None
    clock: Clock = SYSTEM_CLOCK
    """Every wait (polls, retries, expiry) of the clients and logins; tests share a FakeClock with the simulator."""
    state_dir: Path | None = None
    """Where the account's shared client state lives (BMW's quota ledger); ``None``: in memory."""

    @property
    def simulated(self) -> bool:
        return self.sim_url is not None


@dataclass(frozen=True)
class VehicleRow:
    id: str
    vin: str | None = None
    name: str | None = None


class BrandAdapter(abc.ABC):
    """One brand as the CLI drives it; implemented in ``carconnect.cli.brands.<brand>``."""

    brand: str
    title: str
    flow: LoginFlow
    commands: tuple[str, ...]
    redirect_scheme: Literal["loopback", "custom"] = "loopback"
    sim_server: str | None = None
    """The simulator's authorization server for this brand's login, when not the brand's main one."""
    credentials: tuple[str, ...] = ("client_id", "client_secret")
    """The settings the brand cannot work without against the vendor (a simulator brings its own)."""
    portal: str
    """Where the vendor shows the application's credentials."""
    quota_error: type[RateLimitError] = QuotaExceededError
    """The error the brand's client raises when the vendor says its quota is spent."""
    apis: tuple[str, ...] = ()
    """The vendor APIs the CLI can use for the brand, the default first (the ``api`` setting); empty: one."""
    about_api: str = ""
    api_of_earlier_logins: str | None = None
    """The API of a stored login that recorded none (made before the CLI let the brand's API be chosen)."""
    """What this adapter's API is, for ``login --help`` (a brand with several :attr:`apis`)."""
    default_redirect_uri: str | None = None
    """The redirect URI a login against the vendor sends when none is configured (what the brand's
    docs say to register); ``None``: a loopback one on a free port."""
    default_scopes: tuple[str, ...] = ()
    """The scopes a login against the vendor asks for (besides the ``scopes`` setting); empty: the
    brand's client decides, and the ``scopes`` setting does not apply."""
    all_scopes: tuple[str, ...] = ()
    """The scopes a login against a simulator asks for (its demo application holds every one)."""
    scope_note: str = "the application must have been granted it"
    """What a login asking for a missing scope needs first (said with the login command)."""

    def variant(self, api: str | None) -> BrandAdapter:
        """The adapter for ``api``, one of :attr:`apis` (``None``: the default); this one for a brand with one API."""
        return self

    def login_scopes(self, target: Target) -> tuple[str, ...]:
        """What the login asks for: the brand's scopes (every one with a simulator), then the ``scopes`` setting."""
        own = self.all_scopes if target.simulated else self.default_scopes
        return tuple(dict.fromkeys((*own, *target.settings.scopes)))

    def missing_scopes(self, error: Exception) -> tuple[str, ...] | None:
        """The scopes whose absence made the vendor refuse a call (empty: a scope it did not name);
        ``None`` when ``error`` is not about a missing scope."""
        return None

    def read_only(self) -> str:
        """Why ``command`` cannot run for this brand (it has no :attr:`commands`)."""
        return f"{self.title} has no remote commands: it is read-only"

    @abc.abstractmethod
    def oauth(self, target: Target, redirect_uri: str | None = None) -> OAuthClient:
        """The brand's OAuth client, pointed at ``target``."""

    @abc.abstractmethod
    def client(self, target: Target, credentials: TokenSource) -> contextlib.AbstractContextManager[Any]:
        """An open sync brand client."""

    @abc.abstractmethod
    def vehicles(self, client: Any) -> list[VehicleRow]: ...

    @abc.abstractmethod
    def status(self, client: Any, vehicle: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def command(self, client: Any, vehicle: str, command: str, progress: Callable[[str], None]) -> dict[str, Any]:
        """Send a command and wait for its outcome where the brand reports one: the result to print, with
        ``status`` (the vendor's) and ``succeeded`` (``False`` when refused, failed or not known to have run)."""

    def vehicle_ids(self, client: Any) -> list[str]:
        """Ids of the account's vehicles, as cheaply as the brand allows (used to explain a failed call)."""
        return [row.id for row in self.vehicles(client)]

    def extra_steps(self, target: Target, client: Any, vehicle: str) -> list[tuple[str, Callable[[], str]]]:
        """Brand-specific demo steps (named callables returning a one-line result)."""
        return []

    @contextlib.contextmanager
    def session(self, target: Target, credentials: TokenSource) -> Iterator[Any]:
        with self.client(target, credentials) as client:
            yield client


class SimulatorMissing(Exception):  # noqa: N818 - reads as the situation, like KeyboardInterrupt
    """``carconnect-sim`` is not installed; the message says how to add it."""

    def __init__(self, what: str) -> None:
        super().__init__(f'{what} needs the simulator: pip install "carconnect[sim]"')


def simulator_module(what: str) -> Any:
    """``carconnect.sim``, or :class:`SimulatorMissing` naming what needed it."""
    try:
        return importlib.import_module("carconnect.sim")
    except ImportError as exc:
        raise SimulatorMissing(what) from exc


def api_url(target: Target, brand: str, host: str) -> str:
    """The simulator's stand-in for one of ``brand``'s hosts."""
    assert target.sim_url is not None
    url: str = simulator_module("--sim").host_url(target.sim_url, brand, host)
    return url


def require(value: str | None, name: str, brand: str) -> str:
    """A setting the brand cannot work without."""
    if not value:
        from carconnect.core import CarConnectError

        raise CarConnectError(
            f"{brand} needs {name}: pass --{name.replace('_', '-')}, set CARCONNECT_{brand.upper()}_{name.upper()}, "
            "or add it to the config file"
        )
    return value


def compact(model: Any) -> dict[str, Any]:
    """A generated model as a small dict: vendor value objects (``{"value": ..., "unit": ...}``) flattened."""
    data = model.to_dict() if hasattr(model, "to_dict") else dict(model)
    data = data.get("data", data) if isinstance(data.get("data"), dict) else data
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and "value" in value:
            unit = value.get("unit")
            flat[key] = f"{value['value']} {unit}" if unit else value["value"]
        elif value is not None and not isinstance(value, dict | list):
            flat[key] = value
    return flat
