"""This package's entry in the ``carconnect.brands`` registry (see :mod:`carconnect.core.brands`)."""

from carconnect.core.brands import Brand

BRAND = Brand(
    name="ford",
    title="Ford",
    module="carconnect.ford",
    client="FordClient",
    async_client="AsyncFordClient",
    auth="FordAuth",
)
