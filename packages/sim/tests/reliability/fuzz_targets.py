"""What the fuzz tests call: every public method of every brand client, and the spec operation behind
each request it sends.

Clients get a mock transport whose answer is drawn per request from the matching operation's 2xx
schema (see :mod:`.bodies`). Methods are discovered on the client classes, so a new method is fuzzed
without editing this file; required arguments come from :data:`ARGUMENTS` by parameter name.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from carconnect.core import FakeClock, ResponseParseError, RetryPolicy
from carconnect.sim.contract import load_spec

from .bodies import SchemaStrategies

SPECS = Path(__file__).resolve().parents[4] / "specs"
TOKEN = "fuzz-access-token"
VIN = "WBA12345678901234"

ARGUMENTS: dict[str, Any] = {
    "vin": VIN,
    "vehicle_id": "0123456789abcdef0123456789abcdef",
    "container_id": "abcdefghijklm",
    "command_id": "command-0001",
    "connection_id": "connection-0001",
    "schedule_id": "schedule-0001",
    "webhook_id": "webhook-0001",
    "user_id": "user-0001",
    "code": "odometer-traveleddistance",
    "command_type": "lock",
    "descriptors": ["vehicle.vehicle.travelledDistance"],
    "name": "fuzz",
    "purpose": "fuzz",
    "start": datetime(2026, 1, 1, tzinfo=UTC),
    "end": datetime(2026, 1, 31, tzinfo=UTC),
    "make": "Ford",
    "model": "Mustang Mach-E",
    "year": "2024",
    "limit": 0.8,
    "percent": 80.0,
    "latitude": 52.52,
    "longitude": 13.4,
    "start_time": "08:00",
    "stop_time": "17:00",
    "days": ["MONDAY"],
    "paths": ["/odometer"],
    "method": "GET",
    "path": "/odometer",
    "scopes": ["read_odometer"],
    "region": "US",
    "key": "user-0001",
}
"""Values for required parameters, by name (the same name means the same kind of value everywhere)."""
METHOD_ARGUMENTS: dict[str, dict[str, Any]] = {
    "Management.delete_connections": {"user_id": "user-0001"},
}
"""Optional arguments a method needs one of (it refuses to act on nothing)."""
SCHEMA_GAPS: dict[tuple[str, str], str] = {
    ("FordPassClient", "FordPassCommand"): (
        "an accepted command must carry its id as id, commandId or correlationId; the spec lists all three "
        "as optional, so a schema-valid answer may have none (the client refuses it with ResponseParseError)"
    ),
}
"""(client, return type) -> a cross-field rule the client checks that the spec's schema does not state."""
IN_BODY_ERRORS: dict[str, Callable[[Any], int | None]] = {}
"""Per brand, the rule that reads an error status out of a 2xx body (the client raises that typed error)."""
if importlib.util.find_spec("carconnect.ford") is not None:
    from carconnect.ford.inbody import in_body_status

    IN_BODY_ERRORS["ford"] = in_body_status
DATE_ARGUMENTS = {"start": date(2026, 1, 1), "end": date(2026, 1, 31)}
"""For methods whose ``start`` / ``end`` are dates."""


@dataclass(frozen=True)
class Operation:
    """One documented operation: where it lives and what a success answer looks like."""

    api: str
    method: str
    template: str
    pattern: re.Pattern[str] = field(compare=False)
    status: int
    media_type: str | None
    schema: Any
    strategies: SchemaStrategies = field(compare=False)

    @property
    def key(self) -> str:
        return f"{self.api} {self.method} {self.template}"


def _operations(spec_path: Path) -> Iterator[tuple[str, Operation]]:
    """(host, operation) for every operation of a spec, with its first 2xx answer."""
    spec = load_spec(spec_path)
    document = spec.document
    strategies = SchemaStrategies(document)
    for template, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            # OpenAPI: servers of the operation, else of the path, else of the document.
            servers = operation.get("servers") or item.get("servers") or document.get("servers", [])
            for server in servers:
                parts = urlsplit(str(server["url"]))
                successes = sorted((str(code), answer) for code, answer in operation["responses"].items())
                found = next(((code, answer) for code, answer in successes if code.startswith("2")), None)
                if found is None:
                    continue  # a redirect (a browser step), not an API answer
                code, answer = found
                answer, _ = spec._deref(answer, "")
                content = answer.get("content") or {}
                media_type = next(iter(content), None)
                schema = content[media_type].get("schema") if media_type else None
                regex = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(parts.path.rstrip("/") + template))
                yield (
                    parts.netloc,
                    Operation(
                        api=f"{spec_path.parent.name}/{spec_path.stem}",
                        method=method.upper(),
                        template=template,
                        pattern=re.compile(f"^{regex}/?$"),
                        status=int(code.replace("XX", "00")),
                        media_type=media_type,
                        schema=schema,
                        strategies=strategies,
                    ),
                )


class OperationIndex:
    """Finds the spec operation of a request by host, method and path."""

    def __init__(self, brand: str) -> None:
        self._by_host: dict[str, list[Operation]] = {}
        for spec_path in sorted((SPECS / brand).glob("*.yaml")):
            if spec_path.name.endswith(".config.yaml"):
                continue
            for host, operation in _operations(spec_path):
                self._by_host.setdefault(host, []).append(operation)
        for operations in self._by_host.values():
            operations.sort(key=lambda operation: operation.template.count("{"))

    @property
    def operations(self) -> list[Operation]:
        return [operation for operations in self._by_host.values() for operation in operations]

    def find(self, request: httpx.Request) -> Operation | None:
        for operation in self._by_host.get(request.url.netloc.decode(), []):
            if operation.method == request.method and operation.pattern.match(request.url.path):
                return operation
        return None


