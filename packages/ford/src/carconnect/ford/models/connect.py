"""Every typed model of the FordConnect API, generated from ``specs/ford/connect.yaml``.

``Unset`` / ``UNSET`` mark members the answer did not contain.
"""

from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from .._generated.connect import models as _models

if TYPE_CHECKING:
    from .._generated.connect.models import *  # noqa: F403
    from .._generated.connect.types import UNSET, Unset
else:
    __getattr__, __dir__ = reexport(globals(), _models, "carconnect.ford._generated.connect.types")

__all__ = [*_models.__all__, "UNSET", "Unset"]
