"""What the BMW client modules share: the API's address, headers and limits, and container defaults."""

from __future__ import annotations

API_URL = "https://api-cardata.bmwgroup.com"
"""The CarData customer API."""
CARDATA_HEADERS = {"x-version": "v1"}
"""Sent on every call (BMW rejects calls without it)."""
DEFAULT_MAX_PAGES = 10
"""Pages an iterator fetches at most (each page is one call of the daily quota)."""
CONTAINER_PREFIX = "carconnect"
CONTAINER_PURPOSE = "carconnect telematic data"
