"""What the sync and async Smartcar clients share: settings, a signer per credential, and binding.

Smartcar authenticates its APIs differently: the v2 vehicle API with the user's token, v3 with the
application token, the Management API with HTTP Basic ``default:{management token}``, webhook
unsubscription with the management token as bearer, compatibility with HTTP Basic client
credentials. Each gets its own signer (``client.signer(...)``: Smartcar's error mapper and
policies, the client's retry timing and clock) and its own ordinary ``httpx`` client.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol, Self, TypeVar

import httpx

from carconnect.core import CarConnectAuth, Credentials
from carconnect.core.credentials import MissingCredentials
from carconnect.core.paths import path_segment

from ._generated import management as management_api
from ._generated import vehicles_v2 as v2_api
from ._generated import vehicles_v3 as v3_api
from ._generated.vehicles_v2.types import UNSET, Unset
from ._generated.vehicles_v3 import types as v3_types
from .hosts import (
    MANAGEMENT_PATH,
    V2_PATH,
    V3_PATH,
    Flags,
    format_flags,
    origin,
)
from .units import unit_system

if TYPE_CHECKING:
    from ._generated.management import AuthenticatedClient as ManagementApi
    from ._generated.vehicles_v2 import AuthenticatedClient as V2Api
    from ._generated.vehicles_v2.models import UnitSystem
    from ._generated.vehicles_v3 import AuthenticatedClient as V3Api
    from .units import UnitSystemLike

DEFAULT_TIMEOUT = httpx.Timeout(310.0, connect=10.0)
"""Smartcar holds a request up to about 300 s while it reaches the vehicle (its SDKs wait 310 s)."""
UNUSED_TOKEN = "unused"
"""The generated clients' own token is never sent: carconnect's auth signs every request."""


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def missing(option: str) -> MissingCredentials:
    """The token source of a credential the client was not given: the call fails without a request."""
    return MissingCredentials(f"this call needs SmartcarClient({option}=...)")


class Setup(NamedTuple):
    """Everything a Smartcar client is configured with, resolved once (secrets stay out of its repr)."""

    credentials: Credentials
    app_token: Credentials | None
    management_token: str | None
    client_id: str | None
    client_secret: str | None
    v2_url: str
    v3_url: str
    management_url: str
    unit_system: UnitSystem
    flags: str | None
    user_id: str | None

    @classmethod
    def create(
        cls,
        credentials: Credentials | None,
        *,
        app_token: Credentials | None,
        user_id: str | None,
        management_token: str | None,
        client_id: str | None,
        client_secret: str | None,
        unit: UnitSystemLike,
        flags: Flags | None,
        base_url: str,
        v3_url: str,
        management_url: str,
        hosts: Mapping[str, str] | None,
    ) -> Setup:
        return cls(
            credentials=credentials if credentials is not None else missing("credentials"),
            app_token=app_token,
            management_token=management_token,
            client_id=client_id,
            client_secret=client_secret,
            v2_url=origin(hosts, "api", base_url) + V2_PATH,
            v3_url=origin(hosts, "vehicle", v3_url) + V3_PATH,
            management_url=origin(hosts, "management", management_url) + MANAGEMENT_PATH,
            unit_system=unit_system(unit),
            flags=format_flags(flags),
            user_id=user_id,
        )

    def __repr__(self) -> str:
        return f"Setup(v2_url={self.v2_url!r}, v3_url={self.v3_url!r}, management_url={self.management_url!r})"


class Signer(Protocol):
    """Makes a signer for one credential: a client's :meth:`~carconnect.core.AsyncClientBase.signer`."""

    def __call__(
        self, credentials: Credentials | None, *, headers: Mapping[str, str] | None = None, per_user: bool = True
    ) -> CarConnectAuth: ...


class Signers(NamedTuple):
    """The ways a Smartcar client signs, besides the user's token (the client's own ``auth``)."""

    app: CarConnectAuth
    """v3: the application token (or the user's token when no application token is given)."""
    management: CarConnectAuth
    """Management API: HTTP Basic ``default:{management token}``."""
    management_bearer: CarConnectAuth
    """Webhook unsubscription: the management token as bearer."""
    client: CarConnectAuth
    """Compatibility: HTTP Basic ``client_id:client_secret``."""

    @classmethod
    def create(cls, sign: Signer, setup: Setup) -> Signers:
        """The signers of ``setup``; a ``for_user`` view replaces only the user's own token, never an
        application credential (the application token, the management token, the client secret)."""
        own_app_token = setup.app_token is not None
        return cls(
            app=sign(setup.app_token if own_app_token else setup.credentials, per_user=not own_app_token),
            management=_basic(sign, "default", setup.management_token, "management_token"),
            management_bearer=sign(setup.management_token or missing("management_token"), per_user=False),
            client=_basic(sign, setup.client_id, setup.client_secret, "client_id and client_secret"),
        )


