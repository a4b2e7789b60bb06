"""The typed models of the three Ford APIs, one namespace per API (their names overlap).

``carconnect.ford.models.query`` (FordConnect Query), ``.connect`` (FordConnect) and ``.fordpass``
(FordPass): e.g. ``from carconnect.ford.models.connect import VehicleList``.
"""

from . import connect, fordpass, query

__all__ = ["connect", "fordpass", "query"]
