"""FordPass regions: the ``Application-Id``, ``countryCode`` and login host each region uses.

The region changes headers and the login host only; the API hosts are the same everywhere, and the
locale (``en-US`` unless you choose another) is independent of it. The four original application ids
(US, CA, EU, AU) still work for accounts set up with them; Ford's newer per-continent ids are listed
in :data:`CONTINENT_APPLICATION_IDS`.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class RegionInfo(NamedTuple):
    """Everything a region changes."""

    application_id: str
    country_code: str
    """The ``countryCode`` header (``USA``, ``CAN``, ``EUR``, ``AUS``)."""
    login_host: str
    """Azure AD B2C login host of the FordPass app in this region (country hosts such as
    ``https://login.ford.de`` work too: pass ``login_url=``)."""


class Region(enum.Enum):
    """A FordPass region."""

    US = RegionInfo("71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592", "USA", "https://login.ford.com")
    CA = RegionInfo("71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592", "CAN", "https://login.ford.com")
    EU = RegionInfo("1E8C7794-FF5F-49BC-9596-A1E0C86C5B19", "EUR", "https://login.ford.com")
    AU = RegionInfo("5C80A6BB-CF0D-4A30-BDBF-FC804B5C1A98", "AUS", "https://login.ford.com.au")

    @property
    def info(self) -> RegionInfo:
        return self.value


CONTINENT_APPLICATION_IDS = {
    "europe": "667D773E-1BDC-4139-8AD0-2B16474E8DC7",
    "north_america": "BFE8C5ED-D687-4C19-A5DD-F92CDFC4503A",
    "asia_pacific": "39CD6590-B1B9-42CB-BEF9-0DC1FDB96260",
    "south_america": "C1DFFEF5-5BA5-486A-9054-8B39A9DF9AFC",
    "africa": "71AA9ED7-B26B-4C15-835E-9F35CC238561",
    "lincoln_north_america": "45133B88-0671-4AAF-B8D1-99E684ED4E45",
}
"""Newer FordPass application ids (since mid 2025); pass one as ``application_id=`` to override the region's."""
