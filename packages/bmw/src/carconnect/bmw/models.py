"""The CarData response and request models (generated from ``specs/bmw/cardata.yaml``)."""

from ._generated.cardata.models import *  # noqa: F403
from ._generated.cardata.models import __all__ as __all__
