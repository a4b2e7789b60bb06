"""The CarData response and request models (generated from ``specs/bmw/cardata.yaml``), each loaded on
first use."""

from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from ._generated.cardata import models as _cardata
from ._generated.cardata.models import __all__ as __all__

if TYPE_CHECKING:
    from ._generated.cardata.models import *  # noqa: F403
else:
    __getattr__, __dir__ = reexport(globals(), _cardata)
