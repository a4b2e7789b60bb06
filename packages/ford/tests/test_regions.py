"""FordPass application ids: the per-continent ids by default, the original ones selectable."""

from __future__ import annotations

from typing import Any

import pytest

from carconnect.ford import CONTINENT_APPLICATION_IDS, LEGACY_APPLICATION_IDS, FordPassAuth, Region


@pytest.mark.parametrize(
    ("region", "continent", "legacy"),
    [
        (Region.US, "north_america", "71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592"),
        (Region.CA, "north_america", "71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592"),
        (Region.EU, "europe", "1E8C7794-FF5F-49BC-9596-A1E0C86C5B19"),
        (Region.AU, "asia_pacific", "5C80A6BB-CF0D-4A30-BDBF-FC804B5C1A98"),
    ],
)
def test_regions_default_to_the_continent_id_and_keep_the_original(region: Region, continent: str, legacy: str) -> None:
    assert region.info.application_id == CONTINENT_APPLICATION_IDS[continent]
    assert region.info.legacy_application_id == legacy == LEGACY_APPLICATION_IDS[region.name]


def test_fordpass_auth_sends_the_continent_id_unless_told_otherwise() -> None:
    options: dict[str, Any] = {"region": Region.EU}
    assert FordPassAuth(**options).application_id == "667D773E-1BDC-4139-8AD0-2B16474E8DC7"
    legacy = FordPassAuth(**options, application_id=Region.EU.info.legacy_application_id)
    assert legacy.application_id == "1E8C7794-FF5F-49BC-9596-A1E0C86C5B19"
    login = legacy.authorization_request()
    assert "ford_application_id=1E8C7794-FF5F-49BC-9596-A1E0C86C5B19" in login.url
