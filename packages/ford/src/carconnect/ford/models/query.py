"""Every typed model of the FordConnect Query API, generated from ``specs/ford/query.yaml``.

``Unset`` / ``UNSET`` mark members the answer did not contain.
"""

from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from .._generated.query import models as _models

if TYPE_CHECKING:
    from .._generated.query.models import *  # noqa: F403
    from .._generated.query.types import UNSET, Unset
else:
    __getattr__, __dir__ = reexport(globals(), _models, "carconnect.ford._generated.query.types")

__all__ = [*_models.__all__, "UNSET", "Unset"]
