"""What the sync and async FordPass clients share: hosts, headers, request bodies and the handle's arguments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from carconnect.core import SYSTEM_CLOCK, AsyncOptions, Clock, LoginOptions, Options, ResponseParseError
from carconnect.core.async_client import ForwardingTransport as AsyncForwardingTransport
from carconnect.core.client import ForwardingTransport
from carconnect.core.options import chosen_user_agent

from ._generated.fordpass import models as fordpass_models
from ._generated.fordpass.types import UNSET, Unset
from .command_flow import HandleArgs, WaitPolicy
from .command_states import fordpass_progress
from .regions import Region

if TYPE_CHECKING:
    from ._generated.fordpass.models import (
        Command,
        CommandRequest,
        DashboardRequest,
        TelemetryQuery,
        TelemetrySection,
        VehicleTelemetry,
    )
    from .fordpass_auth import FordPassAuth

AUTONOMIC_URL = "https://api.autonomic.ai"
FORD_VEHICLE_URL = "https://api.vehicle.ford.com"
LRDT = "01-01-1970 00:00:00"
"""The ``lrdt`` (last refresh date-time) every FordPass client sends: everything since 1970."""
CHARGE_COMMAND_VERSION = "1.0.1"
V1BETA_VERSION = "1.0.0"


def cat_token_header(token: str) -> tuple[str, str]:
    """Ford's own hosts take the CAT token as ``auth-token: <token>``, not ``Authorization: Bearer``."""
    return "auth-token", token


def default_login(
    region: Region, locale: str, application_id: str | None, options: Options | AsyncOptions
) -> FordPassAuth:
    """The login a client builds when given none: its token requests go out the way the client's do.

    The client's ``transport`` (else its ``http_client``, sent through and left open, whose
    ``User-Agent`` and timeout apply unless the client was given its own), ``trust_env``, ``timeout``,
    ``user_agent``, ``retry`` and ``clock`` apply to them (the OAuth flows load here).
    """
    from .fordpass_auth import FordPassAuth

    transport = options.get("transport")
    own_client = options.get("http_client")
    user_agent = options.get("user_agent")
    timeout = options.get("timeout") if "timeout" in options else None
    if own_client is not None:
        user_agent = user_agent or chosen_user_agent(own_client.headers)
        timeout = options.get("timeout", own_client.timeout)
    if transport is None and isinstance(own_client, httpx.Client):
        transport = ForwardingTransport(own_client)
    elif transport is None and isinstance(own_client, httpx.AsyncClient):
        transport = AsyncForwardingTransport(own_client)
    login: LoginOptions = {
        "transport": transport if isinstance(transport, httpx.BaseTransport) else None,
        "async_transport": transport if isinstance(transport, httpx.AsyncBaseTransport) else None,
        "clock": options.get("clock", SYSTEM_CLOCK),
        "trust_env": options.get("trust_env", True),
        "user_agent": user_agent,
        "retry": options.get("retry"),
    }
    if "timeout" in options or own_client is not None:
        login["timeout"] = httpx.Timeout(timeout)
    return FordPassAuth(region=region, locale=locale, application_id=application_id, **login)


def ford_headers(region: Region, locale: str, application_id: str | None) -> dict[str, str]:
    """Headers of every Ford-host call besides the CAT token."""
    info = region.info
    return {"Application-Id": application_id or info.application_id, "countryCode": info.country_code, "locale": locale}


def telemetry_query(sections: Iterable[TelemetrySection] | None) -> TelemetryQuery:
    """The body of a telemetry query: the given sections, or every section."""
    return fordpass_models.TelemetryQuery(list(fordpass_models.TelemetrySection if sections is None else sections))


def dashboard_request() -> DashboardRequest:
    """The body of the vehicle list: every section, no SMS wake-up."""
    return fordpass_models.DashboardRequest(fordpass_models.DashboardRefreshRequest.ALL)


def command_request(
    command_type: str, properties: Mapping[str, Any] | None, wake_up: bool, version: str | None = None
) -> CommandRequest:
    """The body of a command."""
    return fordpass_models.CommandRequest(
        type_=fordpass_models.CommandType(command_type),
        properties=fordpass_models.CommandProperties.from_dict(dict(properties or {})),
        tags=fordpass_models.CommandTags(),
        wake_up=wake_up,
        version=UNSET if version is None else version,
    )


def _text(value: str | Unset | None) -> str | None:
    return value if isinstance(value, str) and value else None


def fordpass_handle_args(
    vin: str, accepted: Command, command_type: str, clock: Clock, policy: WaitPolicy
) -> HandleArgs[Command, VehicleTelemetry]:
    """A handle's arguments for a command FordPass accepted; the outcome is read from telemetry ``states``."""
    command_id = _text(accepted.id) or _text(accepted.command_id) or _text(accepted.correlation_id)
    if command_id is None:
        error = ResponseParseError(f"FordPass accepted {command_type} without a command id")
        error.may_have_run = True
        raise error
    return HandleArgs(
        command=command_type,
        vehicle=vin,
        command_id=command_id,
        accepted=accepted,
        clock=clock,
        classify=partial(fordpass_progress, command_type=command_type, command_id=command_id),
        initial=None,
        policy=policy,
    )
