"""Every typed model of the FordPass (experimental) API, generated from ``specs/ford/fordpass.yaml``.

``Unset`` / ``UNSET`` mark members the answer did not contain.
"""

from .._generated.fordpass.models import *  # noqa: F403
from .._generated.fordpass.models import __all__ as _models
from .._generated.fordpass.types import UNSET, Unset

__all__ = [*_models, "UNSET", "Unset"]