@dataclass(frozen=True)
class Target:
    """One client method with its arguments."""

    brand: str
    owner: str
    method: str
    args: Mapping[str, Any]
    returns: str
    """The return annotation, as written."""

    @property
    def returns_none(self) -> bool:
        return self.returns == "None"

    @property
    def schema_gap(self) -> str | None:
        """Why a schema-valid answer may still be refused (a rule the schema cannot state), if it may."""
        return SCHEMA_GAPS.get((self.owner, self.returns))

    @property
    def name(self) -> str:
        return f"{self.brand}.{self.owner}.{self.method}"


Responder = Callable[[httpx.Request], httpx.Response]
ClientSet = Mapping[str, object]


Opener = Callable[[httpx.BaseTransport, FakeClock], contextlib.AbstractContextManager[dict[str, object]]]
NO_RETRY = RetryPolicy.disabled()


@contextlib.contextmanager
def _volvo(transport: httpx.BaseTransport, clock: FakeClock) -> Iterator[dict[str, object]]:
    from carconnect.volvo import VolvoClient

    with VolvoClient(
        TOKEN, api_key="fuzz-key", transport=transport, clock=clock, retry=NO_RETRY, rate_limit=False
    ) as client:
        yield {"VolvoClient": client}


@contextlib.contextmanager
def _bmw(transport: httpx.BaseTransport, clock: FakeClock) -> Iterator[dict[str, object]]:
    from carconnect.bmw import BmwClient, QuotaBudget

    quota = QuotaBudget(enforce=False, clock=clock)
    with BmwClient(TOKEN, transport=transport, clock=clock, retry=NO_RETRY, quota=quota) as client:
        yield {"BmwClient": client}


@contextlib.contextmanager
def _ford(transport: httpx.BaseTransport, clock: FakeClock) -> Iterator[dict[str, object]]:
    from carconnect.ford import FordClient, FordConnectClient, FordPassClient

    options: dict[str, Any] = {"transport": transport, "clock": clock, "retry": NO_RETRY}
    with (
        FordClient(TOKEN, **options) as query,
        FordConnectClient(TOKEN, **options) as connect,
        FordPassClient(TOKEN, **options) as fordpass,
    ):
        yield {"FordClient": query, "FordConnectClient": connect, "FordPassClient": fordpass}


@contextlib.contextmanager
def _smartcar(transport: httpx.BaseTransport, clock: FakeClock) -> Iterator[dict[str, object]]:
    from carconnect.smartcar import SmartcarClient

    with SmartcarClient(
        TOKEN,
        app_token="fuzz-app-token",
        management_token="fuzz-management-token",
        client_id="fuzz-client-id",
        client_secret="fuzz-client-secret",
        user_id="fuzz-user",
        transport=transport,
        clock=clock,
        retry=NO_RETRY,
    ) as client:
        yield {"SmartcarClient": client, "VehiclesV3": client.v3, "Management": client.management}


CLIENTS: dict[str, Opener] = {"volvo": _volvo, "bmw": _bmw, "ford": _ford, "smartcar": _smartcar}
"""Per brand, the client objects whose methods are fuzzed, by name."""
SKIPPED_METHODS = frozenset({"close", "aclose"})


def available(brand: str) -> bool:
    return importlib.util.find_spec(f"carconnect.{brand}") is not None and (SPECS / brand).is_dir()


@contextlib.contextmanager
def open_clients(brand: str, responder: Responder, clock: FakeClock) -> Iterator[ClientSet]:
    with CLIENTS[brand](httpx.MockTransport(responder), clock) as clients:
        yield clients


def _arguments(function: Callable[..., Any]) -> tuple[dict[str, Any], list[str]]:
    """Values for the required parameters, and the names nobody knows a value for."""
    signature = inspect.signature(function)
    start = signature.parameters.get("start")
    annotation = str(start.annotation) if start is not None else ""
    dated = "date" in annotation and "datetime" not in annotation
    values: dict[str, Any] = {}
    unknown = []
    for name, parameter in list(signature.parameters.items())[1:]:
        if parameter.default is not inspect.Parameter.empty or parameter.kind in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            continue
        if dated and name in DATE_ARGUMENTS:
            values[name] = DATE_ARGUMENTS[name]
        elif name in ARGUMENTS:
            values[name] = ARGUMENTS[name]
        else:
            unknown.append(name)
    return values, unknown


def targets(brand: str, clients: ClientSet) -> tuple[list[Target], list[str]]:
    """Every public method of the brand's clients, and the ones that could not be given arguments."""
    found, unfuzzable = [], []
    for owner, client in clients.items():
        for name, function in vars(type(client)).items():
            if name.startswith("_") or name in SKIPPED_METHODS or not inspect.isfunction(function):
                continue
            values, unknown = _arguments(function)
            if unknown:
                unfuzzable.append(f"{owner}.{name} ({', '.join(unknown)})")
                continue
            returns = inspect.signature(function).return_annotation
            values.update(METHOD_ARGUMENTS.get(f"{owner}.{name}", {}))
            found.append(Target(brand, owner, name, values, "None" if returns is None else str(returns)))
    return found, unfuzzable


def invoke(clients: ClientSet, target: Target) -> Any:
    """Call the method; an iterator is consumed (its pages are where parsing happens)."""
    result = getattr(clients[target.owner], target.method)(**target.args)
    if inspect.isgenerator(result) or isinstance(result, Iterator):
        return list(result)
    return result


PARSE_CONTRACT = (ResponseParseError,)
