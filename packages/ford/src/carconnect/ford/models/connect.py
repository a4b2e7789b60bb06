"""Every typed model of the FordConnect API, generated from ``specs/ford/connect.yaml``.

``Unset`` / ``UNSET`` mark members the answer did not contain.
"""

from .._generated.connect.models import *  # noqa: F403
from .._generated.connect.models import __all__ as _models
from .._generated.connect.types import UNSET, Unset

__all__ = [*_models, "UNSET", "Unset"]