def _basic(sign: Signer, user: str | None, password: str | None, option: str) -> CarConnectAuth:
    """HTTP Basic signing with an application credential (a call fails locally when ``option`` was not given)."""
    if not user or not password:
        return sign(missing(option), per_user=False)
    return sign(None, headers={"Authorization": basic_header(user, password)}, per_user=False)


class _Generated(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Self: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...


G = TypeVar("G", bound=_Generated)


class Binder(Protocol):
    """Binds a generated client to ``base_url``: with the client's own auth, or with ``auth``."""

    def __call__(self, generated: G, base_url: str, auth: CarConnectAuth | None = None) -> G: ...


class Apis(NamedTuple):
    """The generated clients of one Smartcar client, each bound to its host and credentials."""

    v2: V2Api
    v2_management: V2Api
    v2_client: V2Api
    v3: V3Api
    management: ManagementApi

    @classmethod
    def bind(cls, bind: Binder, sign: Signer, setup: Setup) -> Apis:
        signers = Signers.create(sign, setup)

        def v2(auth: CarConnectAuth | None) -> V2Api:
            return bind(v2_api.AuthenticatedClient(base_url=setup.v2_url, token=UNUSED_TOKEN), setup.v2_url, auth)

        return cls(
            v2=v2(None),
            v2_management=v2(signers.management_bearer),
            v2_client=v2(signers.client),
            v3=bind(v3_api.AuthenticatedClient(base_url=setup.v3_url, token=UNUSED_TOKEN), setup.v3_url, signers.app),
            management=bind(
                management_api.AuthenticatedClient(base_url=setup.management_url, token=UNUSED_TOKEN),
                setup.management_url,
                signers.management,
            ),
        )


class CallSettings:
    """Per-call options the sync and async clients resolve the same way."""

    _setup: Setup

    @property
    def unit_system(self) -> UnitSystem:
        """The client's unit system (each read may pass another)."""
        return self._setup.unit_system

    @property
    def user_id(self) -> str | None:
        """The Smartcar user v3 calls act for unless a call names another."""
        return self._setup.user_id

    def _unit(self, unit: UnitSystemLike | None) -> UnitSystem:
        """The unit system of one v2 read: the call's, else the client's."""
        return unit_system(unit) if unit else self._setup.unit_system

    def _unit_override(self, unit: UnitSystemLike | None) -> UnitSystem | Unset:
        """The ``sc-unit-system`` a v2 read sends itself: the call's, else none (``UnitSystemHeader``
        sends the client's with every read that carries none)."""
        return unit_system(unit) if unit else UNSET

    def _flags(self) -> str | Unset:
        """The client's feature flags, sent with v2 reads and commands."""
        return self._setup.flags if self._setup.flags is not None else UNSET

    def _user(self, user_id: str | None) -> str:
        """The ``sc-user-id`` of a v3 call that requires one."""
        chosen = user_id or self._setup.user_id
        if not chosen:
            raise ValueError("v3 calls act for a Smartcar user: pass user_id= to the call or the client")
        return chosen

    def _optional_user(self, user_id: str | None) -> str | v3_types.Unset:
        return user_id or self._setup.user_id or v3_types.UNSET

    def _passthrough(
        self,
        http: httpx.Client | httpx.AsyncClient,
        vehicle_id: str,
        method: str,
        path: str,
        body: object,
        headers: Mapping[str, str] | None,
        unit: UnitSystemLike | None,
    ) -> httpx.Request:
        """A request to ``/vehicles/{id}/{path}``: GETs carry the unit system, your headers win; the
        client's flags join a query string in ``path``."""
        verb = method.upper()
        sent = {"sc-unit-system": str(self._unit(unit))} if verb == "GET" else {}
        sent.update(headers or {})
        flags = self._setup.flags
        url = httpx.URL(f"/vehicles/{path_segment('vehicle_id', vehicle_id)}/{path.lstrip('/')}".rstrip("/"))
        if flags is not None:  # merged here: httpx 0.28 replaces a URL's query with params= instead of adding
            url = url.copy_merge_params({"flags": flags})
        return http.build_request(verb, url, json=body, headers=sent)
