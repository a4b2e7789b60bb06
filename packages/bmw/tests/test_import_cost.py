"""``import carconnect.bmw`` loads what a REST call needs; the rest of the package loads on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import carconnect.bmw
from carconnect.bmw import quota

DEFERRED = (
    "carconnect.bmw.auth",
    "carconnect.bmw.models",
    "carconnect.bmw.quota_rules",
    "carconnect.bmw.quota_shared",
    "carconnect.bmw.streaming",
    "carconnect.bmw.telematics",
    "carconnect.bmw._generated.cardata.models",
    "carconnect.bmw._generated.telematics",
    "aiomqtt",
)


def modules_after(statement: str) -> set[str]:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_importing_the_package_defers_what_a_rest_call_does_not_need() -> None:
    loaded = modules_after("import carconnect.bmw")
    assert {"carconnect.bmw.client", "carconnect.bmw.async_client", "carconnect.bmw.quota"} <= loaded
    assert sorted(name for name in DEFERRED if name in loaded) == []


def test_building_a_client_loads_the_default_reset_rule() -> None:
    loaded = modules_after("import carconnect.bmw; carconnect.bmw.BmwClient('token').close()")
    assert "carconnect.bmw.quota_rules" in loaded
    assert "carconnect.bmw.quota_shared" not in loaded


def test_every_deferred_name_resolves_where_it_always_did() -> None:
    for module in (carconnect.bmw, quota):
        for name in module.__all__:
            assert getattr(module, name) is not None, name
        assert set(module.__all__) <= set(dir(module))
    assert carconnect.bmw.models.VehicleBasicData.__name__ == "VehicleBasicData"
    assert quota.SharedQuotaBudget is carconnect.bmw.SharedQuotaBudget
    assert issubclass(quota.SharedQuotaBudget, quota.QuotaBudget)
    assert quota.DailyReset is carconnect.bmw.DailyReset
