"""This package's entry in the ``carconnect.brands`` registry (see :mod:`carconnect.core.brands`)."""

from carconnect.core.brands import Brand

BRAND = Brand(
    name="bmw", title="BMW", module="carconnect.bmw", client="BmwClient", async_client="AsyncBmwClient", auth="BmwAuth"
)
