"""This package's entry in the ``carconnect.brands`` registry (see :mod:`carconnect.core.brands`)."""

from carconnect.core.brands import Brand

BRAND = Brand(
    name="volvo",
    title="Volvo",
    module="carconnect.volvo",
    client="VolvoClient",
    async_client="AsyncVolvoClient",
    auth="VolvoAuth",
)
