"""The typed models of the Smartcar APIs, generated from ``specs/smartcar``.

The flat namespace holds the Vehicles API v2.0 models (``Odometer``, ``LockStatus``, ``Error``...).
Each API's models stay importable on their own: ``models.v2``, ``models.v3`` (signals, commands,
connections, webhook payloads), ``models.management`` and ``models.auth``.
"""

from typing import TYPE_CHECKING

from carconnect.core.lazy import reexport

from ._generated.auth import models as auth
from ._generated.management import models as management
from ._generated.vehicles_v2 import models as v2
from ._generated.vehicles_v2.models import __all__ as _v2_names
from ._generated.vehicles_v3 import models as v3

if TYPE_CHECKING:
    from ._generated.vehicles_v2.models import *  # noqa: F403
else:
    __getattr__, __dir__ = reexport(globals(), v2)

__all__ = [*_v2_names, "auth", "management", "v2", "v3"]
