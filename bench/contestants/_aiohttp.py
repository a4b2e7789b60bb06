"""The aiohttp session the aiohttp-based contestants read through."""

from __future__ import annotations

import aiohttp  # type: ignore[import-not-found,unused-ignore]
from _ca import ssl_context


def session(**options: object) -> aiohttp.ClientSession:
    """An aiohttp session with its default limits, trusting the run's CA on ``https``."""
    context = ssl_context()
    connector = aiohttp.TCPConnector(ssl=context) if context else None
    return aiohttp.ClientSession(connector=connector, **options)
