"""carconnect-sim: a simulator of the Volvo, BMW, Ford and Smartcar login servers and APIs.

Three ways to use it: ``python -m carconnect.sim``; ``with Simulator() as sim:`` (or the
``carconnect_sim`` pytest fixture); in-process through ``sim.transport()`` / ``sim.async_transport()``.

The names below load their module on first use (PEP 562): installing carconnect-sim registers a
pytest plug-in in every test run of the environment, and importing the package for it must not load
the web server, httpx and every brand's profile.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import SimApp, create_app
    from .brands import BrandContext, BrandError, BrandPlugin
    from .clock import ManualClock, SimClock, WallClock
    from .errors import AuthFailure, OAuthFailure
    from .faults import FAULT_KINDS, Fault, FaultKind, FaultRegistry
    from .fleet import Command, CommandOutcome, Deliveries, Fleet, Owner, Vehicle
    from .oauth.bearer import Principal
    from .options import SimOptions
    from .profiles import BRANDS, DEMO_CLIENTS, PROFILES, DemoClient
    from .server import Simulator
    from .state import SimState
    from .urls import BrandEndpoints, endpoints, host_url

logging.getLogger("carconnect.sim").addHandler(logging.NullHandler())

_MODULES = {
    ".app": ["SimApp", "create_app"],
    ".brands": ["BrandContext", "BrandError", "BrandPlugin"],
    ".clock": ["ManualClock", "SimClock", "WallClock"],
    ".errors": ["AuthFailure", "OAuthFailure"],
    ".faults": ["FAULT_KINDS", "Fault", "FaultKind", "FaultRegistry"],
    ".fleet": ["Command", "CommandOutcome", "Deliveries", "Fleet", "Owner", "Vehicle"],
    ".oauth.bearer": ["Principal"],
    ".options": ["SimOptions"],
    ".profiles": ["BRANDS", "DEMO_CLIENTS", "PROFILES", "DemoClient"],
    ".server": ["Simulator"],
    ".state": ["SimState"],
    ".urls": ["BrandEndpoints", "endpoints", "host_url"],
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}
"""Which module defines each public name."""

__all__ = [
    "BRANDS",
    "DEMO_CLIENTS",
    "FAULT_KINDS",
    "PROFILES",
    "AuthFailure",
    "BrandContext",
    "BrandEndpoints",
    "BrandError",
    "BrandPlugin",
    "Command",
    "CommandOutcome",
    "Deliveries",
    "DemoClient",
    "Fault",
    "FaultKind",
    "FaultRegistry",
    "Fleet",
    "ManualClock",
    "OAuthFailure",
    "Owner",
    "Principal",
    "SimApp",
    "SimClock",
    "SimOptions",
    "SimState",
    "Simulator",
    "Vehicle",
    "WallClock",
    "create_app",
    "endpoints",
    "host_url",
]


def __getattr__(name: str) -> object:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
