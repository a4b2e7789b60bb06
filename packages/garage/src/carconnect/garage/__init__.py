"""carconnect-garage: one vehicle API over every installed carconnect brand, async and blocking.

:class:`Garage` takes the async clients of several brand logins and lists every car as a
:class:`Vehicle`: the same identity and :class:`Capabilities` for every brand, :meth:`Vehicle.status`
as one normalized :class:`Status` in SI units, commands that wait for the vendor's outcome, and
:meth:`Vehicle.events` streams fed by BMW's CarData MQTT stream, by vendor pushes (Smartcar
webhooks through :class:`carconnect.garage.webhooks.SmartcarWebhookApp`) and by polling within
quota. Brands are found through the
``carconnect.brands`` registry; each one's adapter lives in ``carconnect.garage.adapters.<brand>``.
:class:`BlockingGarage` is the same API for code without an event loop.
"""

import logging

from .blocking import BlockingFleetResult, BlockingGarage, BlockingVehicle
from .events import EventHub, Update
from .garage import FailedLogin, FleetResult, Garage
from .model import (
    ALL_FIELDS,
    Availability,
    Capabilities,
    ChargingState,
    Command,
    CommandOutcome,
    DriverSide,
    Field,
    Location,
    Openings,
    Outcome,
    Progress,
    ProgressCallback,
    Reading,
    Status,
    VehicleInfo,
)
from .units import Kind, Quantity, UnitError, quantity
from .vehicle import Vehicle

logging.getLogger("carconnect.garage").addHandler(logging.NullHandler())

__all__ = [
    "ALL_FIELDS",
    "Availability",
    "BlockingFleetResult",
    "BlockingGarage",
    "BlockingVehicle",
    "Capabilities",
    "ChargingState",
    "Command",
    "CommandOutcome",
    "DriverSide",
    "EventHub",
    "FailedLogin",
    "Field",
    "FleetResult",
    "Garage",
    "Kind",
    "Location",
    "Openings",
    "Outcome",
    "Progress",
    "ProgressCallback",
    "Quantity",
    "Reading",
    "Status",
    "UnitError",
    "Update",
    "Vehicle",
    "VehicleInfo",
    "quantity",
]
