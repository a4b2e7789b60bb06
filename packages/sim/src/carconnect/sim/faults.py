"""Fault injection rules: what goes wrong, for which requests, how often.

A :class:`Fault` matches on brand, host, method and vendor path (``{param}`` and ``*`` match one
path segment, ``**`` anything; a pattern starting with ``^`` is a regular expression). It fires at
most ``times`` times (``None``: forever), each time with ``probability`` drawn from a generator
seeded by the simulator seed, so runs repeat exactly. ``brand`` and ``host`` must name one of the
simulator's brands and that brand's hosts (any brand's, without a brand), as spelled in its URLs.
"""

from __future__ import annotations

import dataclasses
import difflib
import random
import re
import threading
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Literal, get_args

from .profiles import PROFILES, vendor_error

FaultKind = Literal[
    "latency",
    "error",
    "rate_limit",
    "quota",
    "drop",
    "truncate",
    "non_json",
    "html",
    "null_fields",
    "unknown_enum",
    "vendor",
]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
UNKNOWN_ENUM_VALUE = "SIM_UNKNOWN_VALUE"


def _compile(pattern: str) -> re.Pattern[str]:
    if pattern.startswith("^"):
        return re.compile(pattern)
    parts = re.split(r"(\{[^/{}]+\}|\*\*|\*)", pattern)
    regex = "".join(
        ".*" if part == "**" else "[^/]+" if part == "*" or part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(f"^{regex}/?$")


def _check_place(brand: object, host: object) -> None:
    """``ValueError`` naming the valid ones unless ``brand`` is a simulated brand and ``host`` one of its
    hosts (any brand's without a brand); ``None`` matches any."""
    profiles = list(PROFILES.values())
    if brand is not None:
        if not isinstance(brand, str) or brand not in PROFILES:
            raise ValueError(f"unknown fault brand {brand!r}{_hint(brand, PROFILES)}; brands: {', '.join(PROFILES)}")
        profiles = [PROFILES[brand]]
    hosts = list(dict.fromkeys(item.name for profile in profiles for item in profile.hosts))
    if host is not None and (not isinstance(host, str) or host not in hosts):
        owner = f"{brand} " if brand is not None else ""
        raise ValueError(f"unknown fault {owner}host {host!r}{_hint(host, hosts)}; hosts: {', '.join(hosts)}")


def _hint(name: object, names: Iterable[str]) -> str:
    if not isinstance(name, str):
        return ""
    close = difflib.get_close_matches(name.lower(), list(names), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


@dataclasses.dataclass
class Fault:
    """One rule. Only the fields that make sense for ``kind`` are used."""

    kind: FaultKind
    brand: str | None = None
    host: str | None = None
    method: str | None = None
    path: str | None = None
    times: int | None = None
    probability: float = 1.0
    delay: float = 0.0
    """Seconds of real latency before the effect (the whole effect of ``latency``)."""
    status: int | None = None
    """``error`` (default 500), ``html`` (default 503), ``non_json`` (default: the real status)."""
    retry_after: int | None = None
    """``rate_limit`` (default 30 s); ``quota``: seconds until the quota refills (default: next UTC midnight)."""
    body: Any = None
    """``error``: a JSON body to send instead of the brand's error shape; ``non_json``: the text to send."""
    fields: tuple[str, ...] | None = None
    """``null_fields`` / ``unknown_enum``: dotted paths (``data.*.vin``); default every leaf / enum-like string."""
    value: str = UNKNOWN_ENUM_VALUE
    shape: str | None = None
    """``vendor``: the name of one of the brand's documented error answers (see ``VENDOR_ERRORS``)."""
    id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex[:12])
    fired: int = 0
    _pattern: re.Pattern[str] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; kinds: {', '.join(FAULT_KINDS)}")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1")
        if not 0.0 <= self.delay <= 600.0:
            raise ValueError("delay must be between 0 and 600 seconds")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError("status must be an HTTP status code")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must not be negative")
        _check_place(self.brand, self.host)
        if self.kind == "vendor":
            vendor_error(self.brand, self.shape)  # raises ValueError naming the known shapes
        if self.fields is not None:
            self.fields = tuple(self.fields)
        if self.method is not None:
            self.method = self.method.upper()
        self._pattern = _compile(self.path) if self.path else None

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def matches(self, brand: str, hosts: Iterable[str], method: str, path: str) -> bool:
        return (
            (self.brand is None or self.brand == brand)
            and (self.host is None or self.host in set(hosts))
            and (self.method is None or self.method == method.upper())
            and (self._pattern is None or bool(self._pattern.match(path)))
        )

    def to_dict(self) -> dict[str, Any]:
        data = {field.name: getattr(self, field.name) for field in dataclasses.fields(self) if field.init}
        data["fired"] = self.fired
        data["remaining"] = None if self.times is None else max(self.times - self.fired, 0)
        data["fields"] = list(self.fields) if self.fields is not None else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """Build from JSON (the admin API); raises ``ValueError`` on unknown or bad fields."""
        allowed = {field.name for field in dataclasses.fields(cls) if field.init} - {"id", "fired"}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(unknown)}")
        if "kind" not in data:
            raise ValueError("a fault needs a kind")
        try:
            return cls(**dict(data))
        except TypeError as exc:
            raise ValueError(str(exc)) from exc


class FaultRegistry:
    """The active faults of one simulator; thread-safe, order of addition is order of precedence."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._rng = random.Random(f"carconnect-sim-faults:{seed}")

    def add(
        self,
        kind: FaultKind,
        *,
        brand: str | None = None,
        host: str | None = None,
        method: str | None = None,
        path: str | None = None,
        times: int | None = None,
        probability: float = 1.0,
        delay: float = 0.0,
        status: int | None = None,
        retry_after: int | None = None,
        body: Any = None,
        fields: Iterable[str] | None = None,
        value: str = UNKNOWN_ENUM_VALUE,
        shape: str | None = None,
    ) -> Fault:
        """Add a fault and return it (its ``id`` removes it; ``fired`` counts its uses)."""
        fault = Fault(
            kind=kind,
            brand=brand,
            host=host,
            method=method,
            path=path,
            times=times,
            probability=probability,
            delay=delay,
            status=status,
            retry_after=retry_after,
            body=body,
            fields=tuple(fields) if fields is not None else None,
            value=value,
            shape=shape,
        )
        return self.add_fault(fault)

    def add_fault(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault_id: str) -> bool:
        with self._lock:
            before = len(self._faults)
            self._faults = [fault for fault in self._faults if fault.id != fault_id]
            return len(self._faults) != before

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def reset(self) -> None:
        """Remove every fault and restart the seeded random sequence."""
        with self._lock:
            self._faults.clear()
            self._rng = random.Random(f"carconnect-sim-faults:{self._seed}")

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def pick(self, brand: str, hosts: Iterable[str], method: str, path: str) -> tuple[float, Fault | None]:
        """Fire the faults for one request: the summed latency and the effect to apply (if any)."""
        host_names = tuple(hosts)
        delay = 0.0
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(brand, host_names, method, path):
                    continue
                if fault.probability < 1.0 and self._rng.random() >= fault.probability:
                    continue
                fault.fired += 1
                delay += fault.delay
                if fault.kind != "latency":
                    return delay, fault
        return delay, None
