"""Every typed model of the FordPass (experimental) API, generated from ``specs/ford/fordpass.yaml``.

``Unset`` / ``UNSET`` mark members the answer did not contain.
"""

from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from .._generated.fordpass import models as _models

if TYPE_CHECKING:
    from .._generated.fordpass.models import *  # noqa: F403
    from .._generated.fordpass.types import UNSET, Unset
else:
    __getattr__, __dir__ = reexport(globals(), _models, "carconnect.ford._generated.fordpass.types")

__all__ = [*_models.__all__, "UNSET", "Unset"]
