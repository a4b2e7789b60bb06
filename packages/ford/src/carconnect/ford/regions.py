"""FordPass regions: the ``Application-Id``, ``countryCode`` and login host each region uses.

The region changes headers and the login host only; the API hosts are the same everywhere, and the
locale (``en-US`` unless you choose another) is independent of it. Each region sends Ford's
per-continent application id (the FordPass app's ids since mid 2025) by default; the four original
ids are kept as :attr:`RegionInfo.legacy_application_id` for setups made with them: pass
``application_id=Region.EU.info.legacy_application_id`` (or :data:`LEGACY_APPLICATION_IDS`).
"""

from __future__ import annotations

import enum
from typing import NamedTuple

CONTINENT_APPLICATION_IDS = {
    "europe": "667D773E-1BDC-4139-8AD0-2B16474E8DC7",
    "north_america": "BFE8C5ED-D687-4C19-A5DD-F92CDFC4503A",
    "asia_pacific": "39CD6590-B1B9-42CB-BEF9-0DC1FDB96260",
    "south_america": "C1DFFEF5-5BA5-486A-9054-8B39A9DF9AFC",
    "africa": "71AA9ED7-B26B-4C15-835E-9F35CC238561",
    "lincoln_north_america": "45133B88-0671-4AAF-B8D1-99E684ED4E45",
}
"""Ford's per-continent FordPass application ids (since mid 2025); pass one as ``application_id=`` to
use a continent no :class:`Region` defaults to (South America, Africa, Lincoln)."""

LEGACY_APPLICATION_IDS = {
    "US": "71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592",
    "CA": "71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592",
    "EU": "1E8C7794-FF5F-49BC-9596-A1E0C86C5B19",
    "AU": "5C80A6BB-CF0D-4A30-BDBF-FC804B5C1A98",
}
"""The original per-region application ids, still accepted for accounts set up with them."""


class RegionInfo(NamedTuple):
    """Everything a region changes."""

    application_id: str
    """The default ``Application-Id``: the continent's id."""
    country_code: str
    """The ``countryCode`` header (``USA``, ``CAN``, ``EUR``, ``AUS``)."""
    login_host: str
    """Azure AD B2C login host of the FordPass app in this region (country hosts such as
    ``https://login.ford.de`` work too: pass ``login_url=``)."""
    legacy_application_id: str
    """The region's original ``Application-Id``, for setups made before mid 2025."""


class Region(enum.Enum):
    """A FordPass region."""

    US = RegionInfo(
        CONTINENT_APPLICATION_IDS["north_america"], "USA", "https://login.ford.com", LEGACY_APPLICATION_IDS["US"]
    )
    CA = RegionInfo(
        CONTINENT_APPLICATION_IDS["north_america"], "CAN", "https://login.ford.com", LEGACY_APPLICATION_IDS["CA"]
    )
    EU = RegionInfo(CONTINENT_APPLICATION_IDS["europe"], "EUR", "https://login.ford.com", LEGACY_APPLICATION_IDS["EU"])
    AU = RegionInfo(
        CONTINENT_APPLICATION_IDS["asia_pacific"], "AUS", "https://login.ford.com.au", LEGACY_APPLICATION_IDS["AU"]
    )

    @property
    def info(self) -> RegionInfo:
        return self.value
