"""Every typed model of the FordConnect Query API, generated from ``specs/ford/query.yaml``.

``Unset`` / ``UNSET`` mark members the answer did not contain.
"""

from .._generated.query.models import *  # noqa: F403
from .._generated.query.models import __all__ as _models
from .._generated.query.types import UNSET, Unset

__all__ = [*_models, "UNSET", "Unset"]
