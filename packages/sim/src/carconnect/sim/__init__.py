"""carconnect-sim: a simulator of the Volvo, BMW, Ford and Smartcar login servers and APIs.

Three ways to use it: ``python -m carconnect.sim``; ``with Simulator() as sim:`` (or the
``carconnect_sim`` pytest fixture); in-process through ``sim.transport()`` / ``sim.async_transport()``.
"""

from __future__ import annotations

import logging

from .app import SimApp, create_app
from .brands import BrandContext, BrandError, BrandPlugin
from .clock import ManualClock, SimClock, WallClock
from .endpoints import BrandEndpoints, endpoints, host_url
from .errors import AuthFailure, OAuthFailure
from .faults import FAULT_KINDS, Fault, FaultKind, FaultRegistry
from .fleet import Command, CommandOutcome, Deliveries, Fleet, Owner, Vehicle
from .oauth.bearer import Principal
from .options import SimOptions
from .profiles import BRANDS, DEMO_CLIENTS, PROFILES, DemoClient
from .server import Simulator
from .state import SimState

logging.getLogger("carconnect.sim").addHandler(logging.NullHandler())

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
