"""Generated operations decode their answers with carconnect-core's ``json_body`` (tested in core)."""

from __future__ import annotations

from carconnect.bmw._generated.cardata.api.vehicles import get_basic_data
from carconnect.core.jsonbody import json_body


def test_the_typed_client_parses_through_core_json_body() -> None:
    assert vars(get_basic_data)["json_body"] is json_body
