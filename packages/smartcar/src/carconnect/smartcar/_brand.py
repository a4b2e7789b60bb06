"""This package's entry in the ``carconnect.brands`` registry (see :mod:`carconnect.core.brands`)."""

from carconnect.core.brands import Brand

BRAND = Brand(
    name="smartcar",
    title="Smartcar",
    module="carconnect.smartcar",
    client="SmartcarClient",
    async_client="AsyncSmartcarClient",
    auth="SmartcarAuth",
)
